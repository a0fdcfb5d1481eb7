import type { Candidate } from './candidate.ts';
import { ERA_AFTER, ERA_BEFORE, MONTHS, WEEKDAYS } from './data/months.ts';
import {
  MODEL_WORDS,
  NAME_WORDS,
  SENTENCE_STARTERS,
  TENOR_NOUNS,
  TITLE_OF_WORDS,
} from './data/name-words.ts';
import {
  BACK_REFERENCE_ORDINALS,
  BACK_REFERENCES,
  EMERGENCY_AFTER,
  EMERGENCY_NUMBERS,
  FURNITURE_NOUNS,
  KIND_COMPOUNDS,
  NUMBER_IDIOMS,
} from './data/stopwords.ts';
import { ONE_IDIOM_UNITS } from './data/units.ts';
import { inCrossLink } from './in-cross-link.ts';
import { isCertaintyIdiom } from './is-certainty-idiom.ts';
import { isEventName } from './is-event-name.ts';
import { isTeaser } from './is-teaser.ts';
import { isTitlePhrase } from './is-title-phrase.ts';
import {
  isAllCaps,
  isCapitalised,
  isDigit,
  isLetter,
  isLower,
  isSpace,
  isUpper,
  isWordChar,
  some,
  type Token,
  tokenAfter,
  tokenBefore,
  tokensAfter,
  tokensBefore,
} from './text-around.ts';

/** What the filter knows about the block a candidate is in. */
export interface BlockContext {
  text: string;
  lang: string;
  /** Most words capitalised (a headline): a capital before a number says nothing there. */
  titleCase: boolean;
  /** A short line of page furniture, a byline, a teaser of another page: nothing in it is a figure. */
  furniture: boolean;
  /** List numbers such as "1. Finland 2. Norway": offsets of those numbers. */
  listNumbers: ReadonlySet<number>;
  /** Phone numbers in the block, as [start, end) ranges. */
  phones: ReadonlyArray<readonly [number, number]>;
}

// A list number: one or two digits, a full stop or bracket, a space (a capital must follow).
const LIST_NUMBER = /(?:^|\s)(\d{1,2})[.)]\s+/g;
// A byline: "By Jane Doe", "Por Josh Max" (a capital must follow).
const BYLINE = /^(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Oo]d)\s+/;

/** Facts about a block computed once for all its candidates (the costlier ones on first use). */
export function blockContext(text: string, lang: string, heading: boolean): BlockContext {
  // A price widget, a score, a gallery counter, a dateline: "87", "from $610.00", "1 / 5",
  // "$7/month". Headings are kept: "12 killed" can be a real headline.
  const few = countWords(text, 13);
  const byline = BYLINE.exec(text);
  const furniture =
    (!heading && few.words <= 2) ||
    (few.words <= 12 && !!byline && isUpper(text[byline[0].length])) ||
    (!heading && few.words <= 12 && isTableRow(text)) ||
    isTeaser(text);
  let titleCase: boolean | undefined;
  return {
    text,
    lang,
    get titleCase() {
      if (titleCase === undefined) {
        const all = countWords(text, Number.POSITIVE_INFINITY);
        titleCase = all.long >= 2 && all.caps / all.long >= 0.7;
      }
      return titleCase;
    },
    furniture,
    listNumbers: /\d[.)]\s/.test(text) ? listNumbers(text) : new Set(),
    phones: phones(text),
  };
}

// Two numbers with a decimal part or a sign, as a quote table prints them: "225.86 -12.99".
const TABLE_NUMBERS = /[-+]?\d+\.\d+%?\s+[-+]?\d+(?:\.\d+)?%?/;

/**
 * A row of a stock-quote table or a scores widget: no lower-case letter at all (tickers and
 * names in capitals) and two numbers side by side: "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%".
 * A paragraph always has lower-case words; a capitals heading rarely has two numbers in a row.
 */
function isTableRow(text: string): boolean {
  return !LOWER_CASE.test(text) && TABLE_NUMBERS.test(text);
}

const LOWER_CASE = /[a-z\u00DF-\u00F6\u00F8-\u00FF]/;

/**
 * Words (space-separated pieces starting with a letter), the long ones (four letters or more)
 * and the long capitalised ones, counting up to `max` words.
 */
