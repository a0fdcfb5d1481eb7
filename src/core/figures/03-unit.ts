import { parseDigits, parseNumberWords } from './02-parse-value.ts';
import type { Candidate } from './candidate.ts';
import {
  CURRENCY_INHERIT_AFTER,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DOLLAR_NATIONS,
} from './data/currencies.ts';
import { HEDGES_AFTER, HEDGES_BEFORE } from './data/hedges.ts';
import { MULTI_WORD_MULTIPLIERS, MULTIPLIERS, type Multiplier } from './data/multipliers.ts';
import { FRACTION_WORDS, SCALE_WORDS, UNIT_WORDS } from './data/number-words.ts';
import { PERCENT_FORMS } from './data/percent-words.ts';
import { AGE_CUES, IRREGULAR_PLURALS, NOT_NOUNS_EN, NOT_NOUNS_OTHER } from './data/stopwords.ts';
import { RATE_PERIODS, UNIT_FILLERS, UNITS, UNITS_BEFORE, type Unit } from './data/units.ts';
import {
  every,
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
  tokensBefore,
} from './text-around.ts';

/**
 * Step 3: grow each bare number into the figure as written and say what it is. To the left: a
 * currency sign ("$", "US$", "€"), a hedge ("more than"), an age cue ("aged"). To the right: a
 * scale word ("billion", "bn", "Mrd."), per cent, a currency word ("yuan", "$100 Australian"),
 * a unit ("km", "12GB", "40-foot"), "times", or the counted noun ("10 wealthy countries").
 * Sets value (scale applied), unit, kind and the span. Nothing is dropped here.
 */
export function attachUnit(c: Candidate, text: string, lang: string): void {
  const core = text.slice(c.numStart, c.numEnd);
  if (c.digits) c.value = parseDigits(core, lang);
  else {
    const form = readWordForms(c, core, text);
    if (form === 'done') {
      readLeft(c, text);
      return;
    }
    if (form === 'none') c.value = wordsValue(core);
  }
  readLeft(c, text);
  readRight(c, text, lang);
  if (c.unit === null && c.digits) readUnitBefore(c, text);
}

/**
 * A unit written before the number, right before it or hyphened on: "the Washington Monument
 * developed a crack from the magnitude-5.8 quake", "a magnitude 7.1 earthquake" (UNITS_BEFORE).
 */
function readUnitBefore(c: Candidate, text: string): void {
  const gap = text[c.start - 1];
  if (gap !== '-' && gap !== ' ') return;
  const word = tokenBefore(text, c.start - 1);
  if (!word?.word || word.end !== c.start - 1) return;
  const unit = UNITS_BEFORE.get(word.text.toLowerCase());
  if (!unit) return;
  setUnit(c, unit, c.end, word.text);
  c.start = word.start;
}

// ---------------------------------------------------------------------------------------------
// Spelled-out forms that carry their own unit: fractions and "a year and a half".

const AND_A_HALF = /^(?:an?|one)\s+([a-z]+)\s+and\s+a\s+half$/i;
const WORD_SPLIT = /[\s-]+/;

function wordsValue(core: string): number | null {
  return parseNumberWords(core.toLowerCase().split(WORD_SPLIT))?.value ?? null;
}

/**
 * Fractions and "a year and a half". 'done': the figure is complete; 'number': a value was read
 * and the unit is still to read on the right ("half a trillion dollars"); 'none': an ordinary
 * spelled-out number.
 */
