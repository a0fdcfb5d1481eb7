import { describe, expect, it } from 'vitest';
import { figuresOf, overlapping } from './helpers.ts';

/**
 * figures13's rules, from the errors that recurred over the pool of blind sets 10, 11 and 12:
 * each row an invented passage of the kind that rule is for, and a cross-negative (a near miss
 * the rule must leave as it was).
 */

const FILLER = 'The rest of this paragraph is only here to move the story along.';

/** Each figure's text with how many mentions it has, in the order findFigures returns them. */
function mentionsOf(paragraphs: string[]): Array<[string, number]> {
  return figuresOf(paragraphs)
    .sort((a, b) => (a.at[0]?.block ?? 0) - (b.at[0]?.block ?? 0))
    .map((f) => [f.text, f.at.length]);
}

describe('figures13: the same fact told again', () => {
  it.each<[string, string[], Array<[string, number]>]>([
    [
      'a bare number in digits said again far from the first is the same amount',
      [
        'Jan. 14-19: Charger Hockey, Chargers vs. Anchorage, Civic Hall, 200',
        FILLER,
        FILLER,
        'Jan. 21-25: Future City Competition, Civic Hall, 200',
      ],
      [['200', 2]],
    ],
    [
      'cross: a single digit said again far away recurs by chance (two players\' "2" in a stats line)',
      [
        'The sacks went to Hale, 2, and Roe, 1, on the night.',
        FILLER,
        FILLER,
        'Cole, on 2, led the interceptions for the side.',
      ],
      [
        ['2', 1],
        ['1', 1],
        ['2', 1],
      ],
    ],
    [
      'cross: an estimate is not the exact number said later ("looked about 30" ... "Styles, 30,")',
      [
        'Officers also brought down a woman who looked about 30, in a shawl.',
        FILLER,
        FILLER,
        'Shawn Styles, 30, who works next door, saw the police arrive.',
      ],
      [
        ['about 30', 1],
        ['30', 1],
      ],
    ],
  ])('%s', (_why, paragraphs, rows) => {
    expect(mentionsOf(paragraphs)).toEqual(rows);
  });
});

describe('figures13: a number opening the title of another work', () => {
  it.each<[string, string, string[]]>([
    // After "see" or an opening quote, a run of capitalised words ending on a mark.
    ['Not dressing up that night was Feng Zhang (see 35 Innovators Under 35, 2013).', '35', []],
    [
      'The money came from leading venture funds (see “50 Smartest Companies: Third Rock”) and others.',
      '50',
      [],
    ],
    // Four capitalised words or more with a title's lower-case "to" between two of them.
    ['Neil Patel suggested in 7 Simple A/B Tests to Increase Sales a few things to test.', '7', []],
    // Cross-negatives: a count before a proper name runs into a lower-case word.
    ['“20 Senate Democrats voted against it,” he said on Monday.', '20', ['20 Senate Democrats']],
    ['Police said that 11 University of Miami Medical School students were hurt.', '11', ['11']],
    ['We will see 12 New York hospitals close this year.', '12', ['12 New York hospitals']],
  ])('%s (%s)', (input, nearMiss, expected) => {
    expect(overlapping(input, nearMiss)).toEqual(expected);
  });
});

describe('figures13: the age of the person the headline leads with is key', () => {
  const story = [
    'Police arrested Ahmad Rahami, 28, on Monday after a bombing that injured 29 people in the city.',
    'Diego Lopez, 36, the owner of a store near the scene, said he heard the blast.',
  ];
  it.each<[string, string, boolean]>([
    ['Ahmad Rahami Is Arrested in Manhattan and New Jersey Bombings', '28', true],
    // Cross-negatives: a witness's age, and the age of a person the headline names last.
    ['Ahmad Rahami Is Arrested in Manhattan and New Jersey Bombings', '36', false],
    ['Sweden Drops Its Investigation Into Rape Allegation Against Ahmad Rahami', '28', false],
  ])('%s (%s: key %s)', (title, age, key) => {
    const figure = figuresOf(story, 'en', title).find((f) => f.text === age);
    expect(figure?.key).toBe(key);
  });
});

describe('figures13: a penalty told as a compound is key', () => {
  const opening =
    'Police charged Johnson on Monday after a long inquiry by detectives in the city.';
  it.each<[string, string, boolean]>([
    ['Johnson faces a potential 30-year prison term on the new charge.', '30-year', true],
    ['Johnson served a one-year sentence in Cambodia for the abuse.', 'one-year', true],
    ['Raiola drew a one-game suspension for stomping on a rival.', 'one-game', true],
    // Cross-negatives: the length of a thing named, an office's term.
    ['Johnson began a four-year term as mayor of the city.', 'four-year', false],
    ['Johnson unveiled a five-year plan for the city.', 'five-year', false],
  ])('%s (%s: key %s)', (sentence, figure, key) => {
    const found = figuresOf([opening, sentence]).find((f) => f.text === figure);
    expect(found?.key).toBe(key);
  });
});
