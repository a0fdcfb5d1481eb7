import { parseNumberWords } from './02-parse-value.ts';
import type { Candidate } from './candidate.ts';
import { isTouchingSign } from './currency.ts';
import {
  DECADE_WORDS,
  FRACTION_WORDS,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
} from './data/number-words.ts';
import { POSSESSIVE_DETERMINERS } from './data/stopwords.ts';
import { isWordChar } from './text-around.ts';

/**
 * Step 1: every number written in a block, as a bare candidate (offsets of the number only;
 * 03-unit grows it to the whole figure). Digits in any language; spelled-out numbers, fractions
 * ("a third", "two-thirds", "half") and "a year and a half" in English.
 */

// Digits, with thousands grouped by commas, dots or non-breaking spaces ("1,234", "40.000",
// "2 209" with a no-break space), an optional decimal part and an optional vulgar fraction
// ("6 ½"). Not preceded by a letter or digit (checked in code): "i7", "MS04" are names.
const GROUP = String.raw`\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[\u00A0\u202F]\d{3})+)(?![\d])`;
const PLAIN = String.raw`\d+`;
const DECIMAL = String.raw`(?:[.,]\d+)?`;
const VULGAR = String.raw`(?:[ \u00A0]?[½¼¾⅓⅔⅕⅛])?`;
const DIGITS = new RegExp(String.raw`(?<![\d_])(?:${GROUP}|${PLAIN})${DECIMAL}${VULGAR}`, 'g');
// French and Czech also group with a plain space: "2 209 Français", "5 500 morts".
const SPACE_GROUP = String.raw`\d{1,3}(?: \d{3})+(?![\d])`;
const DIGITS_SPACED = new RegExp(
  String.raw`(?<![\d_])(?:${GROUP}|${SPACE_GROUP}|${PLAIN})${DECIMAL}${VULGAR}`,
  'g',
);
const SPACE_GROUPING_LANGS = new Set(['fr', 'cs', 'sk', 'pl', 'ru', 'sv', 'nb', 'no', 'fi']);

const NUMBER_WORD = [...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), ...SCALE_WORDS.keys()].join('|');
// One English number word; the run it starts ("two hundred and fifty", "twenty-five") is read
// on from there by NEXT_NUMBER_WORD, and "a" before a scale word joins it ("a dozen").
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...SCALE_WORDS.keys(),
]);
// Words that may be number words: 3 to 9 letters, starting with a letter some number word
// starts with (zero, one, two ... dozen). A set lookup then picks the real ones out; this is
// cheaper than one long alternation over the whole text.
const ASCII_WORD = /(?<![A-Za-z])[zotfsenhmbdZOTFSENHMBD][a-z]{2,8}(?![A-Za-z])/g;
const NEXT_NUMBER_WORD = new RegExp(String.raw`(?:-|\s+|\s+and\s+)(?:${NUMBER_WORD})\b`, 'iy');
const A_BEFORE = /\ban?\s+$/i;
// A fraction word: "half", "thirds", "quarter"; a numerator before it is read separately
// ("a third", "two-thirds", "one-fifth", "three quarters").
const FRACTION_NAMES = [...FRACTION_WORDS.keys()].join('|');
const FRACTION = new RegExp(String.raw`\b(?:${FRACTION_NAMES})\b`, 'gi');
const NUMERATOR_BEFORE = /\b(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+$/i;
// "a year and a half": the only "a" + unit that is a figure (see the labelling guide).
const AND_A_HALF =
  /\b(?:an?|one)\s+(?:year|month|week|day|hour|minute|decade|century)\s+and\s+a\s+half\b/gi;

function bare(block: number, start: number, end: number, digits: boolean): Candidate {
  return {
    block,
    start,
    end,
    numStart: start,
    numEnd: end,
    digits,
    value: null,
    unit: null,
    kind: 'number',
    noun: null,
    scale: 1,
    hedged: false,
    joined: false,
  };
}

/** All number candidates in one block's text, in text order. */
export function scanBlock(text: string, block: number, lang: string): Candidate[] {
  const out: Candidate[] = [];
  const re = SPACE_GROUPING_LANGS.has(lang) ? DIGITS_SPACED : DIGITS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Digits touching a letter before them belong to a name or code: "i7", "MS04", "G7".
    // Except a currency sign written against its number: "RM6.162 million", "R4bn".
    if (isWordChar(text[m.index - 1]) && !isTouchingSign(text, m.index)) continue;
    out.push(bare(block, m.index, m.index + m[0].length, true));
  }
  if (lang === 'en') scanWords(text, block, out);
  return out.sort((a, b) => a.start - b.start);
}

