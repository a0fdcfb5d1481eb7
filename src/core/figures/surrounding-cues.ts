import type { Candidate } from './candidate.ts';
import { RIVAL_WINDOW_AFTER, RIVAL_WINDOW_BEFORE, RIVAL_WORDS } from './data/key-cues.ts';
import {
  CONDITIONAL_BEFORE,
  CONDITIONAL_WINDOW,
  SPECULATIVE_BEFORE,
  SPECULATIVE_WINDOW,
  THRESHOLD_BEFORE,
} from './data/rank-cues.ts';
import { tokensAfter, tokensBefore } from './text-around.ts';

/**
 * What the words around a figure, within its sentence or clause, say about it: a possibility
 * ("could bring in as much as"), a condition ("if ... more than two hours"), a rival's figure, a
 * limit ("above 9%"). Read by step 8 (08-rank.ts) into the figure's evidence.
 */

/**
 * A modal or a forecast word among the few words before the figure, in its sentence: "could
 * bring in as much as 3bn euros", "a predicted extra £250m".
 */
export function speculativeBefore(text: string, c: Candidate): boolean {
  for (const tok of tokensBefore(text, c.start, SPECULATIVE_WINDOW)) {
    if (!tok.word && SENTENCE_END.test(tok.text)) return false;
    if (tok.word && SPECULATIVE_BEFORE.has(tok.text.toLowerCase())) return true;
  }
  return false;
}

const SENTENCE_END = /^[.!?]$/;

/**
 * The figure is inside a condition's clause: "so if we can sell laptops in quantities of one
 * million or more" (not "If they vote it down, there is a fee of $15 million": the comma closes
 * the condition).
 */
export function conditionalBefore(text: string, c: Candidate): boolean {
  for (const tok of tokensBefore(text, c.start, CONDITIONAL_WINDOW)) {
    if (!tok.word && CLAUSE_END.test(tok.text)) return false;
    if (tok.word && CONDITIONAL_BEFORE.has(tok.text.toLowerCase())) return true;
  }
  return false;
}

const CLAUSE_END = /^[.!?,;:]$/;

/**
 * A rival named a few words before the figure or right after it, in its sentence: "with
 * Japanese rival Nissan Motor to supply it with 36,000 small cars", "the $204m announced by
 * rival Google" (not the "$17m" of "Its $17m profit ... was dwarfed by the $204m announced by
 * rival Google": that one is ten words away).
 */
export function rivalAround(text: string, c: Candidate, end: number): boolean {
  const isRival = (toks: ReturnType<typeof tokensBefore>) => {
    for (const tok of toks) {
      if (!tok.word && SENTENCE_END.test(tok.text)) return false;
      if (tok.word && RIVAL_WORDS.has(tok.text.toLowerCase())) return true;
    }
    return false;
  };
  return (
    isRival(tokensBefore(text, c.start, RIVAL_WINDOW_BEFORE)) ||
    isRival(tokensAfter(text, end, RIVAL_WINDOW_AFTER))
  );
}

/** "above 9%", "below $20": the word right before makes the figure a limit. */
export function thresholdBefore(text: string, c: Candidate): boolean {
  const [tok] = tokensBefore(text, c.start, 1);
  return tok?.word === true && THRESHOLD_BEFORE.has(tok.text.toLowerCase());
}
