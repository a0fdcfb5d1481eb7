/**
 * Small readers of the text on either side of an offset, shared by the steps. A token is a run
 * of letters, marks and digits ("Covid", "19", "World") or a single other character ("$", "-").
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
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

const UPPER_FIRST = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_FIRST.test(word);
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && ALL_UPPER.test(word) && /\p{Lu}/u.test(word);
}
