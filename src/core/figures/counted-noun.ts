/**
 * The noun a number counts: "10 wealthy countries", "two NASA astronauts", "six-member", and
 * whether a word is a plural noun at all ("countries", "MPs"; not "bus", "analysis").
 */

import type { Candidate } from './candidate.ts';
import {
  IRREGULAR_PLURALS,
  NOT_MEN_PLURALS,
  NOT_NOUNS_EN,
  NOT_NOUNS_OTHER,
} from './data/stopwords.ts';
import { UNIT_FILLERS } from './data/units.ts';
import {
  every,
  isAllCaps,
  isCapitalised,
  isDigit,
  isLetter,
  isLower,
  isUpper,
  isWordChar,
  some,
  type Token,
  tokenAfter,
} from './text-around.ts';

/**
 * The thing counted: the first plural noun within four words ("10 wealthy countries",
 * "two NASA astronauts"), or a hyphenated noun ("six-member", "8-core"). Function words end the
 * search ("40,000 were lost" has no noun). Other languages: the next word when it is not a
 * function word ("206 passagers").
 */
export function readNoun(c: Candidate, text: string, at: number, lang: string): boolean {
  let tok = tokenAfter(text, at);
  if (!tok) return false;
  if (!tok.word && tok.text === '-' && tok.start === at) {
    const next = tokenAfter(text, tok.end);
    if (!next?.word || next.start !== tok.end) return false;
    const lower = next.text.toLowerCase();
    if (NOT_NOUNS_EN.has(lower) || !every(next.text, isLower)) return false;
    c.kind = 'count';
    c.unit = lower.endsWith('s') ? lower : `${lower}s`;
    c.noun = next.text;
    c.end = next.end;
    return true;
  }
  // Letters touching the number are a code, not a noun: "3D photos", "1080p".
  if (tok.word && tok.start === at) return false;
  if (lang !== 'en') {
    if (!tok.word || tok.start - at > 1) return false;
    const lower = tok.text.toLowerCase();
    if (NOT_NOUNS_OTHER.has(lower) || NOT_NOUNS_EN.has(lower)) return false;
    if (some(lower, isDigit) || lower.length < 3) return false;
    c.kind = 'count';
    c.unit = lower;
    c.noun = tok.text;
    c.end = tok.end;
    return true;
  }
  let words = 0;
  let pos = at;
  let compound = false;
  let prevCapital = false;
  let steps = 0;
  while (tok && words < 4 && steps++ < 8) {
    if (!tok.word) {
      // Hyphens inside compounds ("blue-and-orange") continue the phrase; other marks end it.
      if (tok.text === '-' && tok.start === pos && isWordChar(text[tok.end])) {
        compound = true;
        pos = tok.end;
        tok = tokenAfter(text, pos);
        continue;
      }
      // A word in quotation marks is an adjective like any other: eight "critical" security holes.
      if (QUOTE_MARKS.has(tok.text) && tok.start !== at) {
        pos = tok.end;
        tok = tokenAfter(text, pos);
        continue;
      }
      return false;
    }
    const lower = tok.text.toLowerCase();
    const inCompound = compound;
    compound = false;
    pos = tok.end;
    // "two more years", "three additional staff"; the middle of "blue-and-orange"; the end of a
    // capitalised compound ("two Los-Angeles area hospitals").
    const nameEnd = inCompound && isCapitalised(tok.text);
    if (UNIT_FILLERS.has(lower) || (inCompound && text[tok.end] === '-') || nameEnd) {
      if (nameEnd) words++;
      tok = tokenAfter(text, pos);
      continue;
    }
    if (!inCompound && NOT_NOUNS_EN.has(lower)) return false;
    // A model code between the number and its noun is skipped: "six Airbus A321 aircraft".
    if (some(lower, isDigit)) {
      if (!some(lower, isLetter)) return false;
      words++;
      tok = tokenAfter(text, pos);
      continue;
    }
    // The first part of a compound is not the noun: "two Los-Angeles area hospitals".
    if (isPlural(tok.text) && !hyphenedOn(text, tok.end)) {
      c.kind = 'count';
      c.unit = lower;
      c.noun = tok.text;
      c.end = tok.end;
      return true;
    }
    // A name of several capitalised words fills one word's place: "dissented from all five
    // Federal Open Market Committee decisions this year".
    const capital = isCapitalised(tok.text);
    if (!hyphenedOn(text, tok.end) && !(capital && prevCapital)) words++;
    prevCapital = capital;
    tok = tokenAfter(text, pos);
  }
  return false;
}

/**
 * A hyphen joining the word to the next ("Los-Angeles"), not a double hyphen standing for a
 * dash: "three FOMC members--Dallas Fed President Fisher, ..." counts members.
 */
function hyphenedOn(text: string, end: number): boolean {
  return text[end] === '-' && text[end + 1] !== '-';
}

const NOT_PLURAL = /(?:ss|us|is|ics|ous)$/;
// A word of three letters or more before "men": "businessmen", "congressmen", "firemen".
const MEN_PLURAL = /^[a-z]{3,}men$/;
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/** "countries", "people", "MPs"; not "bus", "analysis", "politics", "famous". */
function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  // The plural of a compound of "man": "three South Carolina businessmen", "12 firemen" (not
  // "specimen", "abdomen").
  if (MEN_PLURAL.test(lower) && !NOT_MEN_PLURALS.has(lower) && every(word.slice(1), isLower))
    return true;
  if (word.length < 3 || !word.endsWith('s') || !every(word, isLetter)) return false;
  if (isAllCaps(word.slice(0, -1))) return true;
  return !NOT_PLURAL.test(lower) && every(word.slice(1), (ch) => !isUpper(ch));
}

export function isPluralNoun(tok: Token | null): boolean {
  return !!tok?.word && isPlural(tok.text) && !NOT_NOUNS_EN.has(tok.text.toLowerCase());
}
