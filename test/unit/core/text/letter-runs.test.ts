import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charWidthAt, wordEndAt } from '../../../../src/core/text/letter-runs.ts';

// The words read by wordEndAt, as "offset:word".
function scan(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const end = wordEndAt(text, i);
    if (end > i) {
      out.push(`${i}:${text.slice(i, end)}`);
      i = end;
    } else i += charWidthAt(text, i);
  }
  return out;
}

// The definition it replaces in content terms.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
function byRegex(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => `${m.index}:${m[0]}`);
}

describe('wordEndAt', () => {
  it.each([
    ['we’re 28bn', ['0:we’re', '6:28bn']],
    ["don't o'neill's", ["0:don't", "6:o'neill's"]],
    // Letters only after an apostrophe: the digit starts a new word.
    ["it's2", ["0:it's", '4:2']],
    ["rock 'n' roll", ['0:rock', '6:n', '9:roll']],
    ['$28.2bn', ['1:28', '4:2bn']],
    ['云计算 ok', ['0:云计算', '4:ok']],
    // An astral letter is one character of a word; an emoji is none.
    ['𠀀a😀b', ['0:𠀀a', '5:b']],
    ['a\ud800b', ['0:a', '2:b']],
  ])('%j → %j', (text, words) => {
    expect(scan(text)).toEqual(words);
  });

  const chars = fc.constantFrom(..."aB9 '’-.é中😀𠀀\ud800\udc00١Ⅻß".split(''));
  it.each([
    [
      'letters, digits, apostrophes, surrogates',
      fc.array(chars, { maxLength: 25 }).map((a) => a.join('')),
    ],
    ['any text', fc.string({ unit: 'binary', maxLength: 25 })],
  ])('reads the words the regex matches: %s', (_name, texts) => {
    fc.assert(
      fc.property(texts, (t) => scan(t).join('|') === byRegex(t).join('|')),
      { numRuns: 2000 },
    );
  });
});
