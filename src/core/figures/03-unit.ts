import { parseDigits, round } from './02-parse-value.ts';
import type { Candidate } from './candidate.ts';
import { readNoun } from './counted-noun.ts';
import { readCurrencyAfter, signBefore } from './currency.ts';
import { CURRENCY_INHERIT_AFTER } from './data/currencies.ts';
import { PERCENT_FORMS } from './data/percent-words.ts';
import { AGE_CUES, AGE_SUBJECTS, AGE_VERBS, FAMILY_OF } from './data/stopwords.ts';
import { hedgeBefore, readHedgeAfter } from './hedge.ts';
import { readMeasure, readMeasureAfterHedge, readTimes, readUnitBefore } from './measure-unit.ts';
import { readScale } from './scale-word.ts';
import { ahead, isSpace, NOT_LETTER_AFTER, tokenBefore, tokensBefore } from './text-around.ts';
import { readWordForms, wordsValue } from './word-forms.ts';

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
  if (c.kind === 'number' && !c.digits && isAgeAfterSubject(c, text)) {
    c.kind = 'duration';
    c.unit = 'years';
    c.noun = 'age';
  }
  if (c.kind === 'number' && !c.hedged) {
    const counted = familyCounted(c, text);
    if (counted !== null) {
      c.kind = 'count';
      c.unit = counted;
      c.noun = counted;
    }
  }
}

// "mother of", "mother-of-", "family of": a kin noun and "of" right before the number.
const KIN_OF_BEFORE = /\b([a-z]+)[\s-]of[\s-]$/i;

/**
 * A number after "mother of", "family of" with nothing counted after it counts the family's
 * children or people (see FAMILY_OF): "The mother of three says she is confident" (dailynewstz),
 * "qualified the family of three for child care subsidies" (voiceofamerica), "the income limit
 * for a family of four" (washingtontimes), "a stay-at-home mother of four" (blind 6's
 * huffingtonpost). Not "a group of three" or "one of three" (no kin noun): those stay bare.
 */
function familyCounted(c: Candidate, text: string): string | null {
  if (c.value === null || c.value < 2) return null;
  const m = KIN_OF_BEFORE.exec(text.slice(Math.max(0, c.start - 20), c.start));
  return m ? (FAMILY_OF.get((m[1] as string).toLowerCase()) ?? null) : null;
}

/**
 * A spelled-out number with nothing counted after it, right after "she was", "he turned", "I
 * was", is that person's age (figures12, blind 9's newyorker: "She was eighty-seven and had
 * lived a long and fruitful life"). Not "one" ("she was one of them"), not "it was five".
 */
function isAgeAfterSubject(c: Candidate, text: string): boolean {
  if (c.value === null || c.value < 2 || c.hedged) return false;
  const [verb, subject] = tokensBefore(text, c.start, 2);
  return (
    !!verb?.word &&
    !!subject?.word &&
    AGE_VERBS.has(verb.text.toLowerCase()) &&
    AGE_SUBJECTS.has(subject.text.toLowerCase())
  );
}

// ---------------------------------------------------------------------------------------------
// Left of the number.

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

// The patterns below run on a lower-cased slice that starts at the number's end: no "i" flag,
// which keeps them cheap to compile.
// A space or a hyphen may come first: "12 percent", "top up to 80-percent", "a 5-percent rise".
const PERCENT = new RegExp(
  `^[ \\u00A0\\u202F-]?(?:${PERCENT_FORMS.map(([p]) => `(${p.replaceAll('\\b', NOT_LETTER_AFTER)})`).join('|')})`,
  'u',
);
const AND_HALF_AFTER = /^\s+and\s+a\s+half(?![a-z])/;

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
