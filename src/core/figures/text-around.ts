/**
 * Small readers of the text on either side of an offset, shared by the steps. A token is a run
 * of letters, marks and digits ("Covid", "19", "World") or a single other character ("$", "-").
 * Character classes test ASCII by code and fall back to four shared Unicode patterns, so that the
 * steps compile no Unicode-property pattern of their own (each costs time on first use).
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const NUMBER = /\p{N}/u;
const SPACE = /\s/u;

/** A letter, mark or digit. ASCII is tested by code (this runs for every character read). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return WORD_CHAR.test(ch);
}

export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(ch);
}

/** The token that starts at or after `i`, skipping white space. */
export function tokenAfter(text: string, i: number): Token | null {
  let s = i;
  while (s < text.length && isSpace(text[s])) s++;
  if (s >= text.length) return null;
  if (!isWordChar(text[s])) return { text: text[s] as string, start: s, end: s + 1, word: false };
  let e = s;
  while (e < text.length && isWordChar(text[e])) e++;
  return { text: text.slice(s, e), start: s, end: e, word: true };
}

/** The token that ends at or before `i`, skipping white space. */
export function tokenBefore(text: string, i: number): Token | null {
  let e = i;
  while (e > 0 && isSpace(text[e - 1])) e--;
  if (e <= 0) return null;
  if (!isWordChar(text[e - 1])) {
    return { text: text[e - 1] as string, start: e - 1, end: e, word: false };
  }
  let s = e;
  while (s > 0 && isWordChar(text[s - 1])) s--;
  return { text: text.slice(s, e), start: s, end: e, word: true };
}

/** Up to `n` tokens after `i`, in order. */
export function tokensAfter(text: string, i: number, n: number): Token[] {
  const out: Token[] = [];
  let at = i;
  while (out.length < n) {
    const t = tokenAfter(text, at);
    if (!t) break;
    out.push(t);
    at = t.end;
  }
  return out;
}

/** Up to `n` tokens before `i`, nearest first. */
export function tokensBefore(text: string, i: number, n: number): Token[] {
  const out: Token[] = [];
  let at = i;
  while (out.length < n) {
    const t = tokenBefore(text, at);
    if (!t) break;
    out.push(t);
    at = t.start;
  }
  return out;
}

/** Whether `text[i-1]`...`text[j]` has only spaces (and at most `max` of them). */
export function onlySpaceBetween(text: string, i: number, j: number, max = 2): boolean {
  if (j - i > max) return false;
  for (let k = i; k < j; k++) if (!isSpace(text[k])) return false;
  return true;
}

/** A letter of any script. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(ch);
}

/** An upper-case letter. */
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(ch);
}

/** A lower-case letter. */
export function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(ch);
}

/** A digit of any script. */
export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return NUMBER.test(ch);
}

/** Whether some character of `s` passes `test`. */
export function some(s: string, test: (ch: string) => boolean): boolean {
  for (const ch of s) if (test(ch)) return true;
  return false;
}

/** Whether every character of a non-empty `s` passes `test`. */
export function every(s: string, test: (ch: string) => boolean): boolean {
  if (s === '') return false;
  for (const ch of s) if (!test(ch)) return false;
  return true;
}

export function isCapitalised(word: string): boolean {
  return isUpper(word[0]);
}

/** "NASA", "UMP", "NINE": two characters or more, letters in capitals (digits allowed). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && some(word, isUpper) && every(word, (ch) => isUpper(ch) || isDigit(ch));
}

// Applied to lower-cased slices: a Latin letter or a digit must not follow.
export const NOT_LETTER_AFTER = '(?![a-z0-9\\u00df-\\u024f])';

/** A lower-cased look at the text right after `at`. */
export function ahead(text: string, at: number, n = 32): string {
  return text.slice(at, at + n).toLowerCase();
}

/**
 * Whether `at` opens a sentence: nothing before it, or a sentence mark, an opening quote or
 * bracket, or a dash.
 */
export function atSentenceStart(text: string, at: number): boolean {
  const prev = tokenBefore(text, at);
  return !prev || (!prev.word && /[.!?:"“‘'(\-–—]/.test(prev.text));
}
