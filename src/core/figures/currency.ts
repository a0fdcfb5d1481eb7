/**
 * Currency attached to a number: a sign before it ("$28.2bn", "US$", "R$ 3,5"), or a sign or
 * currency word after it ("12 €", "200 billion yuan", "10 millones de dólares", "$100 Australian").
 */

import type { Candidate } from './candidate.ts';
import {
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DOLLAR_NATIONS,
  SCALED_ONLY_SIGNS,
  TOUCHING_SIGNS,
} from './data/currencies.ts';
import { isCapitalised, isLetter, isWordChar, type Token, tokenAfter } from './text-around.ts';

const SIGN_CODES = new Map(CURRENCY_SIGNS.map(([s, code]) => [s, code]));

// The last character of every currency sign ("$", "€", "D" of "USD"): a number not preceded by
// one of them has no sign before it, and the signs need not be tried one by one.
const SIGN_ENDINGS = new Set(CURRENCY_SIGNS.map(([s]) => s[s.length - 1]));

/** Where a currency sign right before `at` starts (one space allowed): "$28.2bn", "R$ 3,5". */
export function signBefore(text: string, at: number): { code: string; start: number } | null {
  const end = text[at - 1] === ' ' || text[at - 1] === '\u00A0' ? at - 1 : at;
  if (!SIGN_ENDINGS.has(text[end - 1])) return null;
  for (const [sign, code] of CURRENCY_SIGNS) {
    const start = end - sign.length;
    if (start < 0 || !text.startsWith(sign, start)) continue;
    // Letter signs stand alone ("USD 4m", not "XUSD 4"); so does a sign after a space ("in $4").
    if (isWordChar(text[start - 1]) && isLetter(sign[0])) continue;
    if (!scaledEnough(sign, text, at)) continue;
    return { code, start };
  }
  return null;
}

// An amount with a scale word or its thousands grouped: "4bn", "7.5bn", "1,500", "3 million".
const SCALED_OR_GROUPED =
  /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:bn|billion|m|mn|million|trillion|tn)(?![A-Za-z]))/;

/** Whether the amount at `at` is one a sign of SCALED_ONLY_SIGNS may stand before ("R4bn"). */
function scaledEnough(sign: string, text: string, at: number): boolean {
  return !SCALED_ONLY_SIGNS.has(sign) || SCALED_OR_GROUPED.test(text.slice(at, at + 24));
}

/**
 * Whether the letters touching the digits at `at` are a currency sign written against its
 * number ("RM6.162 million", "R4bn", malaymail and timeslive of blind set 14), not a name or
 * code ("i7", "MS04", "R1 pocket AI", "RMS1").
 */
export function isTouchingSign(text: string, at: number): boolean {
  for (const sign of TOUCHING_SIGNS) {
    const start = at - sign.length;
    if (start < 0 || !text.startsWith(sign, start) || isWordChar(text[start - 1])) continue;
    if (!scaledEnough(sign, text, at)) continue;
    return true;
  }
  return false;
}

export function readCurrencyAfter(c: Candidate, text: string, at: number, lang: string): boolean {
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
