import { describe, expect, it } from 'vitest';
import { parseDigits, parseNumberWords } from '../../../../src/core/figures/02-parse-value.ts';

describe('parseDigits reads the number format of the page language', () => {
  it.each<[string, string, number]>([
    ['1,234', 'en', 1234],
    ['1,234,567', 'en', 1234567],
    ['28.2', 'en', 28.2],
    ['1,234.5', 'en', 1234.5],
    ['1,5', 'en', 1.5], // a foreign decimal comma quoted in English
    ['1.234,5', 'de', 1234.5],
    ['40.000', 'es', 40000],
    ['3,5', 'de', 3.5],
    ['1.5', 'de', 1.5], // one dot not followed by three digits stays a decimal point
    ['1\u00A0234,5', 'fr', 1234.5],
    ['1 234,5', 'fr', 1234.5],
    ['2 209', 'cs', 2209],
    ['6 ½', 'en', 6.5],
    ['4½', 'en', 4.5],
    ['1.234.567', 'en', 1234567],
  ])('%s (%s) = %s', (raw, lang, expected) => {
    expect(parseDigits(raw, lang)).toBe(expected);
  });
});

describe('parseNumberWords reads spelled-out English numbers', () => {
  it.each<[string, number | null, number]>([
    ['two', 2, 1],
    ['twenty five', 25, 2],
    ['two hundred and fifty', 250, 4],
    ['one hundred', 100, 2],
    ['a dozen', 12, 2],
    ['two dozen', 24, 2],
    ['three thousand four hundred', 3400, 4],
    ['six million', 6e6, 2],
    ['two three', 2, 1], // "two, three" is two numbers
    ['twenty thirty', 20, 1],
    ['hundred', null, 0], // "hundreds of" is vague; a scale word alone is no number
    ['a year', null, 0],
  ])('%s', (text, value, used) => {
    const r = parseNumberWords(text.split(' '));
    expect(r?.value ?? null).toBe(value);
    expect(r?.used ?? 0).toBe(used);
  });
});
