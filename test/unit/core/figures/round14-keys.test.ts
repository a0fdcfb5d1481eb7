import { describe, expect, it } from 'vitest';
import { isBracketed } from '../../../../src/core/figures/bracketed.ts';
import { aboutMarkets, namesMarketIndex } from '../../../../src/core/figures/market-index.ts';
import { isOccurrenceCount } from '../../../../src/core/figures/occurrence-count.ts';
import { figuresOf } from './helpers.ts';

/**
 * keys14's ranking rules, from the card errors that recurred over the pool of blind sets 13 and
 * 14: each row an invented passage of the kind that rule is for, and a cross-negative (a near
 * miss the rule must leave as it was). Whether the figure is key (on the card) is what moves.
 */

const FILLER = 'The rest of this paragraph is only here to move the story along for a while.';

/** Whether the figure written `text` is key, in paragraphs under `title`. */
function keyOf(paragraphs: string[], text: string, title = ''): boolean | undefined {
  return figuresOf(paragraphs, 'en', title).find((f) => f.text === text)?.key;
}

describe('keys14: a count of times said after its verb is not key', () => {
  it.each<[string, string, boolean]>([
    ['Aaron Ramsey scored twice for Wales as the side beat Hungary.', 'twice', false],
    ['Moutet smashed his racket on the floor, twice, as the second set got away.', 'twice', false],
    ['Its progress was delayed twice when Polish MEPs rejected plans to adopt it.', 'twice', false],
    // "Think twice before ..." (dailymail-1) is no figure at all since figures14 (round14-rules).
    ['The striker hit the post thrice in the first half of the match.', 'thrice', false],
    // Cross-negatives: the count before its verb is the fact; a comparison is an amount.
    ['The Supreme Court has twice ruled that flag burning is free speech.', 'twice', true],
    ['The moon has twice as much water as all of the oceans on Earth.', 'twice', true],
    ['The company now sells twice the number of phones it sold last year.', 'twice', true],
  ])('%s', (sentence, text, key) => {
    expect(keyOf([sentence], text)).toBe(key);
  });

  it.each<[string, string, boolean]>([
    ['twice', ' for Wales', true],
    ['twice', ', as the set', true],
    ['twice', '', true],
    ['Twice', ' before you spend', true],
    ['twice', ' as much water', false],
    ['twice', ' ruled that', false],
    ['twice', ' the size', false],
    ['three times', ' for Wales', false],
  ])('isOccurrenceCount(%j, %j) is %s', (number, after, expected) => {
    expect(isOccurrenceCount(number, after)).toBe(expected);
  });
});

describe('keys14: a stock index move is the market reaction, like a share move', () => {
  const late = (sentence: string) => [
    'National Bank of Canada posted profits of $1.2 billion in the quarter on Wednesday.',
    FILLER,
    FILLER,
    FILLER,
    FILLER,
    FILLER,
    sentence,
  ];
  it.each<[string, string[], string, string, boolean]>([
    [
      'a late index move under a headline on a company',
      late('Britain’s FTSE 100 slipped 0.14 per cent in morning trading on the day.'),
      '0.14 per cent',
      'Bank profits beat expectations',
      false,
    ],
    [
      'a late index move in Asia',
      late('In Asia, Japan’s Nikkei closed 0.22 per cent higher on the same morning.'),
      '0.22 per cent',
      'Bank profits beat expectations',
      false,
    ],
    [
      'an index move since the start of the year, however early',
      [
        'The Philadelphia Semiconductor Index is up over 28% year-to-date this December.',
        'Chip makers sold more than $400 billion of chips in the year, a record for the trade.',
      ],
      'over 28%',
      '7 Top Stocks to Buy for 2015',
      false,
    ],
    // Cross-negatives.
    [
      'cross: under a headline about the markets, the index moves are the news',
      late('Hong Kong’s Hang Seng Index was last trading up 0.9 per cent on the day.'),
      '0.9 per cent',
      "Investors don't know what to make of the trade talks",
      true,
    ],
    [
      'cross: a price index is no stock index',
      late('The Consumer Price Index rose 3.2 per cent in the year to March, the agency said.'),
      '3.2 per cent',
      'Bank profits beat expectations',
      true,
    ],
    [
      'cross: "Dow Chemical" is a company',
      late('Dow Chemical raised its dividend by 4.5 per cent for the coming year.'),
      '4.5 per cent',
      'Bank profits beat expectations',
      true,
    ],
  ])('%s', (_why, paragraphs, text, title, key) => {
    expect(keyOf(paragraphs, text, title)).toBe(key);
  });

  it.each<[string, boolean]>([
    ['Germany’s DAX rose 0.78 per cent', true],
    ['the S&P 500 is up 24.5 percent', true],
    ['The Consumer Price Index rose 3.2%', false],
    ['Dow Chemical raised its dividend', false],
  ])('namesMarketIndex(%j) is %s', (sentence, expected) => {
    expect(namesMarketIndex(sentence)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["Investors don't seem to know what to make of the US-China trade talks", true],
    ['Stocks on Wall Street close at a record', true],
    ['Business Brief: Nvidia’s into nation building', false],
    ['Bank profits beat expectations', false],
  ])('aboutMarkets(%j) is %s', (title, expected) => {
    expect(aboutMarkets(title)).toBe(expected);
  });
});

describe('keys14: a percentage alone in brackets is an aside, not key', () => {
  it.each<[string, string, boolean]>([
    [
      'Strong hardware sales, a decent dividend yield (1.7%) and $11 billion in buybacks.',
      '1.7%',
      false,
    ],
    [
      'Other sources of light are Electricity (5.4%), generator (0%) and kerosene (12.8%).',
      '12.8%',
      false,
    ],
    ['The party won a large share of the vote ( 41% ) in the northern towns.', '41%', false],
    // Cross-negatives: more than the figure in the brackets, or no brackets.
    ['Sales rose to $2 billion (up 5% on the year) in the last quarter.', '5%', true],
    ['Sales rose 5% (a record) in the last quarter of the year.', '5%', true],
    ['Sales rose 5% in the last quarter of the year, the company said.', '5%', true],
  ])('%s', (sentence, text, key) => {
    expect(keyOf([sentence], text)).toBe(key);
  });

  it.each<[string, string, boolean]>([
    ['a yield (1.7%) and', '1.7%', true],
    ['a yield ( 1.7% ) and', '1.7%', true],
    ['(up 1.7% on the year)', '1.7%', false],
    ['rose 1.7% (a record)', '1.7%', false],
  ])('isBracketed(%j, %j) is %s', (text, figure, expected) => {
    const start = text.indexOf(figure);
    expect(isBracketed(text, start, start + figure.length)).toBe(expected);
  });
});
