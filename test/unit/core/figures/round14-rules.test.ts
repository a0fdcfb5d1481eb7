import { describe, expect, it } from 'vitest';
import { figuresOf, overlapping, rowsOf } from './helpers.ts';

/**
 * figures14's rules, from the errors that recurred over the pool of blind sets 13 and 14: each
 * row an invented passage of the kind that rule is for, and a cross-negative (a near miss the
 * rule must leave as it was).
 */

describe('figures14: a letter currency sign written against its number', () => {
  it.each<[string, string, Array<[string, number | null, string | null]>]>([
    // Malaysian ringgit (malaymail): any amount.
    ['The charter cost RM6.162 million in all.', 'RM6.162', [['RM6.162 million', 6162000, 'MYR']]],
    ['It saved nearly RM900,000 last year.', 'RM900', [['nearly RM900,000', 900000, 'MYR']]],
    // South African rand (timeslive): a scaled or grouped amount.
    ['The minister allocated R4bn to the agency.', 'R4bn', [['R4bn', 4000000000, 'ZAR']]],
    ['Sars got an additional R7.5bn this year.', 'R7.5bn', [['R7.5bn', 7500000000, 'ZAR']]],
    ['Rent rose to R1,500 a month.', 'R1,500', [['R1,500', 1500, 'ZAR']]],
    ['It cut the package from R11bn to R5.5bn.', 'R11bn', [['R11bn', 11000000000, 'ZAR']]],
    // Cross-negatives: product names and codes touching letters stay names.
    ['Rabbit sold 10,000 units of its R1 pocket AI companion.', 'R1', []],
    ['He drove an Audi R8 to the launch.', 'R8', []],
    ['The RMS1 filing was late.', 'RMS1', []],
    ['She scored in the DR4bn match.', 'DR4bn', []],
  ])('%s (%s)', (input, nearMiss, expected) => {
    const texts = overlapping(input, nearMiss);
    expect(rowsOf(input).filter(([t]) => texts.includes(t))).toEqual(expected);
  });
});

describe('figures14: idioms and phone numbers that are no amount', () => {
  it.each<[string, string, string[]]>([
    // A phone number with a trunk prefix 0 and one local group of five or six digits.
    [
      'Passengers should call the special number 08000 858531 set up by the government.',
      '858531',
      [],
    ],
    ['Anyone with information is asked to phone Sergeant Letota on (064) 404057.', '404057', []],
    // Cross-negatives: a grouped amount and a count in brackets stay figures.
    ['The fund paid out 858,531 pounds last year.', '858,531', ['858,531 pounds']],
    ['The town (pop. 40405) voted on Monday.', '40405', ['40405']],
    // "think twice": to hesitate.
    ['Think twice before you spend any $1 bill in your wallet.', 'twice', []],
    ['That has caused educators to think twice about the profession.', 'twice', []],
    ['He thought twice about it.', 'twice', []],
    // Cross-negatives: a thing done two times, a multiple.
    ['She was fined twice last year, the court heard.', 'twice', ['twice']],
    ['Prices rose twice as fast as wages.', 'twice', ['twice']],
    // "zero emissions", "zero net ... emissions": the climate target's name.
    ['It has the easiest options for actually achieving zero emissions.', 'zero', []],
    ['The world would have to reach zero net greenhouse gas emissions by then.', 'zero', []],
    // Cross-negative: zero of something counted.
    ['The city recorded zero deaths from the heat.', 'zero', ['zero deaths']],
    // "one-click", "one-night stands": kinds of thing.
    ['The chief executive calls it “one-click digital transformation.”', 'one-click', []],
    ['I have done my fair share of one-night stands.', 'one-night', []],
    // Cross-negatives: "one" hyphened onto what it counts.
    ['He was given a one-night stay in hospital.', 'one-night', ['one-night']],
    ['The player served a one-game suspension.', 'one-game', ['one-game']],
  ])('%s (%s)', (input, nearMiss, expected) => {
    expect(overlapping(input, nearMiss)).toEqual(expected);
  });
});

describe('figures14: a bare number listed after a name or a date is another of them', () => {
  it.each<[string, string, string[]]>([
    ['He warns that Sections 21, 24, and 26 of the bill are vague.', '24', []],
    ['He warns that Sections 21, 24, and 26 of the bill are vague.', '26', []],
    ['Oct. 9, 11, 1981: The Rolling Stones played two nights.', '11', []],
    // Cross-negatives: a count after a date or a name, not a list item.
    ['In 2020, 300 were hired to clear the backlog.', '300', ['300']],
    ['Section 21, 40 pages long, was struck out.', '40 pages', ['40 pages']],
    ['On March 3, about 12 arrived at the border.', '12', ['about 12']],
  ])('%s (%s)', (input, nearMiss, expected) => {
    expect(overlapping(input, nearMiss)).toEqual(expected);
  });
});

describe('figures14: a temperature in degrees with its scale, and its conversion', () => {
  it.each<[string, Array<[string, number | null, string | null]>]>([
    [
      'Warming must be limited to 3.6 degrees Fahrenheit (2 degrees Celsius) this century.',
      [['3.6 degrees Fahrenheit (2 degrees Celsius)', 3.6, '°F']],
    ],
    [
      'It could cut the air temperature by 0.1 degrees Celsius (0.18 degrees Fahrenheit).',
      [['0.1 degrees Celsius (0.18 degrees Fahrenheit)', 0.1, '°C']],
    ],
    [
      'The world is on a path toward 7.2 degrees Fahrenheit (4°C) of warming.',
      [['7.2 degrees Fahrenheit (4°C)', 7.2, '°F']],
    ],
    // Cross-negative: "degrees" with no scale after it stays as it was.
    ['She holds two degrees in physics.', [['two degrees', 2, 'degrees']]],
  ])('%s', (input, expected) => {
    expect(rowsOf(input)).toEqual(expected);
  });

  it('the same value in bare "degrees" later is the same fact', () => {
    const figures = figuresOf([
      'Warming must be limited to 3.6 degrees Fahrenheit (2 degrees Celsius) this century.',
      'Economists said that more than 3.6 degrees of warming would be a disaster.',
    ]);
    expect(figures.map((f) => [f.text, f.at.length])).toEqual([
      ['3.6 degrees Fahrenheit (2 degrees Celsius)', 2],
    ]);
  });
});
