import { describe, expect, it } from 'vitest';
import { anyPattern, hasTopLevelAlternation } from '../../../../src/core/text/any-pattern.ts';

// The joined test answers as `patterns.some((p) => p.test(text))` does.
const PATTERNS = [
  /^sign up\b/i,
  /\bclick here\b/i,
  /^(?:\p{Lu}\p{Ll}+\s){1,2}covers\s/u,
  /(\w)\1{3}/, // a backreference: tested alone
  /(?<word>echo) \k<word>/, // a named group: tested alone
  /(?<=\$)\d+/, // a lookbehind: joined
  /\ball rights reserved\b/i, // opens with \b: joined behind one shared \b with "click here"
  /\bfoo|bar/, // "|" at the top: the \b is not the whole pattern's, joined as it is
  /^alpha|omega/, // "|" at the top: not anchored as a whole
];

describe('anyPattern', () => {
  const test = anyPattern(PATTERNS);
  it.each([
    ['Sign up for our newsletter', true],
    ['To sign up, click here.', true],
    ['Please Click Here', true],
    ['Jane Doe covers politics', true],
    ['jane doe covers politics', false],
    ['aaaa', true],
    ['echo echo', true],
    ['echo ohce', false],
    ['costs $15', true],
    ['costs 15', false],
    ['The sale was agreed on Monday.', false],
    ['', false],
    ['© 2024. All rights reserved.', true],
    ['xbarx', true],
    ['xfoox', false],
    ['the omega point', true],
    ['the alpha point', false],
  ])('%j → %s', (text, expected) => {
    expect(test(text)).toBe(expected);
    expect(test(text)).toBe(PATTERNS.some((p) => p.test(text)));
  });
});

describe('hasTopLevelAlternation', () => {
  it.each([
    ['^(?:a|b)', false],
    ['^a|b', true],
    ['[|]x', false],
    ['\\|x', false],
    ['(a)|b', true],
    ['\\bclick here\\b', false],
  ])('%j → %s', (source, expected) => {
    expect(hasTopLevelAlternation(source)).toBe(expected);
  });
});