function countWords(text: string, max: number): { words: number; long: number; caps: number } {
  let words = 0;
  let long = 0;
  let caps = 0;
  let i = 0;
  while (i < text.length && words < max) {
    while (i < text.length && isSpace(text[i])) i++;
    const start = i;
    while (i < text.length && !isSpace(text[i])) i++;
    if (i === start) break;
    let first = start;
    const open = text[first];
    if (open === '"' || open === '“' || open === '‘' || open === "'" || open === '(') first++;
    if (first >= i || !isLetter(text[first] as string)) continue;
    words++;
    if (i - first > 3) {
      long++;
      if (isCapitalised(text[first] as string)) caps++;
    }
  }
  return { words, long, caps };
}

// Phone numbers: "+44 20 7946 0958", "(555) 123-4567", "1-800-555-0199", "555.123.4567", and
// numbers dialled with a trunk prefix 0, in groups: "0800 028 9276", "020 7946 0958" (a
// quantity never starts with 0 followed by digits, so the 0 marks the phone number).
const PHONE =
  /\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}|\(\d{2,4}\)\s?\d{3,4}[-. ]\d{3,4}|\b\d{1,4}-\d{3}-\d{3}-\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b0\d{2,4}(?:[ -]\d{3,4}){1,2}\b/g;

