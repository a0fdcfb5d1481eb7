import type { Candidate } from './candidate.ts';
import { STREET_WORDS } from './data/name-words.ts';
import { isCapitalised, tokenAfter } from './text-around.ts';

/**
 * A house number: a bare number in digits before a street's capitalised name ending in a street
 * word, "the basement at 80 New York Avenue in Crown Heights", "10 Downing Street". An address
 * names a place; it counts nothing (not "80 New Yorkers", not "3 Avenue Capital funds", where
 * the street word is not last).
 */
export function isStreetAddress(text: string, c: Candidate): boolean {
  if (c.kind !== 'number' || !c.digits || c.end !== c.numEnd) return false;
  // The block of a street, as police reports place a call: "at a home in the 10700 block of
  // Arno Drive" (aol), "entered a car in 2100 block of Washtenaw" (blind 11's mlive).
  if (BLOCK_OF_AFTER.test(text.slice(c.end, c.end + 10))) return true;
  let at = c.end;
  for (let i = 0; i < MAX_NAME_WORDS; i++) {
    const tok = tokenAfter(text, at);
    if (!tok?.word || !isCapitalised(tok.text)) return false;
    // The street word comes after the name's first word: "Downing Street".
    if (i > 0 && STREET_WORDS.has(tok.text.toLowerCase())) {
      const next = tokenAfter(text, tok.end);
      // "Park Avenue Capital": a street word followed by a capitalised word is a firm's name.
      return !(next?.word && isCapitalised(next.text));
    }
    at = tok.end;
  }
  return false;
}

const BLOCK_OF_AFTER = /^\s+block\s+of\b/i;

// "80 New York Avenue": up to three words of the street's name and its street word.
const MAX_NAME_WORDS = 4;
