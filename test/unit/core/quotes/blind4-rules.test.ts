import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes7 for causes found on blind set 4 (and blind set 3's leftovers), each with
// invented sentences: input paragraphs, expected [text, speaker] of each quote in reading order.
// Rows marked "cross" are where the rule could over-fire.
describe('findQuotes: speakers, quotes7 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      '"X assures himself" attributes a split quote (the short first part is kept and joined)',
      [
        'Tom Hale says he was at home all evening.',
        '"Oh, really? Fine," he assures himself. "I did not sign anything that day."',
      ],
      [['Oh, really? Fine, I did not sign anything that day.', 'Tom Hale']],
    ],
    [
      '"the patient wrote": a common noun no one is named by speaks for no one (not the doctor)',
      [
        '"It happens more than we think," Dr. Mara Lind said.',
        '"I can climb the stairs again without a rest," the patient wrote in the report.',
      ],
      [
        ['It happens more than we think', 'Mara Lind'],
        ['I can climb the stairs again without a rest', null],
      ],
    ],
    [
      'cross: "the doctor said" still stands for the person with that role',
      [
        'Mara Lind, a doctor at the county hospital, saw him first.',
        '"It happens more than we think," the doctor said.',
      ],
      [['It happens more than we think', 'Mara Lind']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
