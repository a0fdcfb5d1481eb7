/**
 * Spelled-out numbers that carry their own unit, read by 03-unit before anything else: fractions
 * ("a third", "half a trillion dollars", "a half-point cut", "half a century") and "a year and a
 * half"; and the value of an ordinary spelled-out number.
 */

import { parseNumberWords, round } from './02-parse-value.ts';
import type { Candidate } from './candidate.ts';
import { DECADE_WORDS, FRACTION_WORDS, SCALE_WORDS, UNIT_WORDS } from './data/number-words.ts';
import { UNITS } from './data/units.ts';
import { ahead } from './text-around.ts';

const AND_A_HALF = /^(?:an?|one)\s+([a-z]+)\s+and\s+a\s+half$/i;
const WORD_SPLIT = /[\s-]+/;

export function wordsValue(core: string): number | null {
  return parseNumberWords(core.toLowerCase().split(WORD_SPLIT))?.value ?? null;
}

/**
 * Fractions and "a year and a half". 'done': the figure is complete; 'number': a value was read
 * and the unit is still to read on the right ("half a trillion dollars"); 'none': an ordinary
 * spelled-out number.
 */
export function readWordForms(
  c: Candidate,
  core: string,
  text: string,
): 'done' | 'number' | 'none' {
  const half = AND_A_HALF.exec(core);
  if (half) {
    const unit = UNITS.get((half[1] as string).toLowerCase());
    c.value = 1.5;
    c.unit = unit?.unit ?? null;
    c.kind = 'duration';
    c.noun = half[1] as string;
    return 'done';
  }
  const parts = core.toLowerCase().split(WORD_SPLIT);
  const last = parts[parts.length - 1] as string;
  // "in their eighties": an age, the decade's first year (01-scan reads these only after a
  // possessive).
  const decade = DECADE_WORDS.get(last);
  if (decade !== undefined) {
    c.value = decade;
    c.unit = 'years';
    c.kind = 'duration';
    c.noun = 'age';
    return 'done';
  }
  const denominator = FRACTION_WORDS.get(last);
  if (denominator === undefined) return 'none';
  const first = parts[0] as string;
  const numerator =
    parts.length === 1
      ? last === 'half'
        ? 1
        : undefined
      : first === 'a' || first === 'an'
        ? 1
        : UNIT_WORDS.get(first);
  // A lone "third" or "quarter" is an ordinal: no value, 05-filter drops it.
  c.value = numerator === undefined ? null : round(numerator / denominator);
  c.kind = 'fraction';
  c.unit = 'fraction';
  if (c.value === null) return 'done';
  // "half a trillion dollars": half of a scale, then the unit as for any number.
  const scale = HALF_OF_SCALE.exec(ahead(text, c.end, 24));
  if (scale && numerator === 1) {
    c.value = round(c.value * (SCALE_WORDS.get(scale[1] as string) as number));
    c.kind = 'number';
    c.unit = null;
    c.end += scale[0].length;
    c.numEnd = c.end;
    return 'number';
  }
  // "a half-point cut", "a quarter of a point": interest rates move in points.
  const point = POINTS_AFTER.exec(ahead(text, c.end, 32));
  if (point) {
    c.kind = 'percent';
    c.unit = 'percentage points';
    c.end += point[0].length;
    return 'done';
  }
  if (last === 'half' && numerator === 1) readHalfOf(c, text);
  return 'done';
}

const HALF_OF_SCALE = /^\s+an?\s+(hundred|thousand|million|billion|trillion|dozen)(?![a-z])/;
const POINTS_AFTER = /^(?:-|\s+|\s+of\s+an?\s+)(?:percentage[\s-]+)?points?(?![a-z])/;

// "half a century" is 50 years, "half an hour" 0.5 hours, "a half-century" 50 years.
const HALF_OF_UNIT = /^(?:\s+an?\s+|-|\s+)([A-Za-z]+)/;

function readHalfOf(c: Candidate, text: string): void {
  const m = HALF_OF_UNIT.exec(text.slice(c.end, c.end + 20));
  const unit = m ? UNITS.get((m[1] as string).toLowerCase()) : undefined;
  if (!m || !unit || unit.kind !== 'duration') return;
  c.kind = 'duration';
  c.end += m[0].length;
  c.noun = m[1] as string;
  // Centuries and decades read as years: "half a century" is "50 years" to a reader.
  if (unit.unit === 'centuries') [c.value, c.unit] = [50, 'years'];
  else if (unit.unit === 'decades') [c.value, c.unit] = [5, 'years'];
  else c.unit = unit.unit;
}
