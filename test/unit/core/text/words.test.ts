import fc from 'fast-check';
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
    // Astral characters: a rare Han character counts as CJK, an emoji as a space.
    ['𠀀𠀀 ok', 2],
    ['hi😀there', 2],
    // A lone surrogate is not a letter.
    ['a\ud800b', 2],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

// The one-pass count is the same as the regex definition it replaced (kept here as the reference).
function countWordsByRegex(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ');
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.length ?? 0;
  return words + Math.ceil(cjk / 2);
}

describe('countWords matches its regex definition', () => {
  const chars = fc.constantFrom(..."ab9 .,-'’:é中カひ😀𠀀\ud800ä١".split(''));
  it.each([
    ['mixed scripts and joiners', fc.array(chars, { maxLength: 30 }).map((a) => a.join(''))],
    ['any text', fc.string({ unit: 'binary', maxLength: 30 })],
  ])('%s', (_name, texts) => {
    fc.assert(
      fc.property(texts, (t) => countWords(t) === countWordsByRegex(t)),
      { numRuns: 500 },
    );
  });
});

describe('countWords of a range', () => {
  // The same count as on the slice, including a surrogate pair cut by the range's end.
  it.each([
    ['Alibaba Cloud to invest $28bn', 8, 19],
    ['Alibaba Cloud to invest $28bn', 0, 29],
    ['ab 𠀀𠀀 cd', 0, 4],
    ['ab 𠀀𠀀 cd', 3, 7],
    ['阿里云将投资', 1, 4],
  ])('%j from %i to %i', (text, start, end) => {
    expect(countWords(text, start, end)).toBe(countWords(text.slice(start, end)));
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
