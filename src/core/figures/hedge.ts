/**
 * Hedges on either side of a number: "more than 200", "nearly $16 trillion" before it; "or more",
 * "-plus", "+" after it. They set the figure's `hedged` flag and widen its span.
 */

import type { Candidate } from './candidate.ts';
import { HEDGES_AFTER, HEDGES_BEFORE } from './data/hedges.ts';
import { ahead, NOT_LETTER_AFTER, tokenBefore } from './text-around.ts';

const HEDGES = new Set(HEDGES_BEFORE);
const HEDGE_WORDS = Math.max(...HEDGES_BEFORE.map((h) => h.split(' ').length));
// The last words of every hedge ("than", "more than", "a little more than"): reading back from
// a number stops as soon as the words read end no hedge, since no longer phrase can be one.
const HEDGE_SUFFIXES = new Set(
  HEDGES_BEFORE.flatMap((h) => {
    const words = h.split(' ');
    return words.map((_, k) => words.slice(k).join(' '));
  }),
);

/** Where a hedge right before `at` starts: "more than 200", "nearly $16 trillion". */
export function hedgeBefore(text: string, at: number): number | null {
  let phrase = '';
  let best: number | null = null;
  let from = at;
  // Token by token (as tokensBefore reads them), so that the words not needed are not read:
  // before "200" in "the company said 200", "said" ends no hedge and the reading stops there.
  for (let k = 0; k < HEDGE_WORDS; k++) {
    const tok = tokenBefore(text, from);
    if (!tok?.word) break;
    from = tok.start;
    phrase = phrase ? `${tok.text.toLowerCase()} ${phrase}` : tok.text.toLowerCase();
    if (HEDGES.has(phrase)) best = tok.start;
    if (!HEDGE_SUFFIXES.has(phrase)) break;
  }
  return best;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Runs on a lower-cased slice that starts at the figure's end (see ahead).
const HEDGE_AFTER = new RegExp(
  `^(?:\\s+(?:${HEDGES_AFTER.map(escapeRe).join('|')})|-plus|\\+)${NOT_LETTER_AFTER}`,
  'u',
);

export function readHedgeAfter(c: Candidate, text: string): void {
  const m = HEDGE_AFTER.exec(ahead(text, c.end, 16));
  if (m) {
    c.hedged = true;
    c.end += m[0].length;
  }
}