function scanWords(text: string, block: number, out: Candidate[]): void {
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([ts, te]) => s < te && e > ts);
  const lower = text.toLowerCase();
  if (lower.includes('and a half')) {
    AND_A_HALF.lastIndex = 0;
    for (let m = AND_A_HALF.exec(text); m; m = AND_A_HALF.exec(text)) {
      out.push(bare(block, m.index, m.index + m[0].length, false));
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const numerator = NUMERATOR_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
    const s = m.index - (numerator ? numerator[0].length : 0);
    const e = m.index + m[0].length;
    if (overlaps(s, e)) continue;
    out.push(bare(block, s, e, false));
    taken.push([s, e]);
  }
  ASCII_WORD.lastIndex = 0;
  for (let m = ASCII_WORD.exec(text); m; m = ASCII_WORD.exec(text)) {
    if (DECADE_WORDS.has(m[0].toLowerCase())) {
      const s = ageDecadeStart(text, m.index);
      if (s !== null && !overlaps(s, m.index + m[0].length)) {
        out.push(bare(block, s, m.index + m[0].length, false));
      }
      continue;
    }
    if (!NUMBER_WORDS.has(m[0].toLowerCase())) continue;
    // Whole words only: not the "one" of "one2one" or "Covid19one".
    if (/\d/.test(text[m.index - 1] ?? '') || /\d/.test(text[m.index + m[0].length] ?? ''))
      continue;
    let s = m.index;
    let e = s + m[0].length;
    NEXT_NUMBER_WORD.lastIndex = e;
    for (let n = NEXT_NUMBER_WORD.exec(text); n; n = NEXT_NUMBER_WORD.exec(text)) {
      e = n.index + n[0].length;
      NEXT_NUMBER_WORD.lastIndex = e;
    }
    ASCII_WORD.lastIndex = e;
    const a = A_BEFORE.exec(text.slice(Math.max(0, s - 4), s));
    if (a && SCALE_WORDS.has((m[0] as string).toLowerCase())) s -= a[0].length;
    if (overlaps(s, e)) continue;
    splitRun(text, s, e, block, out);
  }
}

// "in their eighties", "in his late forties", "in her mid-thirties": a possessive, then perhaps
// where in the decade.
const AGE_DECADE_BEFORE = /(?:\bin\s+)?\b([A-Za-z]+)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/**
 * Where an age told as a decade starts ("now in their eighties": 80 years, figures12, blind 9's
 * newyorker), or null: a decade word after a possessive is someone's age; after "the" it is a
 * date ("in the eighties"), never scanned.
 */
function ageDecadeStart(text: string, at: number): number | null {
  const m = AGE_DECADE_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  if (!m || !POSSESSIVE_DETERMINERS.has((m[1] as string).toLowerCase())) return null;
  return at - m[0].length;
}

const RUN_PART = /[A-Za-z]+/g;

/** Split a run such as "two or three" or "one two" into the numbers it holds. */
function splitRun(text: string, s: number, e: number, block: number, out: Candidate[]): void {
  const parts: Array<[string, number, number]> = [];
  RUN_PART.lastIndex = 0;
  const run = text.slice(s, e);
  for (let m = RUN_PART.exec(run); m; m = RUN_PART.exec(run)) {
    parts.push([m[0].toLowerCase(), s + m.index, s + m.index + m[0].length]);
  }
  let i = 0;
  while (i < parts.length) {
    const parsed = parseNumberWords(parts.slice(i).map((p) => p[0]))?.used ?? 0;
    if (parsed === 0) {
      i++;
      continue;
    }
    const first = parts[i] as [string, number, number];
    const last = parts[i + parsed - 1] as [string, number, number];
    out.push(bare(block, first[1], last[2], false));
    i += parsed;
  }
}
