import type { Candidate } from './candidate.ts';
import { HYPERBOLE_NOUNS } from './data/stopwords.ts';

// "a million", "a thousand", "a hundred": a scale word after "a", nothing more.
const A_SCALE = /^an?\s+(?:hundred|thousand|million|billion)$/i;

/**
 * "a million reasons", "a thousand ways", "a hundred things": "a" and a bare scale word before a
 * noun that is never counted one by one says "very many", not a number (figures12, blind 9's
 * wired: "There are a million reasons why that’s tricky to do"). "a million people", "1 million
 * reasons" and "a million dollars" stay figures.
 */
export function isHyperbole(text: string, c: Candidate): boolean {
  if (c.digits || c.noun === null || c.kind !== 'count') return false;
  if (!A_SCALE.test(text.slice(c.start, c.numEnd))) return false;
  return HYPERBOLE_NOUNS.has(c.noun.toLowerCase());
}
