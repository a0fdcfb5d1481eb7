import { describe, expect, it } from 'vitest';
import {
  copyContent,
  quoteContent,
  SECTION_LIMITS,
  visibleSummary,
} from '../../../src/browser/card-content.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/browser/settings.ts';
import type { Figure } from '../../../src/core/types.ts';
import { fixedSummary } from '../core/format/summary-fixture.ts';

const figures = Array.from({ length: 10 }, (_, i) => ({
  ...(fixedSummary().figures[0] as Figure),
  text: `f${i}`,
}));
const s = fixedSummary({ figures });
const withSections = (over: Partial<Settings['sections']>): Settings => ({
  ...DEFAULT_SETTINGS,
  sections: { ...DEFAULT_SETTINGS.sections, ...over },
});

describe('visibleSummary', () => {
  it.each<[string, Settings, number, number, number]>([
    ['defaults', DEFAULT_SETTINGS, 1, 5, 1],
    ['short figures', withSections({ figures: { show: true, length: 'short' } }), 1, 3, 1],
    ['long figures', withSections({ figures: { show: true, length: 'long' } }), 1, 8, 1],
    ['key points hidden', withSections({ keyPoints: { show: false, length: 'medium' } }), 0, 5, 1],
    ['quotes hidden', withSections({ quotes: { show: false, length: 'medium' } }), 1, 5, 0],
  ])('%s', (_name, settings, points, figs, quotes) => {
    const v = visibleSummary(s, settings);
    expect([v.keyPoints.length, v.figures.length, v.quotes.length]).toEqual([points, figs, quotes]);
  });

  it('has medium as the card showed before options: five figures, three quotes', () => {
    expect([SECTION_LIMITS.figures.medium, SECTION_LIMITS.quotes.medium]).toEqual([5, 3]);
  });
});

describe('copyContent and quoteContent', () => {
  it.each([
    ['markdown', /^## \[/, false],
    ['text', /^Alibaba Cloud to invest/, false],
    ['html', /^Alibaba Cloud to invest/, true],
  ] as const)('%s', (format, textStart, hasHtml) => {
    const c = copyContent(fixedSummary(), format);
    expect(c.text).toMatch(textStart);
    expect(c.html !== undefined).toBe(hasHtml);
    if (hasHtml) expect(c.html).toMatch(/^<h2><a href=/);
  });

  it('rich text quote has a plain-text citation beside the HTML one', () => {
    const q = fixedSummary().quotes[0]!;
    const c = quoteContent(q, fixedSummary(), 'html');
    expect(c.text).toMatch(/^“We hope to help” — Jeff Zhang/);
    expect(c.html).toMatch(/^<blockquote>/);
  });
});
