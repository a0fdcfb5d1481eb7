import { describe, expect, it } from 'vitest';
import { figuresOf, overlapping, rowsOf } from './helpers.ts';

/**
 * figures12's rules, from the errors of blind set 9: each row a sentence of the kind that rule
 * is for, and a cross-negative (a near miss the rule must leave as it was).
 */

describe('figures12: not figures', () => {
  it.each<[string, string]>([
    // A bare number before a part of the day is an hour.
    ['Just before 8 in the morning on Monday, phones rang across the city.', '8'],
    ['The curfew runs from 10 at night until dawn in the old town.', '10'],
    // A season's second year, clipped after a dash.
    ['Counce was a starter on the 1977–78 Arkansas basketball team.', '78'],
    ['The 2016–17 season was a long one for the club.', '17'],
    // "zero" naming a policy or a kind, written open.
    ['Zero rating gives customers something they actually need.', 'Zero rating'],
    ['Stankey answered concerns about zero rating on Tuesday.', 'zero'],
    ['The school has a zero tolerance policy on phones.', 'zero'],
    // "a million", "a thousand" before a noun never counted one by one exaggerates.
    ['There are a million reasons why that is tricky to do, he said.', 'a million reasons'],
    ['He listed a thousand ways to fail.', 'a thousand ways'],
    // Cross-negatives for the partitive: nothing counted after "of the", "of them".
    ['She named two of the most important.', 'two'],
    ['The two of them left early.', 'two'],
    // A decade in words is a date after "the", the century hyphened on or not.
    [
      'When quantum computing was first proposed, in the nineteen-eighties, it was a curiosity.',
      'nineteen-eighties',
    ],
    ['The music of the eighties was loud and bright.', 'eighties'],
  ])('%s (%s)', (input, nearMiss) => {
    expect(overlapping(input, nearMiss)).toEqual([]);
  });
});

describe('figures12: figures', () => {
  it.each<[string, Array<[string, number | null, string | null]>]>([
    // Cross-negative for the hour: a count before "in the morning" is still counted.
    [
      'About 20 people in the morning queue left early, officials said.',
      [['About 20 people', 20, 'people']],
    ],
    // Feet and inches in prime marks are one height in feet.
    [
      'The police described him as a 5’6” 200-pound male with brown hair.',
      [
        ['5’6”', 5.5, 'ft'],
        ['200-pound', 200, 'lb'],
      ],
    ],
    [
      'Counce was 6\' 7" and five years older than Stephen.',
      [
        ['6\' 7"', 6.5833, 'ft'],
        ['five years', 5, 'years'],
      ],
    ],
    // A decade in words after a possessive is an age.
    ['Her parents, now in their eighties, live at home.', [['in their eighties', 80, 'years']]],
    ['He is in his late forties and tired of it.', [['in his late forties', 40, 'years']]],
    // A spelled-out number right after "she was", "he turned", "I was" is an age.
    [
      'At her funeral I was calm. She was eighty-seven and had lived a long and fruitful life.',
      [['eighty-seven', 87, 'years']],
    ],
    [
      'He was sixty-two, and perilously close to being broke; I was twenty-five, had just started.',
      [
        ['sixty-two', 62, 'years'],
        ['twenty-five', 25, 'years'],
      ],
    ],
    // An age whose cue "the" determines does not refer back.
    [
      'Mill used to rise at dawn to learn Greek at the age of five, and he did.',
      [['age of five', 5, 'years']],
    ],
    // An age is not merged with a length of time of the same value; it is with the same age.
    [
      'Mill learned Greek at the age of five. But she was five years older than me.',
      [
        ['age of five', 5, 'years'],
        ['five years', 5, 'years'],
      ],
    ],
    ['He joined at age 5. At age 5 he could read.', [['age 5', 5, 'years']]],
    // Cross-negatives for the age: a counted noun after it, and "it was".
    ['He was five minutes late for the meeting.', [['five minutes', 5, 'minutes']]],
    ['It was five past ten when she left the house.', []],
    // Cross-negative for "the age of": "the five children" still refers back.
    ['The five children were at the party.', []],
    // Cross-negative for the decade: a number word before a counted noun stays a count.
    ['Twenty-five people came in the sixties.', [['Twenty-five people', 25, 'people']]],
    // Cross-negative for "zero rating": zero before a counted noun is counted.
    ['The firm reported zero deaths last year.', [['zero deaths', 0, 'deaths']]],
    // Cross-negatives for the hyperbole: people, and a number in digits, are counted.
    ['A million people marched on Sunday.', [['A million people', 1000000, 'people']]],
    ['There are 1 million reasons to go, he said.', [['1 million reasons', 1000000, 'reasons']]],
    // A part of a whole counted in words, or of the ones just counted ("of whom").
    [
      'It was the team’s home for four of its five Super Bowl-winning seasons.',
      [['four', 4, null]],
    ],
    [
      'Seven different people got votes – five of whom didn’t earn them.',
      [
        ['Seven different people', 7, 'people'],
        ['five', 5, null],
      ],
    ],
    // Cross-negative for the season: a range of two small numbers stays a range.
    ['They won 3–18 games a season.', [['3–18 games', 3, 'games']]],
    // Cross-negative: a quoted digit before a closing quote, and clipped years, stay as they were.
    [
      'Press the ‘5’ key, then wait for 6 tones.',
      [
        ['5', 5, null],
        ['6 tones', 6, 'tones'],
      ],
    ],
  ])('%s', (input, rows) => {
    expect(rowsOf(input)).toEqual(rows);
  });
});

const FILLER = 'The rest of this sentence is only here to move the story along.';
const opening = (n: number) => Array.from({ length: n }, () => FILLER);

describe('figures12: key figures', () => {
  it.each<[name: string, paragraphs: string[], figure: string, key: boolean]>([
    // A story whose figures are all small counts of things shows them.
    [
      'only small counts of things',
      [...opening(4), 'CNBC spoke with four top cybersecurity executives at large banks.'],
      'four top cybersecurity executives',
      true,
    ],
    // Cross-negatives: beside an amount a small count is detail; a few people of the narrative
    // stay off the card even when nothing else is on it.
    [
      'a small count beside an amount',
      [
        ...opening(4),
        'CNBC spoke with four top cybersecurity executives at large banks.',
        'The bank paid $40 million for the unit.',
      ],
      'four top cybersecurity executives',
      false,
    ],
    [
      'a few people, nothing else',
      [...opening(4), 'Officers were called to a fight between two men on the train.'],
      'two men',
      false,
    ],
  ])('%s', (_name, paragraphs, figure, key) => {
    const found = figuresOf(paragraphs).find((f) => f.text === figure);
    expect(found?.key).toBe(key);
  });
});
