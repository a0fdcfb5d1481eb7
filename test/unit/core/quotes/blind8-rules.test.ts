import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes11 for causes found on blind set 8, each with invented sentences: input
// paragraphs, expected [text, speaker] of each quote in reading order. Rows marked "cross" are
// where the rule could over-fire.
describe('findQuotes: speakers, quotes11 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a gendered honorific does not take a fuller name of the other gender ("Mr. Hale" is not "his daughter Lena Hale")',
      [
        '"She has done a great job," Mr. Hale said.',
        'Mr. Hale said he was weighing five names. Earlier he said that his daughter Lena Hale "would be great, but I would not pick her."',
      ],
      [
        ['She has done a great job', 'Hale'],
        ['would be great, but I would not pick her.', 'Hale'],
      ],
    ],
    [
      'cross: an honorific of the same gender still finds the full name',
      ['Tom Hale runs the firm.', '"She has done a great job," Mr. Hale said.'],
      [['She has done a great job', 'Tom Hale']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
