import type { Doc } from '../text/doc.ts';
import type { Block, Span } from '../types.ts';
import { type Candidate, wordCount } from './candidate.ts';
import {
  ALL_MARKS,
  APOSTROPHES,
  QUOTE_MARKS,
  SINGLE_MARKS,
  SPACED_MARKS,
} from './data/quote-marks.ts';
import { SPEECH_VERBS } from './data/speech-verbs.ts';
import { gluedOpen } from './glued-open.ts';

interface Open {
  mark: string;
  at: number;
  /** The quote this mark continues from earlier paragraphs, if any. */
  cont: Carry | null;
}

/** A quote left open at the end of a block, waiting for the next block to continue it. */
interface Carry {
  mark: string;
  open: number;
  parts: Span[];
}

// What may stand just before an opening mark: the start, a space, an opening bracket, a dash, a
// slash or another mark (“‘Nested’”).
const BEFORE_OPEN = /[\s([{\-–—/\p{Pi}\p{Ps}"'„‚«»‹›「『]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
// An elided year or number after a mark is an apostrophe: ’90s, '60s, ‘08.
const ELIDED_NUMBER = /^\d\d/;
const CJK_MARKS = new Set(['「', '」', '『', '』']);
// Closing marks of an inner quote, which the outer closing mark may follow after a space.
const CLOSING_BEFORE = new Set(['’', '”', "'", '"', '›', '»']);
// Punctuation that ends a quoted sentence or clause.
const END_PUNCTUATION = new Set(['.', '?', '!', ',']);
// Local copies of the tables, read in the inner loop.
const OPENERS: ReadonlyMap<string, readonly string[]> = new Map(QUOTE_MARKS);
const NEXT_MARK = new RegExp(
  `[${[...ALL_MARKS].map((m) => m.replace(/[\\\]^-]/g, '\\$&')).join('')}]`,
  'g',
);

/**
 * Step 1: every quotation span of the article, from its marks, plus block quotes.
 *
 * Scans each block once with a stack of open marks, so nested quotes (“He said ‘go’”) stay inside
 * the outer one and an apostrophe (don’t, the ’90s, Rock ’n’ roll) never closes a quote: ’ and '
 * close only a quote they opened, and never between two letters. A quote still open at the end
 * of a paragraph continues when the next paragraph opens with the same mark (the convention for
 * quotes over several paragraphs); otherwise it is dropped. A block of kind 'quote' without marks
 * around its whole text is one quotation.
 * Example: `“A,” he said, “B.”` gives two spans, A and B (02-join.ts joins them).
 */
export function findSpans(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  let carry: Carry | null = null;
  doc.blocks.forEach((block, b) => {
    if (block.kind === 'preformatted' || block.kind === 'heading') {
      carry = null;
      return;
    }
    const found: Candidate[] = [];
    carry = scanBlock(block, b, carry, found);
    if (
      block.kind === 'quote' &&
      !wholeBlockQuoted(block, found) &&
      !quotingParagraph(block, b, found)
    ) {
      const span = trimmed(block.text, b, 0, block.text.length);
      if (span) out.push(blockQuote(span));
      carry = null;
      return;
    }
    out.push(...found);
  });
  return out;
}

function scanBlock(block: Block, b: number, carry: Carry | null, out: Candidate[]): Carry | null {
  const text = block.text;
  const stack: Open[] = [];
  let i = 0;
  // A quote carried from the previous block continues only if this block opens with its mark.
  if (carry) {
    const first = firstNonSpace(text);
    if (first < text.length && text[first] === carry.mark) {
      stack.push({ mark: carry.mark, at: first, cont: carry });
      i = first + 1;
    }
  }
  // Jump from mark to mark: the native search is far quicker than a loop over every character.
  NEXT_MARK.lastIndex = i;
  // Nothing opened or closed yet in this block (apostrophes aside): see lostOpen.
  const fresh = stack.length === 0;
  for (let m = NEXT_MARK.exec(text); m !== null; m = NEXT_MARK.exec(text)) {
    i = m.index;
    const ch = m[0];
    if (fresh && stack.length === 0 && out.length === 0 && lostOpen(text, i, ch)) {
      const part = trimmed(text, b, 0, i);
      if (part) out.push(candidate([part], part.start, i + 1, ch));
      continue;
    }
    // Two apostrophes typed for a closing double mark close an open double quote: `“It was an
    // attempt to mislead voters,’’ he told the BBC.` (some wires set ” as ’’).
    if (doubledClose(text, i, ch, stack)) {
      close(stack, stack.length - 1, text, b, i, i + 2, out);
      NEXT_MARK.lastIndex = i + 2;
      continue;
    }
    const k = closable(stack, ch);
    if (k >= 0 && closesHere(text, i, ch, stack[k]!.mark)) {
      close(stack, k, text, b, i, i + 1, out);
      continue;
    }
    if (slipClose(text, i, ch, stack)) {
      close(stack, stack.length - 1, text, b, i, i + 1, out);
      continue;
    }
    if (OPENERS.has(ch) && opensHere(text, i, ch)) {
      // A straight double mark cannot nest in another: one already open was a stray.
      if (ch === '"') {
        const s = stack.findIndex((o) => o.mark === '"');
        if (s >= 0) stack.length = s;
      }
      stack.push({ mark: ch, at: i, cont: null });
    }
  }
  // Still open at the end: keep the outermost quote for the next block, unless it is a single
  // mark (far likelier an apostrophe than a quote continued over paragraphs).
  const outer = stack[0];
  if (!outer || SINGLE_MARKS.has(outer.mark)) return null;
  const part = trimmed(text, b, outer.at + 1, text.length);
  const parts = outer.cont ? [...outer.cont.parts] : [];
  if (part) parts.push(part);
  return { mark: outer.mark, open: outer.cont?.open ?? outer.at, parts };
}

/**
 * Closes the open mark at stack[k] with a mark at [at, end): an outermost quote becomes a
 * candidate (with the parts carried from earlier paragraphs); an inner one only leaves the stack.
 */
function close(
  stack: Open[],
  k: number,
  text: string,
  b: number,
  at: number,
  end: number,
  out: Candidate[],
): void {
  const opened = stack[k]!;
  stack.length = k;
  if (k !== 0) return;
  const part = trimmed(text, b, opened.at + 1, at);
  const parts = opened.cont ? [...opened.cont.parts] : [];
  if (part) parts.push(part);
  if (parts.length > 0)
    out.push(candidate(parts, opened.cont?.open ?? opened.at, end, opened.mark));
}

/**
 * Whether the mark at i and the next are two apostrophes standing for a closing double mark
 * (’’ or ''): the innermost open quote is a double one, the pair does not follow a space and no
 * letter follows it. `“A,’’ he said` closes; `rock ’n’ roll` and `the players’ ’90s` do not.
 */
function doubledClose(text: string, i: number, ch: string, stack: readonly Open[]): boolean {
  if (!APOSTROPHES.has(ch) || text[i + 1] !== ch || stack.length === 0) return false;
  const top = stack[stack.length - 1]!.mark;
  if (top !== '“' && top !== '"') return false;
  return !SPACE.test(text[i - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[i + 2] ?? ' ');
}

// What may follow an opening mark typed for a closing one: a space, a dash or the end.
const AFTER_SLIP = /^(?:\s|[—–-]|$)/u;

/**
 * Whether an opening curly mark closes the open curly quote, a typing slip: glued to the word or
 * punctuation before it (where no quote opens) and followed by a space, a dash or the end, as a
 * closing mark is. `“I thought I was doing it for him,“ Jerry says` and `And that“—taking a
 * lineman—“was right down the middle.”` close; `“A „nested“ one` and `the “word”` do not.
 */
function slipClose(text: string, i: number, ch: string, stack: readonly Open[]): boolean {
  if (ch !== '“' || stack.length === 0 || stack[stack.length - 1]!.mark !== '“') return false;
  const prev = text[i - 1] ?? ' ';
  if (SPACE.test(prev) || BEFORE_OPEN.test(prev)) return false;
  return AFTER_SLIP.test(text.slice(i + 1, i + 2));
}

// A closing double mark, a space and a lower-case word: `...in the product," admits Andrew Hill`.
const AFTER_LOST_OPEN = /^\s+(\p{Ll}+)\b/u;

/**
 * Whether the first mark of a paragraph, at i, closes a quote whose opening mark was lost at the
 * paragraph's start: a double closing mark after the quote's last punctuation, followed by a
 * speech verb (`We just needed time, ... in the product," admits Andrew Hill, senior director
 * ...`). The quote runs from the paragraph's start. A mark before a noun (`the word" is`) or
 * after a word (`6'2"`) is no such quote.
 */
function lostOpen(text: string, i: number, ch: string): boolean {
  if (ch !== '"' && ch !== '”') return false;
  if (!END_PUNCTUATION.has(text[i - 1] ?? ' ')) return false;
  const verb = AFTER_LOST_OPEN.exec(text.slice(i + 1, i + 24));
  return verb !== null && SPEECH_VERBS.has(verb[1]!);
}

/** Index in the stack of the innermost open mark that `ch` can close, or -1. */
function closable(stack: readonly Open[], ch: string): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (OPENERS.get(stack[k]!.mark)?.includes(ch)) return k;
  }
  return -1;
}

/**
 * Whether the mark at i can close a quote: not after a space (except French « x »), and for an
 * apostrophe-like mark not between two letters or digits ("don’t") and not before one.
 * Example: in `‘Rock ’n’ roll,’ he said` only the last ’ closes.
 */
function closesHere(text: string, i: number, ch: string, opener: string): boolean {
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  if (CJK_MARKS.has(ch)) return true;
  if (SPACE.test(prev) && !SPACED_MARKS.has(ch)) {
    // A curly mark spaced from an inner quote's closing mark closes: `‘Oh no, ... attention,’ ”
    // Hege said` (typesetters put a thin space between the two marks).
    if (ch !== '"' && ch !== "'" && CLOSING_BEFORE.has(text[i - 2] ?? '')) return true;
    // A straight double mark spaced from the quote's last punctuation, with a space (or the end)
    // after it, closes: a typing slip, `"... ourselves? " she wrote.` (an opening mark is
    // followed by its first word).
    if (ch === '"' && END_PUNCTUATION.has(text[i - 2] ?? '') && SPACE.test(next)) return true;
    // A straight mark after a space opens a new quote rather than closing one.
    return false;
  }
  if (APOSTROPHES.has(ch)) {
    if (LETTER_OR_DIGIT.test(next)) return false;
    // The quote's own opening mark must be of the same family.
    return opener === '‘' || opener === "'" || opener === '‚';
  }
  return true;
}

/**
 * Whether the mark at i can open a quote: at the start, after a space, bracket, dash or another
 * mark, and followed by something (French marks may be followed by a space). A mark before an
 * elided year is an apostrophe: ‘90s.
 */
function opensHere(text: string, i: number, ch: string): boolean {
  if (CJK_MARKS.has(ch)) return true;
  const prev = i === 0 ? ' ' : (text[i - 1] as string);
  if (!BEFORE_OPEN.test(prev)) return gluedOpen(text, i);
  let j = i + 1;
  if (SPACED_MARKS.has(ch)) while (j < text.length && SPACE.test(text[j] as string)) j++;
  if (j >= text.length) return false;
  if (SPACE.test(text[j] as string)) return ch === '"' && spacedStraightOpen(text, i);
  if (SINGLE_MARKS.has(ch) && ELIDED_NUMBER.test(text.slice(j, j + 2))) return false;
  return true;
}

/**
 * A straight double mark with spaces on both sides opens a quote when the next straight mark
 * closes it (no space before that one): a typing slip, `could be " very important to the
 * development of the child".` Otherwise it is a stray mark or an inch sign.
 */
function spacedStraightOpen(text: string, i: number): boolean {
  const close = text.indexOf('"', i + 1);
  return close > i + 2 && !SPACE.test(text[close - 1] as string);
}

function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && SPACE.test(text[i] as string)) i++;
  return i;
}

/** The span [start, end) of block b without surrounding spaces, or null when empty. */
function trimmed(text: string, b: number, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] as string)) s++;
  while (e > s && SPACE.test(text[e - 1] as string)) e--;
  return e > s ? { block: b, start: s, end: e } : null;
}

