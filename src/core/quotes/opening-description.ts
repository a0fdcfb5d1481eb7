import { ORG_WORDS } from './data/not-names.ts';
import { TITLES } from './data/titles.ts';
import { isCommonFirstName } from './is-common-first-name.ts';
import { isPlace } from './is-place.ts';
import type { Token } from './tokens.ts';

// Words of a description that may stand before the first name, at most.
const MAX_DESCRIPTION = 3;
// Words of the name from its first name on, at most: "Philip Larkin", "Mary Ann Roe".
const MAX_NAME = 3;

/**
 * Where the name starts in a capitalised run that opens a sentence: at a common first name
 * after one to three words that are none, the capitals being only the sentence's. "Poet Philip
 * Larkin described all plots as “...”" names Philip Larkin; "Veteran Wall Streeter Charlotte
 * Beyer has four tips" names Charlotte Beyer. Not in mid-sentence, where capitals are the
 * name's own ("the Wall Street Charlotte Roe"), nor when the first word is itself a first name
 * ("Mary Jane Roe"), a title ("Coach Tom Hale", kept as the name's title), or the words before
 * make a place or a body with the first name ("San Antonio Spurs", "Saint John Ambulance").
 */
export function openingDescription(tokens: readonly Token[], a: number, last: number): number {
  if (
    a >= last ||
    !opensSentence(tokens, a) ||
    isCommonFirstName(tokens[a]!.lower) ||
    TITLES.has(tokens[a]!.lower)
  )
    return a;
  for (let f = a + 1; f <= Math.min(a + MAX_DESCRIPTION, last - 1); f++) {
    if (!isCommonFirstName(tokens[f]!.lower)) continue;
    if (last - f + 1 > MAX_NAME) return a;
    const words = tokens.slice(a, last + 1);
    if (words.some((t) => ORG_WORDS.has(t.lower) || t.trail !== '' || t.opens)) return a;
    const lead = tokens.slice(a, f + 1).map((t) => t.word);
    if (isPlace(lead.join(' ')) || isPlace(lead.slice(0, -1).join(' '))) return a;
    return f;
  }
  return a;
}

/** The token opens its sentence: the first token, or one after a full stop, "?" or "!". */
function opensSentence(tokens: readonly Token[], a: number): boolean {
  const before = tokens[a - 1];
  return before === undefined || /[.!?]/.test(before.trail);
}
