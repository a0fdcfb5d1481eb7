import { FOLDS, IGNORED, SPACE } from './folds.ts';

/** One text node of the page, in document order. */
export interface TextPiece {
  text: string;
  /**
   * True when this piece starts a new block (paragraph, heading, list item...) in the page.
   * Text nodes of two paragraphs follow each other with no space between them, so matching
   * puts one there: "…end of one.</p><p>Start of next" reads "…end of one. Start of next".
   */
  breakBefore?: boolean;
}

/** A place in the pieces: piece index and UTF-16 offset in its text. */
export interface PiecePoint {
  piece: number;
  offset: number;
}

/** Where a passage is in the page: start inclusive, end exclusive (as a DOM Range takes them). */
export interface PassageRange {
  start: PiecePoint;
  end: PiecePoint;
  /** 'exact' when the whole passage was found; 'partial' when only its beginning was. */
  match: 'exact' | 'partial';
}

/** A passage shorter than this many words is never matched by its beginning alone. */
const MIN_PREFIX_WORDS = 5;

interface Folded {
  text: string;
  /** For each character of `text`, where it came from: an index into all pieces' text joined. */
  source: Int32Array;
  /** Where each piece starts in that joined text, to turn a source index back into a point. */
  pieceStart: Int32Array;
}

/**
 * Find a card's passage (a key point's sentence, a quotation, a figure's sentence) in the text
 * nodes of the live page, so the page can scroll to it and highlight it. Pure: the injected
 * script collects the text nodes and turns the answer into a DOM Range.
 *
 * White space, quote marks, dashes and invisible characters are compared loosely (folds.ts).
 * When `context` (the passage's whole paragraph as the card read it) is found in the page, the
 * passage is looked for inside it first: a pull quote repeating the sentence higher up the
 * page should not win. When the whole passage is not there (a page script changed a word, the
 * extractor dropped an inline button), its beginning is looked for instead, longest first,
 * and the match is marked 'partial'.
 * Example: pieces ["Alibaba ", "Cloud", " is to invest"] and passage "Cloud is to invest" give
 * start {piece 1, offset 0}, end {piece 2, offset 12}.
 */
export function locatePassage(
  pieces: TextPiece[],
  passage: string,
  context?: string | null,
): PassageRange | null {
  const needle = fold([{ text: passage }]).text.trim();
  if (needle.length === 0) return null;
  const hay = fold(pieces);
  let from = 0;
  let to = hay.text.length;
  if (context) {
    const ctx = fold([{ text: context }]).text.trim();
    const at = ctx.length > needle.length ? hay.text.indexOf(ctx) : -1;
    if (at >= 0) {
      from = at;
      to = at + ctx.length;
    }
  }
  const found = findIn(hay.text, needle, from, to) ?? findIn(hay.text, needle, 0, hay.text.length);
  if (found !== null) return toRange(hay, found, found + needle.length, 'exact');

  // The beginning of the passage: three quarters, then half, then the first few words.
  const words = needle.split(' ');
  const tries = [Math.floor(words.length * 0.75), Math.floor(words.length / 2), MIN_PREFIX_WORDS];
  for (const n of tries) {
    if (n < MIN_PREFIX_WORDS || n >= words.length) continue;
    const prefix = words.slice(0, n).join(' ');
    const at = findIn(hay.text, prefix, from, to) ?? findIn(hay.text, prefix, 0, hay.text.length);
    if (at === null) continue;
    // Then as far as the page and the passage still agree, back to the end of a word.
    let len = prefix.length;
    while (len < needle.length && hay.text[at + len] === needle[len]) len++;
    while (len > prefix.length && needle[len - 1] !== ' ' && needle[len] !== ' ') len--;
    while (needle[len - 1] === ' ') len--;
    return toRange(hay, at, at + len, 'partial');
  }
  return null;
}

function findIn(text: string, needle: string, from: number, to: number): number | null {
  const at = text.indexOf(needle, from);
  return at >= 0 && at + needle.length <= to ? at : null;
}

function toRange(
  hay: Folded,
  start: number,
  end: number,
  match: PassageRange['match'],
): PassageRange {
  // `end` is exclusive: the range ends just after the source character of the last match
  // (a "..." folded from "…" maps its three characters to that one character).
  const last = pointOf(hay, hay.source[end - 1] as number);
  return {
    start: pointOf(hay, hay.source[start] as number),
    end: { piece: last.piece, offset: last.offset + 1 },
    match,
  };
}

/** Binary search of the piece that holds a source index. */
function pointOf(hay: Folded, source: number): PiecePoint {
  let lo = 0;
  let hi = hay.pieceStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((hay.pieceStart[mid] as number) <= source) lo = mid;
    else hi = mid - 1;
  }
  return { piece: lo, offset: source - (hay.pieceStart[lo] as number) };
}

/**
 * Fold pieces into one comparable string, remembering where each character came from. One
 * linear pass over character codes into typed arrays; spaces are collapsed as they are met.
 */
function fold(pieces: TextPiece[]): Folded {
  const pieceStart = new Int32Array(pieces.length);
  let total = 0;
  pieces.forEach((pc, p) => {
    pieceStart[p] = total;
    total += pc.text.length;
  });
  // Room for every character and a block break per piece; "…" (three characters) grows it.
  let codes = new Uint16Array(total + pieces.length + 16);
  let source = new Int32Array(codes.length);
  let n = 0;
  const put = (code: number, from: number) => {
    if (n === codes.length) {
      const c = new Uint16Array(codes.length * 2);
      c.set(codes);
      codes = c;
      const s = new Int32Array(codes.length);
      s.set(source);
      source = s;
    }
    codes[n] = code;
    source[n++] = from;
  };
  let lastSpace = true; // no leading space
  for (let p = 0; p < pieces.length; p++) {
    const t = (pieces[p] as TextPiece).text;
    const base = pieceStart[p] as number;
    if ((pieces[p] as TextPiece).breakBefore && !lastSpace && t.length > 0) {
      // The space between two blocks belongs to no character of the page: map it to the
      // start of the next block, where a range can begin or end just as well.
      put(32, base);
      lastSpace = true;
    }
    for (let o = 0; o < t.length; o++) {
      const c = t.charCodeAt(o);
      if (c < 128) {
        // ASCII, the common case, without table lookups.
        const space = c === 32 || (c >= 9 && c <= 13);
        if (!space || !lastSpace) put(space ? 32 : c, base + o);
        lastSpace = space;
        continue;
      }
      const ch = t[o] as string;
      if (IGNORED.has(ch)) continue;
      if (SPACE.test(ch)) {
        if (!lastSpace) put(32, base + o);
        lastSpace = true;
        continue;
      }
      const folded = FOLDS[ch] ?? ch;
      for (let k = 0; k < folded.length; k++) put(folded.charCodeAt(k), base + o);
      lastSpace = false;
    }
  }
  return { text: decoder.decode(codes.subarray(0, n)), source, pieceStart };
}

// UTF-16 code units back to a string in one native call.
const decoder = new TextDecoder('utf-16le');