function readWordForms(c: Candidate, core: string, text: string): 'done' | 'number' | 'none' {
  const half = AND_A_HALF.exec(core);
  if (half) {
    const unit = UNITS.get((half[1] as string).toLowerCase());
    c.value = 1.5;
    c.unit = unit?.unit ?? null;
    c.kind = 'duration';
    c.noun = half[1] as string;
    return 'done';
  }
  const parts = core.toLowerCase().split(WORD_SPLIT);
  const last = parts[parts.length - 1] as string;
  const denominator = FRACTION_WORDS.get(last);
  if (denominator === undefined) return 'none';
  const first = parts[0] as string;
  const numerator =
    parts.length === 1
      ? last === 'half'
        ? 1
        : undefined
      : first === 'a' || first === 'an'
        ? 1
        : UNIT_WORDS.get(first);
  // A lone "third" or "quarter" is an ordinal: no value, 05-filter drops it.
  c.value = numerator === undefined ? null : round(numerator / denominator);
  c.kind = 'fraction';
  c.unit = 'fraction';
  if (c.value === null) return 'done';
  // "half a trillion dollars": half of a scale, then the unit as for any number.
  const scale = HALF_OF_SCALE.exec(ahead(text, c.end, 24));
  if (scale && numerator === 1) {
    c.value = round(c.value * (SCALE_WORDS.get(scale[1] as string) as number));
    c.kind = 'number';
    c.unit = null;
    c.end += scale[0].length;
    c.numEnd = c.end;
    return 'number';
  }
  // "a half-point cut", "a quarter of a point": interest rates move in points.
  const point = POINTS_AFTER.exec(ahead(text, c.end, 32));
  if (point) {
    c.kind = 'percent';
    c.unit = 'percentage points';
    c.end += point[0].length;
    return 'done';
  }
  if (last === 'half' && numerator === 1) readHalfOf(c, text);
  return 'done';
}

const HALF_OF_SCALE = /^\s+an?\s+(hundred|thousand|million|billion|trillion|dozen)(?![a-z])/;
const POINTS_AFTER = /^(?:-|\s+|\s+of\s+an?\s+)(?:percentage[\s-]+)?points?(?![a-z])/;

// "half a century" is 50 years, "half an hour" 0.5 hours, "a half-century" 50 years.
const HALF_OF_UNIT = /^(?:\s+an?\s+|-|\s+)([A-Za-z]+)/;