/** A quote block whose whole text is one quotation in marks: the marks' span is the quote. */
function wholeBlockQuoted(block: Block, found: readonly Candidate[]): boolean {
  if (found.length !== 1) return false;
  const c = found[0]!;
  const text = block.text;
  return (
    c.parts.length === 1 && c.open === firstNonSpace(text) && text.slice(c.close).trim().length < 3
  );
}

/**
 * Whether a block set as a block quote is an article paragraph with a quotation of its own, as
 * some sites style every paragraph that quotes someone: its quoted words open or close it and
 * outnumber the writer's words around them. Example: the block `“Prince Andrew is not entitled to
 * any form of immunity,” said one legal expert.` holds one quote, said by the expert; the block
 * quote `We talked for hours. Then she said “go home”, and I went.` of a post is one quotation.
 */
function quotingParagraph(block: Block, b: number, found: readonly Candidate[]): boolean {
  const text = block.text;
  const edge = found.find(
    (c) => c.open === firstNonSpace(text) || text.slice(c.close).trim().length < 3,
  );
  if (!edge) return false;
  let quoted = 0;
  for (const c of found) {
    for (const p of c.parts) if (p.block === b) quoted += wordCount(text.slice(p.start, p.end));
  }
  return quoted >= wordCount(text) - quoted;
}

function blockQuote(span: Span): Candidate {
  return { ...candidate([span], span.start, span.end, ''), blockQuote: true };
}

function candidate(parts: Span[], open: number, close: number, mark: string): Candidate {
  return {
    parts,
    open,
    close,
    mark,
    blockQuote: false,
    inner: null,
    partial: false,
    attr: null,
    speaker: null,
    role: null,
    how: '',
    score: 0,
  };
}
