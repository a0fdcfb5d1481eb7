import type { Candidate } from './candidate.ts';
import {
  CLAUSE_OPENERS,
  CONTEXT_EDGE_WORDS,
  LEFT_CLAUSE_OPENERS,
  SPEECH_VERBS,
} from './data/context-words.ts';
import { isLetter, isWordChar, some } from './text-around.ts';

/**
 * Step 6: a short phrase (about 3-12 words) that says what a figure measures, cut from its own
 * clause: a few words before the figure (who does what) and the words after it up to the next
 * clause (what of). The figure itself is shown as "…" so the phrase reads beside it on the card;
 * every word comes from the sentence, and the phrase never ends on "the", "of" or "may".
 * Example: "Alibaba Cloud is to invest an additional 200 billion yuan ($28.2bn) into its cloud
 * infrastructure during the next three years to help ..." ->
 * "Cloud is to invest an additional … into its cloud infrastructure".
 */
export function contextOf(
  c: Candidate,
  text: string,
  others: readonly Candidate[],
  figureEnd: number,
  sentence: readonly [start: number, end: number],
): string {
  const clause = clauseAround(text, c.start, figureEnd, sentence);
  const phrase = phraseIn(c, text, others, figureEnd, clause);
  // A clause too short to say anything ("…, 21 months, he said, …"): use the whole sentence. A
  // counted noun is part of what the figure says: "Two people … died" is enough.
  const min = c.noun && c.kind === 'count' ? 1 : MIN_WORDS;
  if (phrase.words >= min) return phrase.text;
  const whole = phraseIn(c, text, others, figureEnd, sentence);
  return whole.words > phrase.words ? whole.text : phrase.text;
}

function phraseIn(
  c: Candidate,
  text: string,
  others: readonly Candidate[],
  figureEnd: number,
  [start, end]: readonly [number, number],
): { text: string; words: number } {
  // The last LEFT_SPAN characters are plenty for LEFT_WORDS words (and keep this linear).
  let left = words(withoutAsides(text.slice(Math.max(start, c.start - LEFT_SPAN), c.start)));
  // "Microsoft says … are in the works": the speaker is not what the figure measures.
  const spoke = findLastIndex(left, (w) => SPEECH_VERBS.has(lower(w)));
  if (spoke >= 0) left = left.slice(spoke + 1);
  // "operating normally before it stopped transmitting data …": the figure's own clause.
  const opener = findLastIndex(left, (w) => LEFT_CLAUSE_OPENERS.has(lower(w)));
  if (opener >= 0 && opener < left.length - 2) left = left.slice(opener + 1);
  left = left.slice(-LEFT_WORDS);
  const rightText = text.slice(figureEnd, end);
  let right = words(rightText);
  if (right.length > RIGHT_WORDS) {
    // Do not cut another figure in half: "during the next three | years".
    const cut = cutOffset(rightText, RIGHT_WORDS) + figureEnd;
    const inside = others.find((o) => o !== c && o.start < cut && o.end > cut);
    const extra = inside ? words(text.slice(cut, inside.end)).length : 0;
    right = right.slice(0, RIGHT_WORDS + (extra <= 3 ? extra : 0));
  }
  // "… he said, after privately reporting": the speaker is no part of the phrase.
  const said = right.slice(0, 3).findIndex((w) => SPEECH_VERBS.has(lower(w)));
  if (said >= 0) right = right.slice(said + 1);
  // Stop before a new clause: "metadata for … | so security agencies can access" (when nothing
  // is left, the whole sentence is read again); and before a coordinated clause right after the
  // figure: "weighed … | and sounded like" (not later: "of computing and math-related jobs").
  const opens = right.findIndex(
    (w, i) => CLAUSE_OPENERS.has(lower(w)) || (i === 0 && COORDINATORS.has(lower(w))),
  );
  if (opens >= 0) right = right.slice(0, opens);
  // Another figure is another fact: "into its cloud infrastructure | during the next three
  // years" (kept when the phrase needs it: "… the highest rate on two non-emergency days").
  const next = others.find((o) => o !== c && o.start >= figureEnd && o.start < end);
  if (next) {
    const before = words(text.slice(figureEnd, next.start)).length;
    if (before >= 4 && before < right.length) right = right.slice(0, before);
  }
  const l = trimEdges(left, true);
  let r = trimEdges(right, false);
  // Keep the phrase within MAX_WORDS: the far end of the longer side goes first.
  const lr = [...l];
  while (readWords(lr) + readWords(r) > MAX_WORDS) {
    if (lr.length > r.length) lr.shift();
    else r = r.slice(0, -1);
  }
  const ll = trimEdges(lr, true);
  r = trimEdges(r, false);
  // Punctuation at the outer ends belongs to the sentence, not the phrase: "to Verizon." -> "to Verizon".
  if (r.length > 0) r[r.length - 1] = (r[r.length - 1] as string).replace(TRAILING_MARKS, '');
  // With nothing after the figure the left side ends the phrase: "down to …" -> "down …".
  const lefts = r.length === 0 ? trimInner(ll) : ll;
  const ls = lefts.join(' ');
  const rs = r.join(' ');
  const joined = ls && rs ? `${ls} … ${rs}` : ls ? `${ls} …` : rs ? `… ${rs}` : '';
  return { text: joined, words: lefts.length + r.length };
}

