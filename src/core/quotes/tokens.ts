import { ABBREVIATIONS } from '../text/abbreviations.ts';
import { INVISIBLE_CHARS, ZERO_WIDTH_SPACES } from './data/invisible-chars.ts';
import { gluedOpen } from './glued-open.ts';

/** A word of narrative text with its place, its bare form and the punctuation after it. */
export interface Token {
  /** As written, punctuation included: `Zhang,` */
  raw: string;
  /** Without surrounding punctuation and quotation marks: `Zhang` (an initial keeps its stop: `M.`). */
  word: string;
  lower: string;
  start: number;
  end: number;
  /** The punctuation that ends the token, if any: ',' in `Zhang,`; '.' in `said.` */
  trail: string;
  /** Opens with a bracket or quotation mark: `(R)`, `“The`. A name does not run into it. */
  opens: boolean;
  /** Closes with a bracket or quotation mark: `(R)`, `Love,”`. A name does not run past it. */
  closes: boolean;
}

// Punctuation before a word: brackets, quotation marks and the signs of handles and hashtags.
const LEAD_CHARS = '([{"\'«»‹›„‚“”‘’¿¡「『*_#@';
// Punctuation after a word. Apostrophes inside words stay ("don’t").
const TRAIL_CHARS = ')]}"\'«»‹›„‚“”‘’」』.,;:!?…*_';
// Of those, the marks that open or close a quotation or a bracket.
const OPEN_MARKS = '([{"\'«»‹›„‚“”‘’「『';
const CLOSE_MARKS = ')]}"\'«»‹›„‚“”‘’」』';
// Sentence punctuation kept in `trail`.
const STOPS = '.,;:!?…';
// An initial ("M.") or a dotted abbreviation ("U.S.", "H.W."): the stops are part of the word.
const DOTTED = /^(\p{Lu}\.)+$/u;
// Invisible formatting characters, read past at a word's edges and removed inside it:
// "\u202EMary" is the word "Mary", not a lower-case word that would pass for a role.
const INVISIBLE_ANY = new RegExp(`[${INVISIBLE_CHARS.join('')}]`);
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_CHARS.join('')}]`, 'g');
const ZERO_WIDTH = new Set(ZERO_WIDTH_SPACES.map((c) => c.charCodeAt(0)));

// What each character (all of them single UTF-16 units) is to a word's edges, as bit flags in a
// table by character code: the tokenizer reads every character of the article, and a lookup by
// code costs less than a one-character string and a Set lookup per character.
const LEAD = 1;
const TRAIL = 2;
const OPEN = 4;
const CLOSE = 8;
const STOP = 16;
const INVISIBLE = 32;
const SPACE = 64;
const DASH = 128;
const EDGE = new Uint8Array(0x10000);
function mark(chars: Iterable<string>, flag: number): void {
  for (const ch of chars) EDGE[ch.charCodeAt(0)] = (EDGE[ch.charCodeAt(0)] as number) | flag;
}
mark(LEAD_CHARS, LEAD);
mark(TRAIL_CHARS, TRAIL);
mark(OPEN_MARKS, OPEN);
mark(CLOSE_MARKS, CLOSE);
mark(STOPS, STOP);
mark(INVISIBLE_CHARS, INVISIBLE);
mark('—', DASH | TRAIL | STOP);

/**
 * Split text into words with offsets: one pass over the characters, no regular expression but
 * for the rare dotted word ("U.S.").
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && ((EDGE[text.charCodeAt(i)] as number) & SPACE) !== 0) i++;
    if (i >= n) break;
    const s = i;
    // The flags of the word's characters, gathered on the way: an invisible character inside
    // is then known without a regular expression per word.
    let seen = 0;
    for (; i < n; i++) {
      const f = EDGE[text.charCodeAt(i)] as number;
      if ((f & SPACE) !== 0) break;
      // A quote glued to the sentence before starts a word of its own: `Kaine."So`.
      if ((f & OPEN) !== 0 && i > s + 1 && gluedOpen(text, i)) break;
      seen |= f;
      // An em dash glued between two words ends the first, as a spaced one would: in "says
      // manager Bill Polian—Stephen is ..." the name is "Bill Polian", with the dash its trail.
      if (
        (f & DASH) !== 0 &&
        i > s &&
        i + 1 < n &&
        ((EDGE[text.charCodeAt(i + 1)] as number) & SPACE) === 0
      ) {
        i++;
        break;
      }
    }
    out.push(token(text, s, i, offset, (seen & INVISIBLE) !== 0));
  }
  return out;
}

// Space characters: ASCII white space, no-break space, the Unicode spaces and the line separators.
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x1680 ||
    c === 0xfeff ||
    ZERO_WIDTH.has(c)
  );
}
for (let c = 0; c < EDGE.length; c++) if (isSpace(c)) EDGE[c] = (EDGE[c] as number) | SPACE;

function token(text: string, s: number, e: number, offset: number, invisible: boolean): Token {
  let a = s;
  let opens = false;
  for (; a < e; a++) {
    const f = EDGE[text.charCodeAt(a)] as number;
    if ((f & (LEAD | INVISIBLE)) === 0) break;
    if (f & OPEN) opens = true;
  }
  let b = e;
  let closes = false;
  let trail = '';
  // Most words have no leading mark ("Zhang,"): their word starts as the raw text itself, one
  // substring fewer per word of the article.
  const raw = text.slice(s, e);
  let word = a === s ? raw : text.slice(a, e);
  const dotted = word.length <= 12 && word.includes('.') && DOTTED.test(word);
  if (!dotted) {
    while (b > a && ((EDGE[text.charCodeAt(b - 1)] as number) & (TRAIL | INVISIBLE)) !== 0) b--;
    for (let k = b; k < e; k++) {
      const f = EDGE[text.charCodeAt(k)] as number;
      if (f & CLOSE) closes = true;
      else if (f & STOP) trail += text[k];
    }
    if (b < e) word = text.slice(a, b);
  }
  if (invisible && INVISIBLE_ANY.test(word)) word = word.replace(INVISIBLE_ALL, '');
  // Keep the stop of an initial or an abbreviation: "K." in "Brian K. Coombes", "Mr. Zhang".
  if (trail.charCodeAt(0) === 46 && (isInitial(word) || ABBREVIATIONS.has(word.toLowerCase()))) {
    word += '.';
    trail = trail.slice(1);
  }
  return {
    raw,
    word,
    lower: word.toLowerCase(),
    start: offset + s,
    end: offset + e,
    trail,
    opens,
    closes,
  };
}

function isInitial(word: string): boolean {
  return word.length === 1 && isCapitalised(word);
}

/** True when the word starts with a capital letter (or is an initial such as "M."). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** True when the word starts with a lower-case letter. */
export function isLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const c = word.charAt(0);
  return c !== c.toUpperCase();
}

/** A capitalised word with a letter in it: a word a name can be made of. */
export function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && isCapitalised(t.word) && /\p{L}/u.test(t.word);
}
