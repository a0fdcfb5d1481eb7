import type { Candidate } from './candidate.ts';
import { RANGE_JOINERS, RANGE_OPENERS } from './data/hedges.ts';
import { tokensBefore } from './text-around.ts';

/**
 * Step 4: join two numbers that state one quantity.
 * - Ranges: "between 400 and 600", "$24 to $28", "400-600 people", "two or three days",
 *   "between the ages of 25 and 54". The value is the lower end; the unit is the end that has one
 *   ("10 to 20 million" takes "million" for both ends).
 * - Ratios: "one in five", "1 in 10", "three out of four" -> a fraction (0.2).
 * - Dimensions: "1800 x 1920", "2,560 by 1,440 pixels" -> no single value, unit of the last end.
 * Input and output are in text order.
 */
export function joinRanges(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i] as Candidate;
    const b = cands[i + 1];
    const joined = b ? join(a, b, text) : null;
    if (joined) {
      out.push(joined);
      i++;
      continue;
    }
    // The first end's conversion in brackets sits inside the range: "between 250 euros (£173)
    // and 600 euros" is one range; the conversion is part of its text, not a figure of its own.
    const c = cands[i + 2];
    const around =
      b && c && isConversion(a, b, text) ? join({ ...a, end: b.end + 1 }, c, text) : null;
    if (around) {
      out.push({ ...around, start: Math.min(around.start, a.start) });
      i += 2;
    } else out.push(a);
  }
  return out;
}

// What may sit between the two ends, trimmed and lower-cased.
const RATIO_JOINERS = new Set(['in', 'out of', 'of every']);
const DIMENSION_JOINERS = new Set(['x', '×', 'by']);
const DASHES = /^\s*[-–—]\s*$/;
const YEAR_LIKE = /^(?:1[0-9]|2[01])\d\d$/;
const SUSPENDED_HYPHEN = /^-\s/;

function join(a: Candidate, b: Candidate, text: string): Candidate | null {
  if (b.start < a.end) return null;
  let gap = text.slice(a.end, b.start);
  // A hyphen left hanging on a bare first end waits for the second end's unit: "longer term
  // securities, with durations of 6- to 30-years" is one range of years.
  if (a.end === a.numEnd && SUSPENDED_HYPHEN.test(gap)) gap = gap.slice(1);
  if (isBoundPair(a, b, gap, text)) return range(a, b, text);
  if (gap.length > 10 || /[,;:.!?()]/.test(gap)) return null;
  const joiner = gap.trim().toLowerCase();
  if (RATIO_JOINERS.has(joiner)) return ratio(a, b);
  // "have won 12 of 13": a part of a whole, both in digits and the first bare.
  if (joiner === 'of') return a.digits && b.digits && a.end === a.numEnd ? ratio(a, b) : null;
  // "1800 x 1920", "2,560 by 1,440 pixels"; not "rose 4% by 1200 GMT".
  if (DIMENSION_JOINERS.has(joiner)) {
    return a.digits &&
      b.digits &&
      a.kind === 'number' &&
      (b.kind === 'number' || b.kind === 'measure')
      ? dimension(a, b)
      : null;
  }
  if (!RANGE_JOINERS.has(joiner) && joiner !== '') return null;
  if (joiner === '' && !/^[-–—]$/.test(gap)) return null;
  // Two different things counted are a list, not a range: "two cosmonauts and three astronauts".
  if (a.noun && b.noun && a.unit !== b.unit) return null;
  // A measured first end and a bare second one is not a range: "the three months to 31 December".
  if (a.end > a.numEnd && b.kind === 'number') return null;
  if (a.kind !== 'number' && b.kind !== 'number' && a.kind !== b.kind) return null;
  // "and" joins only after "between" ("between 400 and 600"), and "or" only spelled-out or
  // small numbers ("two or three days"); "to" and dashes join freely ("$24 to $28", "400-600").
  if (joiner === 'and' || joiner === 'y' || joiner === 'e' || joiner === 'et' || joiner === 'und') {
    if (!hasOpener(a, text)) return null;
  }
  if (joiner === 'or' && a.digits !== b.digits) return null;
  if (joiner === 'to' && isChange(a, b, text)) return null;
  // A range runs upward; "revised down from 157,000 to 133,000" is a change between two levels,
  // two figures (the old and the new). Only worded joiners: "3-1" may be a score, left as it was.
  if (
    !DASHES.test(gap) &&
    a.value !== null &&
    b.value !== null &&
    a.value * (a.scale === 1 && b.scale !== 1 ? b.scale : 1) > b.value
  ) {
    return null;
  }
  // "2019-20" is a season and "from 2019 to 2021" two years: left to the filter as they are.
  if (a.digits && YEAR_LIKE.test(text.slice(a.numStart, a.numEnd)) && a.kind === 'number') {
    return null;
  }
  return range(a, b, text);
}