const MIN_WORDS = 2;
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but']);
const MAX_WORDS = 12;
const TRAILING_MARKS = /[.,;:!?…]+$/u;
const LEFT_WORDS = 7;
const LEFT_SPAN = 400;
const RIGHT_WORDS = 8;
// Clause boundaries inside a sentence: commas and other marks that end a clause, brackets,
// dashes, quotation marks. (Full stops are left to the sentence splitter: "Remain Co. are".)
const BOUNDARY = /[,;:!?()[\]"“”«»—–]|\s-\s|\s--\s/gu;
const WORD = /\S+/g;

function clauseAround(
  text: string,
  start: number,
  end: number,
  [sentenceStart, sentenceEnd]: readonly [number, number],
): [number, number] {
  let s = sentenceStart;
  let e = sentenceEnd;
  BOUNDARY.lastIndex = sentenceStart;
  for (let m = BOUNDARY.exec(text); m && m.index < sentenceEnd; m = BOUNDARY.exec(text)) {
    const at = m.index;
    if (at < start) s = at + m[0].length;
    else if (at >= end) {
      e = at;
      break;
    }
  }
  return [s, e];
}

/**
 * The text without its asides, a passage between two dashes or in brackets: "to store so-called
 * metadata — the who, where, when and how — for" -> "to store so-called metadata for".
 */
function withoutAsides(s: string): string {
  return s.replace(DASH_ASIDE, ' ').replace(BRACKET_ASIDE, ' ');
}

const DASH_ASIDE = /\s(?:[—–]|--?)\s[^—–]{0,160}?\s(?:[—–]|--?)\s/gu;
const BRACKET_ASIDE = /\([^()]*\)/gu;

/**
 * Words as a reader counts them: "1,440p" is two ("1" and "440p"), "10^5" two, "--" none; the
 * 12-word limit is on these.
 */
function readWords(ws: readonly string[]): number {
  let n = 0;
  for (const w of ws) n += w.match(READ_WORD)?.length ?? 0;
  return n;
}

const READ_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

function findLastIndex<T>(xs: readonly T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i] as T)) return i;
  return -1;
}

function cutOffset(s: string, n: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    count++;
    if (count === n) return m.index + m[0].length;
  }
  return s.length;
}

const mark = (w: string) => !some(w, isWordChar);
const edge = (w: string) => CONTEXT_EDGE_WORDS.has(lower(w)) || mark(w);

/**
 * Drop function words at the outer edge ("and the" at the start, "to the" at the end) and lone
 * punctuation at both edges of each side (", he said ,").
 */
function trimEdges(ws: readonly string[], leftSide: boolean): string[] {
  const out = [...ws];
  if (leftSide) {
    while (out.length > 0 && edge(out[0] as string)) out.shift();
    while (out.length > 0 && mark(out[out.length - 1] as string)) out.pop();
  } else {
    while (out.length > 0 && edge(out[out.length - 1] as string)) out.pop();
    while (out.length > 0 && mark(out[0] as string)) out.shift();
  }
  return out;
}

/** The left side's inner end, when it ends the phrase: "lists within lists, down to" -> "... down". */
function trimInner(ws: readonly string[]): string[] {
  const out = [...ws];
  while (out.length > 0 && edge(out[out.length - 1] as string)) out.pop();
  if (out.length > 0) out[out.length - 1] = (out[out.length - 1] as string).replace(/[,;:]+$/u, '');
  return out;
}

/** Letters only, lower case, without a possessive or "is": "That's" -> "that". */
function lower(w: string): string {
  return lettersOf(w.toLowerCase().replace(POSSESSIVE, ''));
}

const POSSESSIVE = /['’]s$/u;

function lettersOf(w: string): string {
  let out = '';
  for (const ch of w) if (isLetter(ch)) out += ch;
  return out;
}
