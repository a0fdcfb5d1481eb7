import { describe, expect, it } from 'vitest';
import { figuresOf, overlapping } from './helpers.ts';

/**
 * figures15's rules, from the errors that recurred over the pool of blind sets 14 and 15 (two
 * publications or more each): each row an invented passage of the kind that rule is for, and a
 * cross-negative (a near miss the rule must leave as it was).
 */

describe('figures15: a list number opening a paragraph before a quote or a number', () => {
  it.each<[string, string, string[]]>([
    // The item opens with a quoted name (metro) or with a number of its own (broadwayworld).
    ['2. ‘Hillsborough’ law to be enacted', '2.', []],
    ['4. “Safe streets” plan for every town', '4.', []],
    ['3) 4-Year Partial University Scholarships: support for students.', '3)', []],
    // Cross-negatives: inside a paragraph, a number before a full stop and a quote stays; so
    // does the item's own number.
    ['The vote was 52. ‘Nobody expected it,’ she said.', '52', ['52']],
    ['3) 4-Year Partial University Scholarships: support for students.', '4-Year', ['4-Year']],
    ['Sales rose by 12. In May they fell.', '12', ['12']],
  ])('%s (%s)', (input, nearMiss, expected) => {
    expect(overlapping(input, nearMiss)).toEqual(expected);
  });
});

describe('figures15: the same age told in two forms is one fact', () => {
  it.each<[string[], string[][]]>([
    // An apposition first, then "N-year-old" (dailystar); the other way round (inews).
    [
      ['Mattia Ahmet Minguzzi, 14, was shopping.', 'The chef’s 14-year-old son is in hospital.'],
      [['14', '14-year-old']],
    ],
    [
      [
        'A 42-year-old woman was arrested.',
        'The group posted a video.',
        'The police came.',
        'One of the protesters, Hayley Walsh, 42, said so.',
      ],
      [['42-year-old', '42']],
    ],
    [['Jane Doe, 30, was named.', 'Police said the woman was 30 years old.'], [['30', '30 years']]],
    // Cross-negatives: a length of time is no age, and a count after a comma is no apposition.
    [
      ['Jane Doe, 30, was named.', 'She had lived there for 30 years.'],
      [['30'], ['30 years']],
    ],
    [
      ['In Paris, 40 died in the attack.', 'A 40-year-old man was held.'],
      [['40'], ['40-year-old']],
    ],
  ])('%j', (blocks, forms) => {
    const got = figuresOf(blocks)
      .map((f) => f.forms)
      .sort((a, b) => a.length - b.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
    expect(got).toEqual(
      [...forms].sort((a, b) => a.length - b.length || (a[0] ?? '').localeCompare(b[0] ?? '')),
    );
  });
});
