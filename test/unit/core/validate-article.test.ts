import { describe, expect, it } from 'vitest';
import { asArticle, LIMITS } from '../../../src/core/validate-article.ts';

const good = {
  url: 'https://x.test/',
  title: 'T',
  authors: ['A'],
  blocks: [{ kind: 'paragraph', text: 'Hello.' }],
  readerable: true,
};

describe('asArticle', () => {
  it.each([
    [null],
    [42],
    ['string'],
    [{}],
    [{ title: 1, blocks: [] }],
    [{ title: 'x', blocks: 'nope' }],
  ])('rejects %j', (v) => {
    expect(asArticle(v)).toBeNull();
  });

  it('keeps a good article and fills defaults', () => {
    expect(asArticle(good)).toMatchObject({
      title: 'T',
      authors: ['A'],
      blocks: [{ kind: 'paragraph', text: 'Hello.' }],
      source: 'article',
      dir: null,
      readerable: true,
    });
  });

  it('drops malformed blocks and unknown kinds', () => {
    const a = asArticle({
      ...good,
      blocks: [
        { kind: 'script', text: 'x' },
        { kind: 'paragraph', text: 5 },
        null,
        { kind: 'heading', text: 'H', level: 9 },
      ],
    });
    expect(a?.blocks).toEqual([{ kind: 'heading', text: 'H' }]);
  });

  it('bounds giant fields from a hostile page', () => {
    const a = asArticle({
      ...good,
      title: 'x'.repeat(100_000),
      authors: Array(100).fill('n'),
      blocks: Array(LIMITS.blocks + 5).fill({
        kind: 'paragraph',
        text: 'y'.repeat(LIMITS.block + 10),
      }),
    });
    expect(a?.title.length).toBe(LIMITS.title);
    expect(a?.authors.length).toBe(LIMITS.authors);
    expect(a?.blocks.length).toBe(LIMITS.blocks);
    expect(a?.blocks[0]?.text.length).toBe(LIMITS.block);
  });

  it('accepts only ltr/rtl directions and known sources', () => {
    expect(asArticle({ ...good, dir: 'sideways', source: 'evil' })).toMatchObject({
      dir: null,
      source: 'article',
    });
    expect(asArticle({ ...good, dir: 'rtl', source: 'selection' })).toMatchObject({
      dir: 'rtl',
      source: 'selection',
    });
  });
});
