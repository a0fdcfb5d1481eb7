import type { Candidate } from './candidate.ts';
import { CONTEXT_EDGE_WORDS } from './data/context-words.ts';

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
  figureEnd = c.end,
): string {
  const [clauseStart, clauseEnd] = clauseAround(text, c.start, figureEnd);
  const left = words(text.slice(clauseStart, c.start)).slice(-LEFT_WORDS);
  const rightText = text.slice(figureEnd, clauseEnd);
  let right = words(rightText);
  if (right.length > RIGHT_WORDS) {
    // Do not cut another figure in half: "during the next three | years".
    const cut = cutOffset(rightText, RIGHT_WORDS) + figureEnd;
    const inside = others.find((o) => o !== c && o.start < cut && o.end > cut);
    const extra = inside ? words(text.slice(cut, inside.end)).length : 0;
    right = right.slice(0, RIGHT_WORDS + (extra <= 3 ? extra : 0));
  }
  const l = trimEdges(left, true).join(' ');
  const r = trimEdges(right, false).join(' ');
  if (l && r) return `${l} … ${r}`;
  if (l) return `${l} …`;
  if (r) return `… ${r}`;
  return '';
}

const LEFT_WORDS = 6;
const RIGHT_WORDS = 8;
// Clause boundaries: punctuation that ends a clause, brackets, dashes, quotation marks.
const BOUNDARY = /[,;:!?()[\]"“”«»—–]|\.(?=\s|$)|\s-\s/gu;
const WORD = /\S+/g;

function clauseAround(text: string, start: number, end: number): [number, number] {
  let s = 0;
  let e = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
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

/** Drop function words at the outer edge: "and the" at the start, "to the" at the end. */
function trimEdges(ws: string[], leftSide: boolean): string[] {
  const out = [...ws];
  const edge = (w: string) => CONTEXT_EDGE_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, ''));
  if (leftSide) {
    while (out.length > 0 && edge(out[0] as string)) out.shift();
  } else {
    while (out.length > 0 && edge(out[out.length - 1] as string)) out.pop();
  }
  return out;
}
