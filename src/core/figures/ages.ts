/**
 * Ages: a bare number that is a person's age by where it stands (08-rank weighs it, 07-merge
 * joins it to the same age told as "N-year-old").
 */

import type { Candidate } from './candidate.ts';
import {
  AGE_APPOSITION_AFTER,
  AGE_APPOSITION_BEFORE,
  AGE_APPOSITION_MAX,
  AGE_WHO_BEFORE,
} from './data/key-cues.ts';

/**
 * A bare whole number between commas right after a name: the person's age ("Assange, 47, over
 * his role", "Batchelder, now 19, questioned"), not a count ("In Paris, 40 died" has no comma
 * after); or after "who was": "Roof, who was 21 at the time".
 */
export function appositionAge(text: string, c: Candidate, end: number): boolean {
  return (
    c.value !== null &&
    Number.isInteger(c.value) &&
    c.value > 0 &&
    c.value <= AGE_APPOSITION_MAX &&
    ((AGE_APPOSITION_AFTER.test(text.slice(end, end + 1)) &&
      AGE_APPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start))) ||
      AGE_WHO_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)))
  );
}

// "14-year-old", "12 years old", "a 42 year old": the unit's words after the number, then "old".
const YEARS_OLD_AFTER = /^[\s-]years?[\s-]old\b/i;

/**
 * The age a candidate tells, whatever its form: "Minguzzi, 14," (an apposition, see
 * appositionAge), "a 14-year-old son", "12 years old", "aged 45" (03-unit's noun 'age'). Null
 * when it is no age. The same age told twice of one person is one fact, like any amount said
 * again (dailystar: "Mattia Ahmet Minguzzi, 14, was shopping" ... "A celebrity chef's 14-year-old
 * son"; inews: "A 42-year-old woman" ... "Hayley Walsh, 42, a lecturer").
 */
export function ageOf(c: Candidate, text: string): number | null {
  if (c.value === null || c.joined) return null;
  if (c.kind === 'number') return c.digits && appositionAge(text, c, c.end) ? c.value : null;
  if (c.kind !== 'duration' || c.unit !== 'years') return null;
  if (c.noun === 'age') return c.value;
  return YEARS_OLD_AFTER.test(text.slice(c.numEnd, c.numEnd + 12)) ? c.value : null;
}
