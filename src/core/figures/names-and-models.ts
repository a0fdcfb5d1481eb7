/**
 * Numbers that are part of a name rather than a quantity (05-filter's 'name' reason): a kind
 * hyphened on ("a 3-pointer"), a bond's tenor ("the 30-year bond"), a screen size in a product's
 * name ("the 16-inch MacBook Pro"), a model code ("787-9"), and a number that labels ("Section
 * 230", "Windows 10", "i7 4790k").
 */

import type { BlockContext } from './05-filter.ts';
import type { Candidate } from './candidate.ts';
import { MONTHS, WEEKDAYS } from './data/months.ts';
import {
  NAME_WORDS,
  SENTENCE_STARTERS,
  TENOR_NOUNS,
  TITLE_OF_WORDS,
  VERB_NAME_WORDS,
} from './data/name-words.ts';
import { KIND_COMPOUNDS } from './data/stopwords.ts';
import {
  atSentenceStart,
  isCapitalised,
  isDigit,
  isLetter,
  isLower,
  isUpper,
  some,
  tokenAfter,
  tokenBefore,
} from './text-around.ts';

/**
 * A number hyphened onto a noun that names a kind of thing: "a last-minute 3-pointer",
 * "two-stroke engines", "a two-seater" (not "a 40-foot-tall tree", "a two-year contract").
 */
export function isKindCompound(text: string, c: Candidate): boolean {
  if (text[c.numEnd] !== '-') return false;
  const next = tokenAfter(text, c.numEnd + 1);
  return !!next?.word && next.start === c.numEnd + 1 && KIND_COMPOUNDS.has(next.text.toLowerCase());
}

/**
 * A tenor hyphened before a security or a contract names it: "The 30-year bond", "Benchmark
 * 10-year notes", "Three-month aluminum on the London Metal Exchange". The bond's life is not
 * what the story measures (its yield and price are); "a four-year high" stays a figure.
 */
export function isTenor(text: string, c: Candidate): boolean {
  if (c.kind !== 'duration' || text[c.numEnd] !== '-') return false;
  const next = tokenAfter(text, c.end);
  return !!next?.word && TENOR_NOUNS.has(next.text.toLowerCase());
}

/**
 * A screen size hyphened before a product's capitalised name is part of the name: "the 16-inch
 * MacBook Pro", "higher-end 13-inch MacBook Pro models", "the 12.9-inch iPad Pro" (the display
 * of "a larger 14-inch display" stays a figure; so does a size at a sentence's end).
 */
export function isSizeName(text: string, c: Candidate): boolean {
  if (c.unit !== 'in' || !SIZE_HYPHENED.test(text.slice(c.numStart, c.end))) return false;
  const next = tokenAfter(text, c.end);
  return !!next?.word && next.start === c.end + 1 && PRODUCT_NAME.test(next.text);
}

// "13-inch", "12.9-inch": the size hyphened onto its unit.
const SIZE_HYPHENED = /^[\d.]+-inch$/i;
// A capitalised name, or Apple's lower-case i before a capital ("MacBook", "iPad").
const PRODUCT_NAME = /^(?:[A-Z]|i[A-Z])/;

// A model code: a number of three digits or more, a dash, a much shorter number: "787-9",
// "747-8" (a range or a score has ends of similar length: "25-54", "112-107", "100-98").
const MODEL_CODE = /^(\d{3,})[-–](\d+)$/;

export function isModelCode(core: string): boolean {
  const m = MODEL_CODE.exec(core);
  return !!m && (m[2] as string).length <= (m[1] as string).length - 2;
}

/**
 * A number that labels rather than counts: after a label word ("Section 230", "version 5.3",
 * "No. 1"), or after a capitalised word that is not a sentence opener ("Windows 10",
 * "Xbox 360", "Gears of War 4", "Building 24"), or after a model code ("i7 4790k").
 * Money, per cent and measures are never names ("Apple $1,000", "OS X 10.10 GB" is absurd).
 */
export function isName(c: Candidate, ctx: BlockContext): boolean {
  if (c.kind === 'money' || c.kind === 'percent' || c.kind === 'measure') return false;
  // "Apple doubled its profit": a multiple follows its subject, never labels it.
  if (c.kind === 'duration' || c.kind === 'multiple' || c.hedged) return false;
  const { text } = ctx;
  // A number word opening a sentence labels nothing: "... against the Thunder. Seven of
  // LeBron’s assists" (the full stop is not the one of "No. 1").
  if (!c.digits && atSentenceStart(text, c.start)) return false;
  let prev = tokenBefore(text, c.start);
  // "No. 1", "p. 3", "Vol. 2".
  if (prev && !prev.word && prev.text === '.') prev = tokenBefore(text, prev.start);
  if (!prev?.word) return false;
  const lower = prev.text.toLowerCase();
  // "build 1.5" names a build; "build 1.5 million new homes" counts homes (see VERB_NAME_WORDS).
  // In digits only, the form the pool showed: a spelled-out count after the verb ("to build two
  // new versions of the presidential plane", blind 8's bloomberg) stays dropped, because there
  // it repeats a count told later under another noun ("two planes"), which step 7 cannot
  // merge.
  if (VERB_NAME_WORDS.has(lower) && c.digits && c.kind === 'count' && c.noun !== null) {
    return false;
  }
  if (NAME_WORDS.has(lower)) return true;
  // "New episodes of 24, Desperate Housewives ...": a bare number after "episodes of" is a title.
  if (lower === 'of' && c.kind === 'number') {
    const owner = tokenBefore(text, prev.start);
    if (owner?.word && TITLE_OF_WORDS.has(owner.text.toLowerCase())) return true;
  }
  // A model code before the number: "i7 4790k"; a brand in mixed case: "iPhone 4", "eBay 2".
  if (some(prev.text, isLetter) && some(prev.text, isDigit)) return true;
  if (isLower(prev.text[0]) && some(prev.text, isUpper)) return true;
  if (ctx.titleCase || !isCapitalised(prev.text)) return false;
  if (SENTENCE_STARTERS.has(lower) || MONTHS.has(lower) || WEEKDAYS.has(lower)) return false;
  // A capital that starts the sentence says nothing ("Nearly 40 ..." is caught above; "Police
  // 40 ..." does not happen); a capital inside it is a name.
  return !atSentenceStart(text, prev.start) || !c.noun;
}
