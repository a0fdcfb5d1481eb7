import type { Merged } from './07-merge.ts';
import type { Candidate } from './candidate.ts';
import { DEFINITE_BEFORE } from './data/stopwords.ts';
import { tokenBefore } from './text-around.ts';

/**
 * Later mentions that tell a fact already stated, in another form than the same amount in the
 * same unit (which 07-merge keys on). Used by step 7.
 */

/**
 * A hedged amount that is an earlier money amount rounded: "the value is about $44.2 million
 * per week" ... "puts the figure at about $44 million" (44.2 to two significant digits is 44).
 * The hedge marks the rounding; unhedged, "$44 million" beside "$44.2 million" may be two
 * amounts (last year's and this year's), so they stay apart.
 */
export function roundedRestatement(earlier: readonly Merged[], c: Candidate): Merged | undefined {
  if (c.kind !== 'money' || !c.hedged || c.value === null || c.value === 0 || c.joined) {
    return undefined;
  }
  const digits = significantDigits(c.value);
  return earlier.find(
    (m) =>
      m.kind === 'money' &&
      m.unit === c.unit &&
      m.value !== null &&
      m.value !== c.value &&
      significantDigits(m.value) > digits &&
      Number(m.value.toPrecision(digits)) === c.value,
  );
}

/** Significant digits of a value as written: 44e6 has 2, 44.2e6 has 3, 2500 has 2. */
function significantDigits(v: number): number {
  const s = Math.abs(v).toPrecision(15).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, s.length);
}

/**
 * A count after "the" names a set the story has already counted: "10 candidates meet on the
 * debate stage" ... "five of the 10 Democrats on stage"; the definite article says the reader
 * knows it. "10 candidates" ... "10 new rules" (no article) are two facts. So does a bare number
 * after "of" ("the field of 20").
 */
export function isDefiniteRepeat(text: string, c: Candidate): boolean {
  if (c.kind !== 'count' && c.kind !== 'number') return false;
  const word = tokenBefore(text, c.start);
  if (!word?.word) return false;
  const w = word.text.toLowerCase();
  // A bare number after "of" names a set by its size: "Four teams from there will join the field
  // of 20" after "20 teams have booked their spots".
  return DEFINITE_BEFORE.has(w) || (w === 'of' && c.kind === 'number' && c.noun === null);
}
