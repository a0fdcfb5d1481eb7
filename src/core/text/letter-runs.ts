import { codeTable } from './code-table.ts';

// What a character is to a word of content terms, filled on first sight per BMP code: a loop with
// a table lookup reads a sentence several times faster than a Unicode-property regex exec per
// word.
const OTHER = 1;
const LETTER = 2; // \p{L}
const NUMBER = 3; // \p{N}
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;

function classify(ch: string): number {
  if (IS_LETTER.test(ch)) return LETTER;
  if (IS_NUMBER.test(ch)) return NUMBER;
  return OTHER;
}
const bmpClass = codeTable(classify);

/** Code units taken by the character at i: 2 for a surrogate pair, else 1. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (widthAt(text, i) === 2) return classify(text.slice(i, i + 2));
  return bmpClass(code);
}

/**
 * The end of the word starting at offset i, or i when none starts there. A word is what
 * /[\p{L}\p{N}]+(?:['’]\p{L}+)*\/u matches: letters and digits, then letter runs joined by an
 * apostrophe ("don't", "o’neill"); "it's2" ends before the 2.
 * Example: wordEndAt("we’re 28bn", 0) is 5; wordEndAt("we’re 28bn", 5) is 5 (a space).
 */
export function wordEndAt(text: string, i: number): number {
  const n = text.length;
  if (i >= n) return i;
  let e = i;
  while (e < n) {
    const c = classAt(text, e);
    if (c !== LETTER && c !== NUMBER) break;
    e += widthAt(text, e);
  }
  if (e === i) return i;
  while (e + 1 < n) {
    const code = text.charCodeAt(e);
    if ((code !== 39 && code !== 0x2019) || classAt(text, e + 1) !== LETTER) break;
    e++;
    while (e < n && classAt(text, e) === LETTER) e += widthAt(text, e);
  }
  return e;
}

/** Code units to step over the character at i when no word starts there. */
export function charWidthAt(text: string, i: number): number {
  return widthAt(text, i);
}