function phones(text: string): Array<[number, number]> {
  if (!/\d[\d ().-]{6,}\d/.test(text)) return [];
  const out: Array<[number, number]> = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Numbers that enumerate: at the start of the block ("1. Finland"), or two or more consecutive
 * ones in a row ("1. Finland 2. Norway 3. Australia").
 */
function listNumbers(text: string): Set<number> {
  const found: Array<[value: number, at: number]> = [];
  LIST_NUMBER.lastIndex = 0;
  for (let m = LIST_NUMBER.exec(text); m; m = LIST_NUMBER.exec(text)) {
    if (!isUpper(text[m.index + m[0].length])) continue;
    const at = m.index + m[0].indexOf(m[1] as string);
    found.push([Number(m[1]), at]);
  }
  const out = new Set<number>();
  for (let i = 0; i < found.length; i++) {
    const [v, at] = found[i] as [number, number];
    const next = found[i + 1];
    const prev = found[i - 1];
    if (at === 0 || (next && next[0] === v + 1) || (prev && prev[0] === v - 1)) out.add(at);
  }
  return out;
}

/**
 * Step 5: why a candidate is not a figure, or null when it is one. Every rule is a reader's
 * rule for numbers that do not state a quantity: dates, times, names and models, ordinals,
 * list and footnote numbers, phone numbers, formulas, page furniture, vague or idiomatic words.
 */
export function whyNotFigure(c: Candidate, ctx: BlockContext): string | null {
  const { text } = ctx;
  if (ctx.furniture || inCrossLink(ctx.text, c.start)) return 'furniture';
  // A score was read whole by scan-scores (a result word beside it); it has no single value.
  if (c.kind === 'score') return null;
  if (c.value === null && c.kind !== 'measure') return 'no value';
  const core = text.slice(c.numStart, c.numEnd);
  if (isKindCompound(text, c)) return 'name';
  const chunk = chunkAround(text, c.numStart, c.numEnd);
  if (isAddress(chunk)) return 'url';
  if (ctx.phones.some(([s, e]) => c.numStart < e && c.numEnd > s)) return 'phone';
  if (/\d[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}/.test(chunk)) return 'date';
  const after = text.slice(c.numEnd, c.numEnd + 12);
  const beforeText = text.slice(Math.max(0, c.numStart - 12), c.numStart);
  if (c.digits) {
    const digitReason = digitRules(c, ctx, core, after, beforeText);
    if (digitReason) return digitReason;
  } else {
    const wordReason = wordRules(c, ctx, core);
    if (wordReason) return wordReason;
  }
  if (isTenor(text, c) || isSizeName(text, c) || isEventName(text, c)) return 'name';
  if (isTitlePhrase(text, c, ctx.titleCase)) return 'name';
  if (isCertaintyIdiom(text, c)) return 'idiom';
  if (isTime(text, c)) return 'time';
  if (isDate(c, ctx, core) || isEraYear(text, c)) return 'date';
  if (isName(c, ctx)) return 'name';
  if (c.noun && FURNITURE_NOUNS.has(c.noun.toLowerCase())) return 'furniture';
  return null;
}

/**
 * A number hyphened onto a noun that names a kind of thing: "a last-minute 3-pointer",
 * "two-stroke engines", "a two-seater" (not "a 40-foot-tall tree", "a two-year contract").
 */
function isKindCompound(text: string, c: Candidate): boolean {
  if (text[c.numEnd] !== '-') return false;
  const next = tokenAfter(text, c.numEnd + 1);
  return !!next?.word && next.start === c.numEnd + 1 && KIND_COMPOUNDS.has(next.text.toLowerCase());
}

const DOMAIN = /[a-z]\.[a-z]{2,}/i;

/** "SmartAsset.com", "lnolan@breitbart.com", "https://...": numbers in addresses are not figures. */
function isAddress(chunk: string): boolean {
  if (chunk.includes('@') || chunk.includes('://') || chunk.includes('www.')) return true;
  return DOMAIN.test(chunk) && !/^[$€£]/.test(chunk);
}

/** The run of non-space characters around the number (what "Covid-19" or "0x08" look like). */
function chunkAround(text: string, s: number, e: number): string {
  let a = s;
  while (a > 0 && !isSpace(text[a - 1])) a--;
  let b = e;
  while (b < text.length && !isSpace(text[b])) b++;
  return text
    .slice(a, b)
    .replace(/[,;:!?"“”'’)\]]+$/u, '')
    .replace(/^[("“'‘[]+/u, '');
}

/**
 * A tenor hyphened before a security or a contract names it: "The 30-year bond", "Benchmark
 * 10-year notes", "Three-month aluminum on the London Metal Exchange". The bond's life is not
 * what the story measures (its yield and price are); "a four-year high" stays a figure.
 */
function isTenor(text: string, c: Candidate): boolean {
  if (c.kind !== 'duration' || text[c.numEnd] !== '-') return false;
  const next = tokenAfter(text, c.end);
  return !!next?.word && TENOR_NOUNS.has(next.text.toLowerCase());
}

/**
 * A screen size hyphened before a product's capitalised name is part of the name: "the 16-inch
 * MacBook Pro", "higher-end 13-inch MacBook Pro models", "the 12.9-inch iPad Pro" (the display
 * of "a larger 14-inch display" stays a figure; so does a size at a sentence's end).
 */
function isSizeName(text: string, c: Candidate): boolean {
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

function isModelCode(core: string): boolean {
  const m = MODEL_CODE.exec(core);
  return !!m && (m[2] as string).length <= (m[1] as string).length - 2;
}

// "a 360-degree camera", "a 180-degree turn": a kind of view or a reversal, not an angle measured.
const DEGREE_IDIOM = /^(?:180|360)$/;

const LEADING_ZERO = /^0\d/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|er|re|e|ème|eme|º|ª|°(?![CF]))/;
const YEAR = /^(?:1[0-9]|2[01])\d\d$/;
// A hedged year is still a year when another year closes its span: "from at least 2002 to 2005".
const YEAR_TO_YEAR = /^\s*(?:to|through|until|till|and|[-–])\s*(?:1[0-9]|2[01])\d\d\b/;

function digitRules(
  c: Candidate,
  ctx: BlockContext,
  core: string,
  after: string,
  beforeText: string,
): string | null {
  const { text } = ctx;
  const prev = text[c.numStart - 1];
  const next = text[c.numEnd];
  if (ctx.listNumbers.has(c.numStart)) return 'list number';
  // "Boeing's 787-9 Dreamliner jets": an aircraft or product model, not a range.
  if (isModelCode(core)) return 'name';
  // "its popular 737 Max jet", "the 787 Dreamliner": the rest of the model's name follows.
  if (c.kind === 'number' || c.kind === 'count') {
    const word = tokenAfter(text, c.numEnd);
    if (word?.word && isCapitalised(word.text) && MODEL_WORDS.has(word.text.toLowerCase())) {
      return 'name';
    }
  }
  if (DEGREE_IDIOM.test(core) && /^-degree/i.test(after)) return 'idiom';
  // "0-62 mph in 6.6 seconds", "0-60 in 4.2 seconds": the name of an acceleration test; the
  // time is the figure.
  if (
    c.joined &&
    c.value === 0 &&
    (c.unit === 'mph' || c.unit === 'km/h' || /^\s+in\s+\d/.test(text.slice(c.end, c.end + 8)))
  ) {
    return 'name';
  }
  // "028", "0800", "007": an amount is never written with a leading zero; a code, a dialling
  // prefix or an agent's number is ("0.5" and "0,5" are decimals, not caught here).
  if (LEADING_ZERO.test(core)) return 'code';
  // "1st", "21st", "3rd", "1er", "3e", "1º".
  const ordinal = ORDINAL_SUFFIX.exec(after);
  if (ordinal && !isLetter(after[ordinal[0].length]) && c.kind !== 'measure') return 'ordinal';
  // "Covid-19", "F-35", "MS-04", "LGP-30": a number hyphened onto a word is part of a name.
  // Not a unit written before the number: "the magnitude-5.8 quake" (see 03-unit).
  if (prev === '-' && isWordChar(text[c.numStart - 2]) && c.start === c.numStart) return 'name';
  // "#1", "No.1", "[3]", "(2)" alone: list and footnote markers.
  if (prev === '#' || prev === '№') return 'list number';
  if (prev === '[' && next === ']') return 'footnote';
  if (prev === '(' && next === ')' && c.kind === 'number' && core.length <= 2) return 'list number';
  // "1.8.3", "10.10.1": versions.
  if (/^\.\d/.test(after) || /\d\.$/.test(beforeText)) return 'version';
  // "10^5", "2^15 - 1": formulas.
  if (next === '^' || prev === '^' || /\^\d+\s*[-+]\s*$/.test(beforeText)) return 'formula';
  // "24/7", "9/11", "3/4": dates, idioms and scores more often than fractions.
  if (
    (next === '/' && /\d/.test(text[c.numEnd + 1] ?? '')) ||
    (prev === '/' && /\d/.test(text[c.numStart - 2] ?? ''))
  ) {
    return 'slash';
  }
  // "1960s", "’91", "the 80s": decades and clipped years.
  const plural = /^['’]?s/.exec(after);
  if (plural && !isLetter(after[plural[0].length]) && c.end === c.numEnd) return 'decade';
  if ((prev === '’' || prev === "'") && /^\d\d$/.test(core)) return 'year';
  // Letters touching the number that no step read as a unit: "3D", "4K", "1080p", "0x08", "5G".
  if (isWordChar(next) && c.end === c.numEnd) return 'code';
  if (c.end === c.numEnd && next === '-' && isUpper(text[c.numEnd + 1])) return 'name';
  // Years: 1000-2199 written plain (edited news writes counts that large with a separator:
  // "1,500 people"), with no unit, money, scale, per cent or hedge: "in 2019", "2003 results".
  if (
    YEAR.test(core) &&
    c.scale === 1 &&
    (!c.hedged || YEAR_TO_YEAR.test(text.slice(c.end, c.end + 12))) &&
    (c.kind === 'number' || c.kind === 'count')
  ) {
    return 'year';
  }
  // "make 911 calls", "a 999 operator": an emergency number names the service.
  if (EMERGENCY_NUMBERS.has(core)) {
    const word = tokenAfter(text, c.numEnd);
    if (word?.word && EMERGENCY_AFTER.has(word.text.toLowerCase())) return 'name';
  }
  // "los años 90", "les années 80": decades in Spanish, Portuguese and French.
  if (/^\d0$/.test(core)) {
    const cue = tokenBefore(text, c.start);
    if (cue?.word && /^(?:años|anos|années|anni)$/i.test(cue.text)) return 'decade';
  }
  return null;
}

function wordRules(c: Candidate, ctx: BlockContext, core: string): string | null {
  const { text } = ctx;
  const lower = core.toLowerCase();
  const first = tokenAfter(text, c.numStart) as Token;
  // "Xbox One X", "Air Force One", "NINE NETWORK": a capitalised number word inside a sentence,
  // or in capitals, is part of a name.
  if (isAllCaps(first.text)) return 'name';
  // "zero-gravity", "zero-tolerance", "a zero-sum game": "zero" hyphened onto a noun is a kind.
  if (lower === 'zero' && text[c.numEnd] === '-') return 'idiom';
  if (isCapitalised(first.text) && !atSentenceStart(text, c.start) && !ctx.titleCase) return 'name';
  // "a two-state solution", "a one-way street".
  const hyphen = tokenAfter(text, first.end);
  const second =
    hyphen?.text === '-' && hyphen.start === first.end ? tokenAfter(text, hyphen.end) : null;
  if (second?.word && second.start === hyphen?.end) {
    if (NUMBER_IDIOMS.has(`${first.text}-${second.text}`.toLowerCase())) return 'idiom';
  }
  if (c.kind === 'fraction') {
    if (c.value === null) return 'ordinal';
    // "a third of voters" is a fraction; "a third term", "the first quarter" are ordinals.
    const single = /^(?:an?\s+|one[\s-]+)?(?:third|quarter|fourth|fifth|sixth|eighth|tenth)$/.test(
      lower,
    );
    if (single && !/^\s+of\b/.test(text.slice(c.numEnd, c.numEnd + 5)) && !isChangeBy(text, c)) {
      return 'ordinal';
    }
    if (lower === 'half') return halfRule(c, text);
    return null;
  }
  // "one or two", "one or another": vague.
  if (c.joined && c.value === 1 && /^one\b/.test(lower)) return 'vague';
  // A bare "one" is a pronoun or an article ("one of the most important papers", "one day"),
  // except before a unit of measure: "compressed from an original one terabyte-size file" (not
  // feet and inches: "one foot in the door").
  if (c.value === 1 && !c.joined && c.scale === 1 && !isMeasuredOne(c)) return 'one';
  // "the two sides", "its three children": referring back to things already counted.
  const det = tokenBefore(text, c.start);
  const counted = c.kind === 'count' || c.kind === 'number' || c.kind === 'duration';
  if (counted && det?.word && BACK_REFERENCES.has(det.text.toLowerCase()) && !c.hedged) {
    return 'back reference';
  }
  // "The other two contractors", "the remaining three": the ones already told of (not
  // durations: "the other two years" may still measure time).
  if (
    counted &&
    c.kind !== 'duration' &&
    !c.hedged &&
    det?.word &&
    BACK_REFERENCE_ORDINALS.has(det.text.toLowerCase())
  ) {
    const the = tokenBefore(text, det.start);
    if (the?.word && BACK_REFERENCES.has(the.text.toLowerCase())) return 'back reference';
  }
  // After a possessive too (the guide's "a possessive"): "the world’s two largest economies",
  // "Smith's three children".
  // Not a compound adjective: "the company’s five-year plan" is the plan's length.
  if (
    counted &&
    !c.hedged &&
    c.kind !== 'duration' &&
    text[c.numEnd] !== '-' &&
    det?.text === 's' &&
    isApostrophe(text[det.start - 1])
  ) {
    return 'back reference';
  }
  // A spelled-out number with nothing counted after it is not a figure ("the two of them", "one
  // in the morning"), unless a hedge says how many ("two or more") or it is a part of a stated
  // whole ("Ten of the 18 staffers", "Seven of LeBron’s assists").
  if (c.kind === 'number' && !c.hedged && !c.joined && !isPartitive(text, c.end)) return 'no noun';
  return null;
}

/**
 * "the spacecraft mass could be reduced by a third": a fraction after "by" that closes the
 * phrase is the size of a change (not "hacked by a third party": a noun follows the ordinal).
 */
function isChangeBy(text: string, c: Candidate): boolean {
  const prev = tokenBefore(text, c.start);
  if (!prev?.word || prev.text.toLowerCase() !== 'by') return false;
  const next = tokenAfter(text, c.end);
  return !next?.word || AFTER_CHANGE_BY.has(next.text.toLowerCase());
}

// Words that may follow "by a third" without making it an ordinal of a noun.
const AFTER_CHANGE_BY = new Set(
  'by in to from since over and or compared last this after before on at with while'.split(' '),
);

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’';
}

// "of the 18", "of these 20": a part of a whole counted in digits.
const PART_OF_COUNT = /^\s+of\s+(?:the|these|those|its|their|his|her|our)\s+\d/i;
// "of LeBron’s assists", "of Smith's votes": a part of someone's things.
const PART_OF_OWNER = /^\s+of\s+\p{Lu}[\p{L}-]*['’]s?\s+\p{L}/u;

/** "Ten of the 18 staffers", "Seven of LeBron’s assists": a part of a stated whole. */
function isPartitive(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return PART_OF_COUNT.test(after) || PART_OF_OWNER.test(after);
}

function isMeasuredOne(c: Candidate): boolean {
  return c.kind === 'measure' && c.unit !== null && !ONE_IDIOM_UNITS.has(c.unit);
}

/** "half" is a figure before "of", "the", "a"/"an" or a possessive; not in "second half". */
function halfRule(c: Candidate, text: string): string | null {
  if (c.kind === 'duration') return null;
  const prev = tokenBefore(text, c.start);
  if (prev?.word && /^(?:first|second|other|latter|final|back|and)$/i.test(prev.text))
    return 'ordinal';
  const next = tokenAfter(text, c.end);
  if (
    next?.word &&
    /^(?:of|the|a|an|its|their|his|her|our|all|them|that|those|these)$/i.test(next.text)
  ) {
    return null;
  }
  return 'vague';
}

function atSentenceStart(text: string, at: number): boolean {
  const prev = tokenBefore(text, at);
  return !prev || (!prev.word && /[.!?:"“‘'(\-–—]/.test(prev.text));
}

// "9:30", "9:30am", "4 a.m.", "8:51 p.m.", "5h45", "10 Uhr", "ten o'clock" (matched on lower case);
// "1451 GMT", "1:28 AM ET" (time zones in capitals only: French "86 et 42" is "86 and 42").
const TIME_AFTER = /^(?:\s?(?:a\.m\.|p\.m\.|am|pm|a\.m|p\.m|uhr|hrs|h\d\d|o['’]clock))(?![a-z])/;
const ZONE_AFTER =
  /^\s?(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|IST|JST|AEST|AEDT)(?![A-Za-z])/;
// "9:30", and also a score such as "4:1".
const CLOCK = /^:\d/;

function isTime(text: string, c: Candidate): boolean {
  if (c.kind !== 'number' && c.kind !== 'count') return false;
  if (CLOCK.test(text.slice(c.numEnd, c.numEnd + 2))) return true;
  if (text[c.numStart - 1] === ':' && /\d/.test(text[c.numStart - 2] ?? '')) return true;
  if (/^h\d\d/.test(text.slice(c.numEnd, c.numEnd + 3))) return true;
  for (const at of [c.end, c.numEnd]) {
    const after = text.slice(at, at + 10);
    if (TIME_AFTER.test(after.toLowerCase()) || ZONE_AFTER.test(after)) return true;
  }
  return false;
}

/**
 * A bare number with an era mark is a year of any size: "dates at 190 A.D.", "in 500 BC",
 * "AD 79" (not "190 ADs": the mark must end there).
 */
function isEraYear(text: string, c: Candidate): boolean {
  if (!c.digits || c.kind !== 'number') return false;
  return (
    ERA_AFTER.test(text.slice(c.numEnd, c.numEnd + 8)) ||
    ERA_BEFORE.test(text.slice(Math.max(0, c.numStart - 6), c.numStart))
  );
}

const LEADING_NUMBER = /^\d+/;

/**
 * A day or a year beside a month name ("March 18", "18 March", "Dec. 1, 2016", "1. ledna",
 * "18 de março", "mardi 5 mai"), or a day after a weekday.
 */
function isDate(c: Candidate, ctx: BlockContext, core: string): boolean {
  if (!c.digits || c.kind === 'money' || c.kind === 'percent' || c.kind === 'measure') return false;
  if (c.kind === 'duration') return false;
  // A range of days reads by its first day: "March 10-12".
  const first = c.joined ? (LEADING_NUMBER.exec(core)?.[0] ?? core) : core;
  const n = Number(first);
  if (!Number.isInteger(n)) return false;
  const day = n >= 1 && n <= 31;
  const year = YEAR.test(first);
  if (!day && !year) return false;
  const { text } = ctx;
  // The month may be separated by "." (abbreviation, German and Czech ordinals), ",", "de", "of".
  const before = tokensBefore(text, c.numStart, 4).filter(
    (t) => !/^(?:[.,]|de|of|the)$/i.test(t.text),
  );
  const after = tokensAfter(text, c.numEnd, 4).filter((t) => !/^(?:[.,]|de|of)$/i.test(t.text));
  const isMonth = (t: Token | undefined) =>
    !!t?.word && MONTHS.has(t.text.toLowerCase()) && (ctx.lang !== 'en' || isCapitalised(t.text));
  if (isMonth(before[0]) || isMonth(after[0])) return true;
  const wd = before[0];
  return (
    day &&
    !!wd?.word &&
    WEEKDAYS.has(wd.text.toLowerCase()) &&
    (ctx.lang !== 'en' || isCapitalised(wd.text))
  );
}

/**
 * A number that labels rather than counts: after a label word ("Section 230", "version 5.3",
 * "No. 1"), or after a capitalised word that is not a sentence opener ("Windows 10",
 * "Xbox 360", "Gears of War 4", "Building 24"), or after a model code ("i7 4790k").
 * Money, per cent and measures are never names ("Apple $1,000", "OS X 10.10 GB" is absurd).
 */
function isName(c: Candidate, ctx: BlockContext): boolean {
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
