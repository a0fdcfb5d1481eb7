import { describe, expect, it } from 'vitest';
import { inOrder, quotesOf } from './helpers.ts';

// Speaker rules added by quotes5 for causes found on blind set 2, each with invented sentences:
// input paragraphs, expected [text, speaker] of each quote in reading order. Rows marked "cross"
// are where the rule could over-fire.
describe('findQuotes: speakers, quotes5 rules', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a name after "but" opens its clause: "but General X, role, told" is X\'s',
      [
        'The mayor wants the bridge closed, but Colonel Anna Berg, head of the city engineers, told reporters on Monday that it would stay open "until the spring floods".',
      ],
      [['until the spring floods', 'Anna Berg']],
    ],
    [
      'cross: a name after "to" is still an object ("In a letter to X, role, the minister wrote")',
      [
        'In a letter to Ola Berg, head of the nurses\' union, the minister wrote: "Nobody saw this coming at all."',
      ],
      [['Nobody saw this coming at all.', null]],
    ],
    [
      'a quote opening the next paragraph goes on after a long attribution that ends the paragraph',
      [
        '"We never told Maria she could not sell her jam at the market," Harbour Foods said in a statement on its website late on Friday evening.',
        '"In fact, we have no say over who sells there."',
      ],
      [
        ['We never told Maria she could not sell her jam at the market', 'Harbour Foods'],
        ['In fact, we have no say over who sells there.', 'Harbour Foods'],
      ],
    ],
    [
      'cross: a quote after a paragraph whose narrative goes on past the attribution is not continued',
      [
        '"The figures are fine," said Tom Avery Reed. The board met again the next week and voted to sell the unit to a rival.',
        '"It was the only way out."',
      ],
      [
        ['The figures are fine', 'Tom Avery Reed'],
        ['It was the only way out.', null],
      ],
    ],
    [
      '"it" is not a body named only after a preposition ("to the organisers of the Games")',
      [
        'Northwind Records has denied any wrongdoing. "We acted within the contract," it said in March.',
        'Now it has written again, directly to the organisers of the Games.',
        '"We will grant every licence the organisers need," it says.',
      ],
      [
        ['We acted within the contract', 'Northwind Records'],
        ['We will grant every licence the organisers need', 'Northwind Records'],
      ],
    ],
    [
      '"the statement said": the statement of "X said in a statement" is X\'s',
      [
        'Three climbers were rescued from the glacier overnight, the Swiss rescue agency said in a statement on Sunday.',
        '"All three are in a stable condition and were flown to hospital in Bern," the statement said.',
      ],
      [
        [
          'All three are in a stable condition and were flown to hospital in Bern',
          'Swiss rescue agency',
        ],
      ],
    ],
    [
      'cross: "the statement said" with no author named stays unattributed',
      [
        'A statement was read out before the match.',
        '"We ask every fan to respect the minute of silence today," the statement said.',
      ],
      [['We ask every fan to respect the minute of silence today', null]],
    ],
    [
      '"said another witness, role Name.": the name in apposition ending the clause speaks',
      [
        'The captain was known for telling the crew "the ship will never sink" before the voyage, said another survivor of the wreck, retired ship\'s cook Martin Oduya.',
      ],
      [['the ship will never sink', 'Martin Oduya']],
    ],
    [
      'cross: "said a local man, who asked not to be named." names nobody',
      [
        '"The water came up to the windows in ten minutes," said a local man, who asked not to be named by Reuters.',
      ],
      [['The water came up to the windows in ten minutes', null]],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(inOrder(quotesOf(...paragraphs))).toEqual(expected);
  });
});
