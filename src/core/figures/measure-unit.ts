/**
 * A unit of measure with a number: after it ("12 km", "12GB", "40-foot-tall", "°C", "km/h",
 * "60 or more miles"), before it ("magnitude-5.8"), and "times" ("three times a week").
 */

import type { Candidate } from './candidate.ts';
import { RATE_PERIODS, UNIT_FILLERS, UNITS, UNITS_BEFORE, type Unit } from './data/units.ts';
import { ahead, isCapitalised, tokenAfter, tokenBefore } from './text-around.ts';

/**
 * A unit written before the number, right before it or hyphened on: "the Washington Monument
 * developed a crack from the magnitude-5.8 quake", "a magnitude 7.1 earthquake" (UNITS_BEFORE).
 */
export function readUnitBefore(c: Candidate, text: string): void {
  const gap = text[c.start - 1];
  if (gap !== '-' && gap !== ' ') return;
  const word = tokenBefore(text, c.start - 1);
  if (!word?.word || word.end !== c.start - 1) return;
  const unit = UNITS_BEFORE.get(word.text.toLowerCase());
  if (!unit) return;
  setUnit(c, unit, c.end, word.text);
  c.start = word.start;
}

// The patterns below run on a lower-cased slice that starts at the number's end (see ahead).
// "times a week", "times per day".
const RATE = /^\s+(?:a|an|per|each)\s+([a-z]+)/;
// "°C", "° F", "ºC".
const DEGREES = /^\s?[°º]\s?([cf])?(?![a-z])/;
// "3.6 degrees Fahrenheit (2 degrees Celsius)" (tnr), "0.1 degrees Celsius (0.18 degrees
// Fahrenheit)" (newyorker): the scale named after "degrees" is the unit, so that the bracketed
// conversion is read as the same fact. Not "degrees" alone ("two degrees in physics").
const DEGREES_WORD = /^\s+degrees?\s+(celsius|centigrade|fahrenheit)(?![a-z])/;
// "km/h".
const KMH = /^\s?km\/h(?![a-z])/;

// "or so", "or more" between the number and its unit (see readMeasureAfterHedge).
const HEDGE_BEFORE_UNIT = /^\s+or\s+(?:so|more|less)(?=\s)/;

/**
 * A hedge may sit between the number and its unit of measure: "the researchers discounted the
 * 800,000 or so bbl. ... captured at the wellhead", "60 or more miles at sea". The unit is the
 * figure's (the later "the 800,000 bbl." is the same fact). Units of measure only: a counted
 * noun after "or more" is read as ever ("two or more antibiotics" keeps its hedge).
 */
export function readMeasureAfterHedge(c: Candidate, text: string, at: number): boolean {
  const hedge = HEDGE_BEFORE_UNIT.exec(text.slice(at, at + 12));
  if (!hedge) return false;
  if (!readMeasure(c, text, at + hedge[0].length)) return false;
  c.hedged = true;
  return true;
}

// A height or a length in feet and inches written with prime marks: "5’6”", "6' 7\"", "5′11″".
const FEET_INCHES = /^['’′]\s?(\d{1,2})["”″]/;

/**
 * Feet and inches in prime marks are one measure in feet (figures12, blind 9's theatlantic and
 * si: "A 5’6” 200-pound male", "Counce was 6' 7\" and five years older"), not a 5 and a 6 (nor
 * a clipped year "’6"). Whole feet only, and fewer than 12 inches: "3.5' 2\"" is no height.
 */
function readFeetAndInches(c: Candidate, next: string, at: number): boolean {
  const m = FEET_INCHES.exec(next);
  if (!m || !c.digits || c.value === null || !Number.isInteger(c.value)) return false;
  const inches = Number(m[1]);
  if (inches >= 12) return false;
  setUnit(c, { unit: 'ft', kind: 'measure' }, at + m[0].length, null);
  c.value = Math.round((c.value + inches / 12) * 10000) / 10000;
  return true;
}

export function readMeasure(c: Candidate, text: string, at: number): boolean {
  const next = ahead(text, at, 12);
  if (readFeetAndInches(c, next, at)) return true;
  const kmh = KMH.exec(next);
  if (kmh) return setUnit(c, { unit: 'km/h', kind: 'speed' }, at + kmh[0].length, null);
  const deg = DEGREES.exec(next);
  if (deg) {
    const unit = deg[1] ? `°${deg[1].toUpperCase()}` : '°';
    return setUnit(c, { unit, kind: 'temperature' }, at + deg[0].length, null);
  }
  const scale = DEGREES_WORD.exec(ahead(text, at, 24));
  if (scale) {
    const unit = scale[1] === 'fahrenheit' ? '°F' : '°C';
    return setUnit(c, { unit, kind: 'temperature' }, at + scale[0].length, null);
  }
  let tok = tokenAfter(text, at);
  if (!tok) return false;
  // Hyphenated: "40-foot-tall", "30-minute", "50-inches".
  const hyphen = !tok.word && tok.text === '-' && tok.start === at;
  if (hyphen) {
    tok = tokenAfter(text, tok.end);
    if (!tok?.word || tok.start !== at + 1) return false;
  }
  if (!tok.word || tok.start - at > 1) return false;
  let lower = tok.text.toLowerCase();
  if (UNIT_FILLERS.has(lower)) {
    const next = tokenAfter(text, tok.end);
    if (next?.word && UNITS.has(next.text.toLowerCase())) {
      tok = next;
      lower = tok.text.toLowerCase();
    }
  }
  const unit = UNITS.get(lower);
  if (!unit) return false;
  // One upper-case letter touching the number is a name, not a unit: "5G", "3D", "4K".
  if (tok.text.length === 1 && tok.start === at && isCapitalised(tok.text)) return false;
  let end = tok.end;
  // "Two-year-old": an age.
  if (hyphen && unit.kind === 'duration') {
    const old = /^-old(?![A-Za-z])/.exec(text.slice(end, end + 6));
    if (old) end += old[0].length;
  }
  // "40-foot-tall": keep the adjective that says which dimension.
  const dim = /^-(?:tall|high|long|wide|deep)(?![A-Za-z])/.exec(text.slice(end, end + 6));
  if (hyphen && dim) end += dim[0].length;
  return setUnit(c, unit, end, tok.text);
}

function setUnit(c: Candidate, unit: Unit, end: number, noun: string | null): boolean {
  c.unit = unit.unit;
  c.kind = unit.kind === 'duration' ? 'duration' : 'measure';
  c.end = end;
  c.noun = noun;
  return true;
}

export function readTimes(c: Candidate, text: string, at: number): boolean {
  const tok = tokenAfter(text, at);
  if (!tok?.word || tok.text.toLowerCase() !== 'times' || tok.start - at > 1) return false;
  c.kind = 'multiple';
  c.unit = 'times';
  c.end = tok.end;
  const rate = RATE.exec(ahead(text, tok.end, 16));
  if (rate && RATE_PERIODS.has(rate[1] as string)) {
    c.unit = `times a ${rate[1] as string}`;
    c.end = tok.end + rate[0].length;
  }
  return true;
}
