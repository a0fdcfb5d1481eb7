import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../../src/core/text/words.ts';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Alibaba Cloud to invest $28bn', 5],
    // A word goes on through ' ’ . , - : "Don't", "40,000", "28.2bn", "Covid-19" are one each.
    ["Don't stop: 40,000 jobs, 28.2bn, Covid-19.", 6],
    ['Zhang’s plan', 2],
    ['  -- . , ', 0],
    // CJK: two characters a word.
    ['阿里云将投资', 3],
    ['Šťastný člověk řekl', 3],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 0],
    [10, 1],
    [230, 1],
    [1380, 6],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
