/**
 * Names that are places by their form, wherever the article writes them: a geographic noun at
 * the end ("Powder River Basin") or a state after a comma ("Oak Grove, Calif.").
 */

import { PLACE_FEATURES, STATE_ABBREVIATIONS } from './data/places.ts';
import { isPlace } from './is-place.ts';
import { readNameForward } from './names.ts';
import type { Token } from './tokens.ts';

/**
 * Whether the name run tokens [first, last] is a place by its form: a name of two words or more
 * ending with a geographic noun ("Powder River Basin", "Orange County"), or a name followed by a
 * comma and a state, in AP style or in full ("Oak Grove, Calif.", "South Orange, N.J.", "Mandan,
 * North Dakota,"), the way news writes a town. "Gina McVey, Oak Grove, Calif." keeps Gina McVey a
 * person: a town is no state.
 */
export function placeByForm(tokens: readonly Token[], first: number, last: number): boolean {
  if (last > first && PLACE_FEATURES.has(tokens[last]!.lower)) return true;
  if (tokens[last]!.trail !== ',') return false;
  const next = tokens[last + 1];
  if (!next) return false;
  // "Calif.", "N.J.": an abbreviation written with its dot.
  const bare = next.lower.replace(/\./g, '');
  if (STATE_ABBREVIATIONS.has(bare) && (next.word.includes('.') || next.trail.startsWith('.')))
    return true;
  // A state or country in full, closing the phrase: "Mandan, North Dakota, police chief", not
  // "Ann Roe, Ohio’s secretary of state".
  const run = readNameForward(tokens, last + 1);
  if (!run || run.first !== last + 1 || tokens[run.last]!.trail === '') return false;
  if (/[’']s$/u.test(tokens[run.last]!.word)) return false;
  return isPlace(run.name);
}