function readHalfOf(c: Candidate, text: string): void {
  const m = HALF_OF_UNIT.exec(text.slice(c.end, c.end + 20));
  const unit = m ? UNITS.get((m[1] as string).toLowerCase()) : undefined;
  if (!m || !unit || unit.kind !== 'duration') return;
  c.kind = 'duration';
  c.end += m[0].length;
  c.noun = m[1] as string;
  // Centuries and decades read as years: "half a century" is "50 years" to a reader.
  if (unit.unit === 'centuries') [c.value, c.unit] = [50, 'years'];
  else if (unit.unit === 'decades') [c.value, c.unit] = [5, 'years'];
  else c.unit = unit.unit;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Left of the number.

const SIGN_CODES = new Map(CURRENCY_SIGNS.map(([s, code]) => [s, code]));
const HEDGES = new Set(HEDGES_BEFORE);
const HEDGE_WORDS = Math.max(...HEDGES_BEFORE.map((h) => h.split(' ').length));
// The last words of every hedge ("than", "more than", "a little more than"): reading back from
// a number stops as soon as the words read end no hedge, since no longer phrase can be one.
const HEDGE_SUFFIXES = new Set(
  HEDGES_BEFORE.flatMap((h) => {
    const words = h.split(' ');
    return words.map((_, k) => words.slice(k).join(' '));
  }),
);

// The last character of every currency sign ("$", "€", "D" of "USD"): a number not preceded by
// one of them has no sign before it, and the signs need not be tried one by one.
const SIGN_ENDINGS = new Set(CURRENCY_SIGNS.map(([s]) => s[s.length - 1]));

/** Where a currency sign right before `at` starts (one space allowed): "$28.2bn", "R$ 3,5". */
function signBefore(text: string, at: number): { code: string; start: number } | null {
  const end = text[at - 1] === ' ' || text[at - 1] === '\u00A0' ? at - 1 : at;
  if (!SIGN_ENDINGS.has(text[end - 1])) return null;
  for (const [sign, code] of CURRENCY_SIGNS) {
    const start = end - sign.length;
    if (start < 0 || !text.startsWith(sign, start)) continue;
    // Letter signs stand alone ("USD 4m", not "XUSD 4"); so does a sign after a space ("in $4").
    if (isWordChar(text[start - 1]) && isLetter(sign[0])) continue;
    return { code, start };
  }
  return null;
}

/** Where a hedge right before `at` starts: "more than 200", "nearly $16 trillion". */
export function hedgeBefore(text: string, at: number): number | null {
  let phrase = '';
  let best: number | null = null;
  let from = at;
  // Token by token (as tokensBefore reads them), so that the words not needed are not read:
  // before "200" in "the company said 200", "said" ends no hedge and the reading stops there.
  for (let k = 0; k < HEDGE_WORDS; k++) {
    const tok = tokenBefore(text, from);
    if (!tok?.word) break;
    from = tok.start;
    phrase = phrase ? `${tok.text.toLowerCase()} ${phrase}` : tok.text.toLowerCase();
    if (HEDGES.has(phrase)) best = tok.start;
    if (!HEDGE_SUFFIXES.has(phrase)) break;
  }
  return best;
}

/** Where an age cue right before `at` starts: "aged 45", "age 5", "the ages of 25". */
function ageBefore(text: string, at: number): number | null {
  const [a, b] = tokensBefore(text, at, 2);
  if (a?.word && AGE_CUES.has(a.text.toLowerCase())) return a.start;
  if (a?.word && a.text.toLowerCase() === 'of' && b?.word && AGE_CUES.has(b.text.toLowerCase())) {
    return b.start;
  }
  return null;
}

function readLeft(c: Candidate, text: string): void {
  // A minus sign touching the number after a space: "−5°C", "-3%" (not "Covid-19", "2^15 - 1").
  const before = text[c.start - 1];
  if (c.value !== null && (before === '−' || before === '-')) {
    const prev = text[c.start - 2];
    if (prev === undefined || isSpace(prev) || prev === '(') {
      c.value = -c.value;
      c.start -= 1;
    }
  }
  const sign = c.unit ? null : signBefore(text, c.start);
  if (sign) {
    c.kind = 'money';
    c.unit = sign.code;
    c.start = sign.start;
  }
  const hedge = hedgeBefore(text, c.start);
  if (hedge !== null) {
    c.hedged = true;
    c.start = hedge;
  }
  if (!c.unit) {
    const age = ageBefore(text, c.start);
    if (age !== null) {
      c.kind = 'duration';
      c.unit = 'years';
      c.noun = 'age';
      c.start = age;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Right of the number.

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Applied to lower-cased slices: a Latin letter or a digit must not follow.
const NOT_LETTER_AFTER = '(?![a-z0-9\\u00df-\\u024f])';

// The patterns below run on a lower-cased slice that starts at the number's end: no "i" flag,
// which keeps them cheap to compile.
// A space or a hyphen may come first: "12 percent", "top up to 80-percent", "a 5-percent rise".
const PERCENT = new RegExp(
  `^[ \\u00A0\\u202F-]?(?:${PERCENT_FORMS.map(([p]) => `(${p.replaceAll('\\b', NOT_LETTER_AFTER)})`).join('|')})`,
  'u',
);
const HEDGE_AFTER = new RegExp(
  `^(?:\\s+(?:${HEDGES_AFTER.map(escapeRe).join('|')})|-plus|\\+)${NOT_LETTER_AFTER}`,
  'u',
);
const AND_HALF_AFTER = /^\s+and\s+a\s+half(?![a-z])/;
// "times a week", "times per day".
const RATE = /^\s+(?:a|an|per|each)\s+([a-z]+)/;
// "°C", "° F", "ºC".
const DEGREES = /^\s?[°º]\s?([cf])?(?![a-z])/;
// "km/h".
const KMH = /^\s?km\/h(?![a-z])/;
const MULTI_WORD = MULTI_WORD_MULTIPLIERS.map(
  ([words, m]) => [new RegExp(`^${words.replace(/ /g, '\\s+')}${NOT_LETTER_AFTER}`), m] as const,
);

/** A lower-cased look at the text right after `at`. */
function ahead(text: string, at: number, n = 32): string {
  return text.slice(at, at + n).toLowerCase();
}

function readRight(c: Candidate, text: string, lang: string): void {
  let at = c.numEnd;
  const money = c.kind === 'money';
  // 1. A scale word: "billion", "bn", "m" (money only), "Mrd.", "mil millones".
  const scale = readScale(text, at, lang, money);
  if (scale) {
    c.scale = scale.factor;
    at = scale.end;
  }
  if (c.value !== null) c.value = round(c.value * c.scale);
  // 2. Per cent.
  const pct = PERCENT.exec(ahead(text, at));
  if (pct && !money) {
    const index = pct.slice(1).findIndex((g) => g !== undefined);
    c.kind = 'percent';
    c.unit = PERCENT_FORMS[index]?.[1] ?? '%';
    c.end = at + pct[0].length;
    readHedgeAfter(c, text);
    return;
  }
  // 3. A currency sign or word after the number: "12 €", "200 billion yuan", "$100 Australian".
  if (readCurrencyAfter(c, text, at, lang)) {
    readHedgeAfter(c, text);
    return;
  }
  if (money) {
    c.end = Math.max(c.end, at);
    readHedgeAfter(c, text);
    return;
  }
  // 4. A unit of measure, "times", or a counted noun.
  if (scale) c.end = at;
  if (readMeasure(c, text, at) || readTimes(c, text, at) || readNoun(c, text, at, lang)) {
    if (c.kind === 'duration') {
      const m = AND_HALF_AFTER.exec(ahead(text, c.end));
      if (m && c.value !== null) {
        c.value += 0.5;
        c.end += m[0].length;
      }
    }
  } else if (readMeasureAfterHedge(c, text, at)) return;
  else if (scale) c.kind = 'count';
  readHedgeAfter(c, text);
}

// "or so", "or more" between the number and its unit (see readMeasureAfterHedge).
const HEDGE_BEFORE_UNIT = /^\s+or\s+(?:so|more|less)(?=\s)/;

/**
 * A hedge may sit between the number and its unit of measure: "the researchers discounted the
 * 800,000 or so bbl. ... captured at the wellhead", "60 or more miles at sea". The unit is the
 * figure's (the later "the 800,000 bbl." is the same fact). Units of measure only: a counted
 * noun after "or more" is read as ever ("two or more antibiotics" keeps its hedge).
 */
function readMeasureAfterHedge(c: Candidate, text: string, at: number): boolean {
  const hedge = HEDGE_BEFORE_UNIT.exec(text.slice(at, at + 12));
  if (!hedge) return false;
  if (!readMeasure(c, text, at + hedge[0].length)) return false;
  c.hedged = true;
  return true;
}

interface ScaleHit {
  factor: number;
  end: number;
}

// Abbreviated scale words whose full stop belongs to them: "3,5 Mrd. €", "10 Mio. Nutzer".
const DOTTED_SCALES = new Set(['mrd', 'mio', 'mld', 'tis', 'tsd', 'md', 'mds', 'mil', 'bio']);

function readScale(text: string, at: number, lang: string, money: boolean): ScaleHit | null {
  let tok = tokenAfter(text, at);
  // A whole scale word hyphened on: "over a 13.8-billion-year period" (13.8 billion years, the
  // same fact as "13.8 billion years" later), "a $5-million grant".
  if (tok && !tok.word && tok.text === '-' && tok.start === at) {
    const word = tokenAfter(text, tok.end);
    if (!word?.word || word.start !== at + 1 || !HYPHEN_SCALES.has(word.text.toLowerCase())) {
      return null;
    }
    tok = word;
  }
  if (!tok?.word || tok.start - at > 1) return null;
  const lower = tok.text.toLowerCase();
  for (const [re, m] of MULTI_WORD) {
    if (!fits(m, lang, money)) continue;
    const hit = re.exec(ahead(text, tok.start, 24));
    if (hit) return { factor: m.factor, end: tok.start + hit[0].length };
  }
  const attached = tok.start === at;
  const candidates = MULTIPLIERS.get(lower);
  const m = candidates?.find((x) => fits(x, lang, money));
  if (!m) {
    // "100m people" is a hundred million; "100m" alone is a hundred metres (see units).
    if (lower === 'm' && attached && isPluralNoun(tokenAfter(text, tok.end))) {
      return { factor: 1e6, end: tok.end };
    }
    return null;
  }
  // "k"/"K" without money: "40k jobs" is a count; "4K" (one digit) is a display format even in
  // "4K textures".
  if (lower === 'k' && !money) {
    if (at - numberStart(text, at) <= 1 || !isPluralNoun(tokenAfter(text, tok.end))) return null;
  }
  // A lone "b" or "m" must touch the number or follow a sign: "$4 m" is rare, "$4 b" rarer.
  if ((lower === 'b' || lower === 'm' || lower === 'k') && !attached) return null;
  let end = tok.end;
  if (DOTTED_SCALES.has(lower) && text[end] === '.') end++;
  return { factor: m.factor, end };
}

// Scale words that may be hyphened onto the number ("13.8-billion-year"); not "m", "bn", "k".
const HYPHEN_SCALES: ReadonlySet<string> = new Set(['million', 'billion', 'trillion']);

/** Where the digits that end at `at` start. */
function numberStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /[\d.,]/.test(text[i - 1] as string)) i--;
  return i;
}

function fits(m: Multiplier, lang: string, money: boolean): boolean {
  if (m.money && !money) return false;
  return !m.langs || m.langs.includes(lang);
}

function readCurrencyAfter(c: Candidate, text: string, at: number, lang: string): boolean {
  let tok = tokenAfter(text, at);
  if (!tok || tok.start - at > 1) return false;
  // A sign after the number: "12 €", "50 Kč".
  if (!tok.word || tok.text === 'Kč') {
    const code = SIGN_CODES.get(tok.text);
    if (code && (tok.text !== '$' || lang !== 'en')) {
      c.kind = 'money';
      c.unit = code;
      c.end = tok.end;
      return true;
    }
    return false;
  }
  // "$100 Australian", "50 Australian dollars", "5 US dollars".
  const nation = readNation(text, tok);
  if (nation) {
    const after = tokenAfter(text, nation.end);
    const dollars = after?.word && /^dollars?$/i.test(after.text);
    if (c.kind === 'money' && c.unit === 'USD') {
      c.unit = nation.code;
      c.end = dollars && after ? after.end : nation.end;
      return true;
    }
    if (dollars && after) {
      c.kind = 'money';
      c.unit = nation.code;
      c.end = after.end;
      return true;
    }
    return false;
  }
  // Spanish and Portuguese put "de" before the currency: "10 millones de dólares".
  if ((lang === 'es' || lang === 'pt' || lang === 'fr') && /^(?:de|d)$/i.test(tok.text)) {
    const next = tokenAfter(text, tok.end);
    if (next?.text === '’' || next?.text === "'") tok = tokenAfter(text, next.end) ?? tok;
    else if (next) tok = next;
  }
  const code = CURRENCY_WORDS.get(tok.text.toLowerCase());
  if (!code) return false;
  // "won" is a currency only after a scale word or a large number: "1.2 trillion won".
  if (tok.text.toLowerCase() === 'won' && c.scale === 1 && (c.value ?? 0) < 1000) return false;
  c.kind = 'money';
  c.unit = code;
  c.end = tok.end;
  c.noun = tok.text;
  return true;
}

function readNation(text: string, tok: Token): { code: string; end: number } | null {
  const one = DOLLAR_NATIONS.get(tok.text.toLowerCase());
  if (one && isCapitalised(tok.text)) return { code: one, end: tok.end };
  const next = tokenAfter(text, tok.end);
  if (next?.word) {
    const two = DOLLAR_NATIONS.get(`${tok.text} ${next.text}`.toLowerCase());
    if (two) return { code: two, end: next.end };
  }
  return null;
}

function readMeasure(c: Candidate, text: string, at: number): boolean {
  const next = ahead(text, at, 12);
  const kmh = KMH.exec(next);
  if (kmh) return setUnit(c, { unit: 'km/h', kind: 'speed' }, at + kmh[0].length, null);
  const deg = DEGREES.exec(next);
  if (deg) {
    const unit = deg[1] ? `°${deg[1].toUpperCase()}` : '°';
    return setUnit(c, { unit, kind: 'temperature' }, at + deg[0].length, null);
  }
  let tok = tokenAfter(text, at);
  if (!tok) return false;
  // Hyphenated: "40-foot-tall", "30-minute", "50-inches".
  const hyphen = !tok.word && tok.text === '-' && tok.start === at;
  if (hyphen) {
    tok = tokenAfter(text, tok.end);
    if (!tok?.word || tok.start !== at + 1) return false;
  }
  if (!tok.word || tok.start - at > 1) return false;
  let lower = tok.text.toLowerCase();
  if (UNIT_FILLERS.has(lower)) {
    const next = tokenAfter(text, tok.end);
    if (next?.word && UNITS.has(next.text.toLowerCase())) {
      tok = next;
      lower = tok.text.toLowerCase();
    }
  }
  const unit = UNITS.get(lower);
  if (!unit) return false;
  // One upper-case letter touching the number is a name, not a unit: "5G", "3D", "4K".
  if (tok.text.length === 1 && tok.start === at && isCapitalised(tok.text)) return false;
  let end = tok.end;
  // "Two-year-old": an age.
  if (hyphen && unit.kind === 'duration') {
    const old = /^-old(?![A-Za-z])/.exec(text.slice(end, end + 6));
    if (old) end += old[0].length;
  }
  // "40-foot-tall": keep the adjective that says which dimension.
  const dim = /^-(?:tall|high|long|wide|deep)(?![A-Za-z])/.exec(text.slice(end, end + 6));
  if (hyphen && dim) end += dim[0].length;
  return setUnit(c, unit, end, tok.text);
}

function setUnit(c: Candidate, unit: Unit, end: number, noun: string | null): boolean {
  c.unit = unit.unit;
  c.kind = unit.kind === 'duration' ? 'duration' : 'measure';
  c.end = end;
  c.noun = noun;
  return true;
}

function readTimes(c: Candidate, text: string, at: number): boolean {
  const tok = tokenAfter(text, at);
  if (!tok?.word || tok.text.toLowerCase() !== 'times' || tok.start - at > 1) return false;
  c.kind = 'multiple';
  c.unit = 'times';
  c.end = tok.end;
  const rate = RATE.exec(ahead(text, tok.end, 16));
  if (rate && RATE_PERIODS.has(rate[1] as string)) {
    c.unit = `times a ${rate[1] as string}`;
    c.end = tok.end + rate[0].length;
  }
  return true;
}

/**
 * The thing counted: the first plural noun within four words ("10 wealthy countries",
 * "two NASA astronauts"), or a hyphenated noun ("six-member", "8-core"). Function words end the
 * search ("40,000 were lost" has no noun). Other languages: the next word when it is not a
 * function word ("206 passagers").
 */
function readNoun(c: Candidate, text: string, at: number, lang: string): boolean {
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
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/** "countries", "people", "MPs"; not "bus", "analysis", "politics", "famous". */
function isPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (word.length < 3 || !word.endsWith('s') || !every(word, isLetter)) return false;
  if (isAllCaps(word.slice(0, -1))) return true;
  return !NOT_PLURAL.test(lower) && every(word.slice(1), (ch) => !isUpper(ch));
}

function isPluralNoun(tok: Token | null): boolean {
  return !!tok?.word && isPlural(tok.text) && !NOT_NOUNS_EN.has(tok.text.toLowerCase());
}

function readHedgeAfter(c: Candidate, text: string): void {
  const m = HEDGE_AFTER.exec(ahead(text, c.end, 16));
  if (m) {
    c.hedged = true;
    c.end += m[0].length;
  }
}

/**
 * A bare amount with a money scale ("38m", "5bn") after "from", "to" or "against", following an
 * amount of money in the same sentence, is money in that currency: "pre-tax earnings were 77m
 * euros (£53m; $100m), up from 38m in the same period" -> 38m euros. Alone, "38m" is as likely
 * 38 metres, so it is read only there. Candidates in text order, units attached.
 */
export function inheritCurrency(cands: readonly Candidate[], text: string): void {
  let money: Candidate | null = null;
  for (const c of cands) {
    if (money && SENTENCE_BREAK.test(text.slice(money.end, c.start))) money = null;
    if (c.kind === 'money') {
      // A conversion in brackets is not the amount the sentence goes on about.
      if (text.lastIndexOf('(', c.start) <= text.lastIndexOf(')', c.start)) money = c;
      continue;
    }
    if (!money || !c.digits || c.value === null) continue;
    const scaled = c.kind === 'count' && c.noun === null && c.scale > 1; // "4bn" read as a count
    if (c.kind !== 'number' && !scaled) continue;
    const scale = BARE_MONEY_SCALE.exec(text.slice(c.numEnd, c.numEnd + 4));
    const before = tokenBefore(text, c.start);
    if (!scale || !before?.word || !CURRENCY_INHERIT_AFTER.has(before.text.toLowerCase())) continue;
    c.kind = 'money';
    c.unit = money.unit;
    if (!scaled) {
      c.scale = scale[1]?.toLowerCase() === 'm' ? 1e6 : 1e9;
      c.value = round(c.value * c.scale);
    }
    c.end = c.numEnd + (scale[1]?.length ?? 0);
  }
}

const BARE_MONEY_SCALE = /^(m|bn)(?![\p{L}\p{N}])/u;
const SENTENCE_BREAK = /[.!?]\s/;
