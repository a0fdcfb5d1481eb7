/**
 * "the center" or "the ministry" for the body whose name ends in that noun: "the Storm Prediction
 * Center has outlined a Level 3 risk ... “...,” wrote the center."
 */

import { readNameBackward } from './names.ts';
import type { People, Person } from './people.ts';
import { isCapitalised, type Token } from './tokens.ts';

/**
 * The body named with `noun` as the last word of its name, at token k of a sentence: in
 * "Nonetheless, the Storm Prediction Center has outlined ..." the center is the Storm Prediction
 * Center (not "Storm Prediction", the words before the noun); in "Russia’s Defense Ministry on
 * Sunday confirmed ..." the ministry is Russia's Defense Ministry. Null when the noun is written
 * in lower case ("the US company", read by the caller) or names nobody the article knows.
 */
export function bodyEndingIn(
  people: People,
  tokens: readonly Token[],
  k: number,
  noun: string,
): Person | null {
  const t = tokens[k]!;
  if (t.lower !== noun || !isCapitalised(t.word)) return null;
  const run = readNameBackward(tokens, k);
  if (!run || run.last !== k || run.first === k) return null;
  return people.resolve(run.name, true, true);
}
