import type { Candidate } from './candidate.ts';
import { CONTEXT_EDGE_WORDS } from './data/context-words.ts';
import { isLetter, isWordChar, some } from './text-around.ts';

/**
 * Step 6: a short phrase that says what a figure measures, cut from its own clause: a few words
 * before the figure (who does what) and the words after it up to the end of the clause (what
 * of). The figure itself is shown as "…" so the phrase reads beside it on the card.
 * Example: "Alibaba Cloud is to invest an additional 200 billion yuan ($28.2bn) into its cloud
 * infrastructure during the next three years to help ..." ->
 * "Alibaba Cloud is to invest an additional … into its cloud infrastructure during the next three years".
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
  // A clause too short to say anything ("…, 21 months, he said, …"): use the whole sentence.
  if (phrase.words >= MIN_WORDS) return phrase.text;
  return phraseIn(c, text, others, figureEnd, sentence).text;
}

function phraseIn(
  c: Candidate,
  text: string,
  others: readonly Candidate[],
  figureEnd: number,
  [start, end]: readonly [number, number],
): { text: string; words: number } {
  const left = words(text.slice(start, c.start)).slice(-LEFT_WORDS);
  const rightText = text.slice(figureEnd, end);
  let right = words(rightText);
  if (right.length > RIGHT_WORDS) {
    // Do not cut another figure in half: "during the next three | years".
    const cut = cutOffset(rightText, RIGHT_WORDS) + figureEnd;
    const inside = others.find((o) => o !== c && o.start < cut && o.end > cut);
    const extra = inside ? words(text.slice(cut, inside.end)).length : 0;
    right = right.slice(0, RIGHT_WORDS + (extra <= 3 ? extra : 0));
  }
  const l = trimEdges(left, true);
  const r = trimEdges(right, false);
  // Punctuation at the outer ends belongs to the sentence, not the phrase: "to Verizon." -> "to Verizon".
  if (r.length > 0) r[r.length - 1] = (r[r.length - 1] as string).replace(TRAILING_MARKS, '');
  const ls = l.join(' ');
  const rs = r.join(' ');
  const joined = ls && rs ? `${ls} … ${rs}` : ls ? `${ls} …` : rs ? `… ${rs}` : '';
  return { text: joined, words: l.length + r.length };
}

const MIN_WORDS = 3;
const TRAILING_MARKS = /[.,;:!?…]+$/u;
const LEFT_WORDS = 7;
const RIGHT_WORDS = 8;
// Clause boundaries inside a sentence: commas and other marks that end a clause, brackets,
// dashes, quotation marks. (Full stops are left to the sentence splitter: "Remain Co. are".)
const BOUNDARY = /[,;:!?()[\]"“”«»—–]|\s-\s/gu;
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

function words(s: string): string[] {
  return s.match(WORD) ?? [];
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

/**
 * Drop function words at the outer edge ("and the" at the start, "to the" at the end) and lone
 * punctuation at both edges of each side (", he said ,").
 */
function trimEdges(ws: string[], leftSide: boolean): string[] {
  const out = [...ws];
  const mark = (w: string) => !some(w, isWordChar);
  const edge = (w: string) => CONTEXT_EDGE_WORDS.has(lettersOf(w.toLowerCase())) || mark(w);
  if (leftSide) {
    while (out.length > 0 && edge(out[0] as string)) out.shift();
    while (out.length > 0 && mark(out[out.length - 1] as string)) out.pop();
  } else {
    while (out.length > 0 && edge(out[out.length - 1] as string)) out.pop();
    while (out.length > 0 && mark(out[0] as string)) out.shift();
  }
  return out;
}

function lettersOf(w: string): string {
  let out = '';
  for (const ch of w) if (isLetter(ch)) out += ch;
  return out;
}
