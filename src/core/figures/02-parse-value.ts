import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VULGAR_FRACTIONS } from './data/number-words.ts';

/**
 * Languages that write a decimal comma and group thousands with dots or spaces:
 * "1.234,5" (de, es, pt), "1 234,5" (fr, cs).
 */
const DECIMAL_COMMA = new Set([
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'cs',
  'sk',
  'pl',
  'ru',
  'uk',
  'sv',
  'da',
  'nb',
  'no',
  'fi',
  'tr',
  'id',
  'ro',
  'hu',
]);

export function usesDecimalComma(lang: string): boolean {
  return DECIMAL_COMMA.has(lang);
}

const GROUPED_BY = /^\d{1,3}(?:([.,\u00A0\u202F ])\d{3})(?:\1\d{3})*$/u;
const SPACES = /[\u00A0\u202F ]/gu;

/**
 * The value of a number written in digits, in the page's language:
 * en "1,234.5" = 1234.5, de "1.234,5" = 1234.5, fr "1 234,5" = 1234.5, "6 ½" = 6.5.
 * An English comma followed by other than three digits is a decimal comma from a foreign
 * source ("1,5" = 1.5); a German dot followed by three digits groups thousands ("40.000").
 */
export function parseDigits(raw: string, lang: string): number | null {
  let text = raw.trim();
  let extra = 0;
  const last = text[text.length - 1] as string;
  const fraction = VULGAR_FRACTIONS.get(last);
  if (fraction !== undefined) {
    extra = fraction;
    text = text.slice(0, -1).trim();
    if (text === '') return fraction;
  }
  const comma = usesDecimalComma(lang);
  const grouped = GROUPED_BY.exec(text);
  let plain: string;
  if (grouped) {
    const sep = grouped[1] as string;
    // "1,234" groups in English; "1.234" groups in decimal-comma languages; a space always groups.
    const groups = text.split(sep).length - 1;
    // Two or more separators always group: "1.234.567", "1,234,567".
    if (groups > 1 || (sep === ',' ? !comma : sep === '.' ? comma : true)) {
      plain = text.split(sep).join('');
    } else plain = text.replace(',', '.');
  } else {
    const lastDot = text.lastIndexOf('.');
    const lastComma = text.lastIndexOf(',');
    const decimalAt = Math.max(lastDot, lastComma);
    if (decimalAt < 0) plain = text.replace(SPACES, '');
    else {
      const intPart = text.slice(0, decimalAt).replace(/[.,\u00A0\u202F ]/gu, '');
      plain = `${intPart}.${text.slice(decimalAt + 1)}`;
    }
  }
  const n = Number(plain);
  return Number.isFinite(n) ? n + extra : null;
}

/** A spelled-out number and how many of the given words it used. */
export interface WordsValue {
  value: number;
  used: number;
}

/**
 * Read a spelled-out English number from the start of `words` (lower case, "and" and hyphen
 * parts as separate words): ["two","hundred","and","fifty"] = 250, ["twenty","five"] = 25,
 * ["a","dozen"] = 12. Stops at the first word that does not continue the number, so
 * ["two","three"] reads only 2. Returns null when the first word is not a number.
 */
export function parseNumberWords(words: readonly string[]): WordsValue | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let last: 'none' | 'unit' | 'tens' | 'scale' = 'none';
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === 'a' || w === 'an') {
      // "a dozen", "a hundred": only at the start and before a scale word.
      if (i !== 0 || !SCALE_WORDS.has(words[i + 1] ?? '')) break;
      current = 1;
      used = i + 1;
      last = 'unit';
      continue;
    }
    if (w === 'and') {
      // "two hundred and fifty": only after a scale word and before a unit or tens word.
      const next = words[i + 1] ?? '';
      if (last !== 'scale' || !(UNIT_WORDS.has(next) || TENS_WORDS.has(next))) break;
      continue;
    }
    const unit = UNIT_WORDS.get(w);
    if (unit !== undefined) {
      if (last === 'unit') break;
      if (last === 'tens' && unit >= 10) break;
      current += unit;
      last = 'unit';
      used = i + 1;
      continue;
    }
    const tens = TENS_WORDS.get(w);
    if (tens !== undefined) {
      if (last === 'unit' || last === 'tens') break;
      current += tens;
      last = 'tens';
      used = i + 1;
      continue;
    }
    const scale = SCALE_WORDS.get(w);
    if (scale !== undefined) {
      if (last === 'none') break;
      if (scale === 100) current = (current || 1) * 100;
      else if (scale === 12) current = (current || 1) * 12;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      last = 'scale';
      used = i + 1;
      continue;
    }
    break;
  }
  if (used === 0) return null;
  return { value: total + current, used };
}

/** A value rounded to three decimals, as the steps report it. */
export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