/**
 * A lower and an upper bound of one amount: "more than 5 percent but probably less than 10
 * percent", "at least $2 million and under $5 million" (figures11). One range, like "between 5
 * and 10 percent" (not "more than 5 percent and 10 percent of", nor a bound pair of two kinds).
 */
function isBoundPair(a: Candidate, b: Candidate, gap: string, text: string): boolean {
  return (
    BOUND_GAP.test(gap) &&
    a.kind === b.kind &&
    a.unit === b.unit &&
    a.value !== null &&
    b.value !== null &&
    a.value < b.value &&
    LOWER_BOUND.test(text.slice(a.start, a.numStart)) &&
    UPPER_BOUND.test(text.slice(b.start, b.numStart))
  );
}

// Between the bounds: "but", "and", "but probably".
const BOUND_GAP = /^\s*(?:but|and|yet)(?:\s+(?:probably|perhaps|likely|possibly))?\s+$/i;
const LOWER_BOUND = /^(?:more\s+than|over|at\s+least|above|upwards\s+of)\s/i;
const UPPER_BOUND = /^(?:less\s+than|under|at\s+most|no\s+more\s+than|below|fewer\s+than)\s/i;

/** Two ends joined into one range, its value the lower bound. */
function range(a: Candidate, b: Candidate, text: string): Candidate {
  const unitFrom = a.kind === 'number' ? b : a;
  const value =
    a.value === null ? null : a.scale === 1 && b.scale !== 1 ? a.value * b.scale : a.value;
  const opener = openerStart(a, text);
  return {
    ...unitFrom,
    block: a.block,
    start: opener ?? a.start,
    end: b.end,
    numStart: a.numStart,
    numEnd: b.numEnd,
    digits: a.digits,
    value,
    scale: Math.max(a.scale, b.scale),
    hedged: a.hedged || b.hedged,
    joined: true,
  };
}

/**
 * "X to Y" right after "by" says a change and a new level, two figures: "down by 30 to 126"
 * (only two bare numbers: "grew by 5 to 10 percent" shares its unit, a range). "from X to Y"
 * upward stays a range, as the guide has it ("increased this from £6 to £10").
 */
function isChange(a: Candidate, b: Candidate, text: string): boolean {
  const [prev] = tokensBefore(text, a.start, 1);
  return (
    prev?.word === true &&
    prev.text.toLowerCase() === 'by' &&
    a.kind === 'number' &&
    b.kind === 'number'
  );
}

/** b is a's conversion in brackets right after it: "250 euros (£173)", "5 miles (8km)". */
function isConversion(a: Candidate, b: Candidate, text: string): boolean {
  if (!/^\s*\($/.test(text.slice(a.end, b.start)) || text[b.end] !== ')') return false;
  return a.kind === b.kind && (a.kind === 'money' || a.kind === 'measure') && a.unit !== b.unit;
}

function ratio(a: Candidate, b: Candidate): Candidate | null {
  if (a.value === null || b.value === null || b.value === 0 || a.value >= b.value) return null;
  if (a.kind !== 'number' || b.value >= 1000) return null;
  return {
    ...a,
    end: b.end,
    numEnd: b.numEnd,
    value: Math.round((a.value / b.value) * 1000) / 1000,
    unit: 'fraction',
    kind: 'fraction',
    noun: b.noun,
    joined: true,
  };
}

function dimension(a: Candidate, b: Candidate): Candidate {
  return { ...b, start: a.start, numStart: a.numStart, value: null, kind: 'measure', joined: true };
}

/** "between" (or "from") up to four words before the first end, in the same clause. */
function hasOpener(a: Candidate, text: string): boolean {
  return openerStart(a, text) !== null;
}

function openerStart(a: Candidate, text: string): number | null {
  for (const tok of tokensBefore(text, a.start, 4)) {
    if (!tok.word) return null;
    if (RANGE_OPENERS.has(tok.text.toLowerCase())) {
      // Keep "between" in the text only when it is right before the first end.
      return tok.end === a.start - 1 ? tok.start : a.start;
    }
  }
  return null;
}
