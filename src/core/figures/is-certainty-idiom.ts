import type { Candidate } from './candidate.ts';
import { FULL_PERCENT_IDIOMS } from './data/stopwords.ts';
import { tokenAfter } from './text-around.ts';

/**
 * "100%" before a word of certainty says "entirely", not a share: "Automatically Generated
 * Transcript (may not be 100% accurate)", "I'm 100 percent sure". A share is of something:
 * "broadband penetration reaching 100% in the UK" stays a figure.
 */
export function isCertaintyIdiom(text: string, c: Candidate): boolean {
  if (c.kind !== 'percent' || c.value !== 100 || c.joined) return false;
  const next = tokenAfter(text, c.end);
  return !!next?.word && FULL_PERCENT_IDIOMS.has(next.text.toLowerCase());
}
