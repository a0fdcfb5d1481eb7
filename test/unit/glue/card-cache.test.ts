import { describe, expect, it } from 'vitest';
import { cacheKey, isFreshCard } from '../../../src/browser/card-cache.ts';
import { fixedSummary } from '../core/format/summary-fixture.ts';

const card = { url: 'https://a.test/story', length: 'medium', summary: fixedSummary() };

describe('isFreshCard', () => {
  it.each<[string, unknown, string, 'short' | 'medium' | 'long', boolean]>([
    ['the same page and length', card, 'https://a.test/story', 'medium', true],
    ['the page changed', card, 'https://a.test/other', 'medium', false],
    ['another length', card, 'https://a.test/story', 'long', false],
    ['nothing stored', undefined, 'https://a.test/story', 'medium', false],
    ['no summary', { ...card, summary: null }, 'https://a.test/story', 'medium', false],
  ])('%s -> %s', (_name, stored, url, length, fresh) =>
    expect(isFreshCard(stored, url, length)).toBe(fresh),
  );

  it('keys cards by tab', () => expect(cacheKey(12)).toBe('card:12'));
});
