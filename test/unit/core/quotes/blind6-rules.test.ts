import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Rules added by quotes9 for causes found on blind set 6, each with invented sentences: input
// paragraphs ("# " a heading), expected [text, speaker] of each quote in reading order.
// Rows marked "cross" are where the rule could over-fire.
describe('findQuotes: speakers, quotes9 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a later formal name with another first name does not replace the full name first given',
      [
        'One day in July, Tom Hale decided to fire the managers.',
        '# Thomas Edward Hale',
        '“I want to know how everyone does their job,” Hale said.',
      ],
      [['I want to know how everyone does their job', 'Tom Hale']],
    ],
    [
      'cross: a later name extending the same first name is the fuller form',
      [
        'One day in July, Tom Hale decided to fire the managers.',
        'Tom Edward Hale grew up in Ohio.',
        '“I want to know how everyone does their job,” Hale said.',
      ],
      [['I want to know how everyone does their job', 'Tom Edward Hale']],
    ],
    [
      'cross: a surname given alone first takes the full name given later',
      [
        'Hale decided to fire the managers.',
        'Thomas Edward Hale grew up in Ohio.',
        '“I want to know how everyone does their job,” Hale said.',
      ],
      [['I want to know how everyone does their job', 'Thomas Edward Hale']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
