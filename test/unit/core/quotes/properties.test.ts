import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/core/types.ts';
import { blocksOf, quotesOf } from './helpers.ts';

// Pieces articles are made of: words, names, speech verbs, every kind of mark, apostrophes.
const PIECES = [
  'the',
  'minister',
  'said',
  'told',
  'Reuters',
  'Jeff',
  'Zhang',
  'Mr.',
  'she',
  'added',
  'according to',
  'we',
  'hope',
  'so',
  'don’t',
  'the ’90s',
  'Rock ’n’ roll',
  'players’',
  'it’s',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '„',
  '“',
  '«',
  '»',
  '‹',
  '›',
  '「',
  '」',
  ',',
  '.',
  ':',
  '?',
  '—',
  '(',
  ')',
  '\u00ad',
  '…',
];

const paragraph = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 })
  .chain((words) =>
    fc
      .array(fc.boolean(), { minLength: words.length, maxLength: words.length })
      .map((glue) => words.map((w, i) => (glue[i] ? w : ` ${w}`)).join('')),
  );
const article = fc.array(
  fc.tuple(fc.constantFrom('', '', '', '> ', '# '), paragraph).map(([k, p]) => k + p),
  { minLength: 1, maxLength: 6 },
);

/**
 * Whether text is pieces of the article's blocks joined by single spaces: a prefix found verbatim
 * in one block, then a space, then the rest, trying the longer prefixes first. It backtracks: the
 * longest prefix can overshoot a join ("hope " found in " hope ”" while the quote joined "hope"
 * of one block with "the the" of the next), which once failed this test on a good quote.
 */
function verbatim(text: string, blocks: readonly Block[]): boolean {
  const tried = new Map<number, boolean>();
  const from = (at: number): boolean => {
    if (at === text.length) return true;
    const known = tried.get(at);
    if (known !== undefined) return known;
    let ok = false;
    for (let end = text.length; end > at && !ok; end--) {
      if (!blocks.some((b) => b.text.includes(text.slice(at, end)))) continue;
      ok = end === text.length || (text[end] === ' ' && from(end + 1));
    }
    tried.set(at, ok);
    return ok;
  };
  return from(0);
}

describe('findQuotes: properties', () => {
  it('never throws, and every quote is verbatim, in bounds and well formed', () => {
    fc.assert(
      fc.property(article, (paragraphs) => {
        const blocks = blocksOf(paragraphs);
        const quotes = quotesOf(...paragraphs);
        for (const q of quotes) {
          const block = blocks[q.at.block];
          expect(block).toBeDefined();
          expect(q.at.start).toBeGreaterThanOrEqual(0);
          expect(q.at.end).toBeLessThanOrEqual(block!.text.length);
          expect(q.at.end).toBeGreaterThan(q.at.start);
          expect(q.text.startsWith(block!.text.slice(q.at.start, q.at.end))).toBe(true);
          expect(verbatim(q.text, blocks)).toBe(true);
          expect(Number.isFinite(q.score)).toBe(true);
          if (q.speaker !== null) expect(q.speaker.trim().length).toBeGreaterThan(0);
          if (q.speaker === null) expect(q.role).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds nothing in text without quotation marks or block quotes', () => {
    const plain = fc.array(
      fc.constantFrom(
        'the',
        'minister',
        'said',
        'Zhang',
        'don’t',
        'the ’90s',
        'Rock ’n’ roll',
        'players’',
        ',',
        '.',
      ),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 4 }), (paras) => {
        expect(quotesOf(...paras.map((p) => p.join(' ')))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
