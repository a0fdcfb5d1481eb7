/**
 * Why a number written in digits is not a figure, read from the marks and words around it: list
 * numbers, models, leading zeros (codes), ordinals ("1st"), names ("Covid-19"), footnotes,
 * versions, formulas, slashes ("24/7"), decades, plain years and emergency numbers.
 */

import type { BlockContext } from './05-filter.ts';
import type { Candidate } from './candidate.ts';
import { MODEL_WORDS } from './data/name-words.ts';
import { EMERGENCY_AFTER, EMERGENCY_BEFORE, EMERGENCY_NUMBERS } from './data/stopwords.ts';
import { YEAR } from './dates-and-times.ts';
import { isModelCode } from './names-and-models.ts';
import {
  isCapitalised,
  isLetter,
  isUpper,
  isWordChar,
  tokenAfter,
  tokenBefore,
} from './text-around.ts';

// "a 360-degree camera", "a 180-degree turn": a kind of view or a reversal, not an angle measured.
const DEGREE_IDIOM = /^(?:180|360)$/;

const LEADING_ZERO = /^0\d/;
// A word and the punctuation that ends its sentence or clause, touching the number.
const FOOTNOTE_BEFORE = /[a-z][.,;:]$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|er|re|e|ème|eme|º|ª|°(?![CF]))/;
// A hedged year is still a year when another year closes its span: "from at least 2002 to 2005".
const YEAR_TO_YEAR = /^\s*(?:to|through|until|till|and|[-–])\s*(?:1[0-9]|2[01])\d\d\b/;
// "won't be available until at least 2023", "since at least 1990": a hedged year after a word of
// time (figures11; not "about 1500 people", not "in about 2000 cases").
// A full year and a dash touching the clipped one: "1977–78", "2016–17".
const SEASON_START = /(?:1[0-9]|20)\d\d[-–]$/;
const TIME_BEFORE_HEDGE = /\b(?:until|till|since|before|after)\s+$/i;

export function digitRules(
  c: Candidate,
  ctx: BlockContext,
  core: string,
  after: string,
  beforeText: string,
): string | null {
  const { text } = ctx;
  const prev = text[c.numStart - 1];
  const next = text[c.numEnd];
  if (ctx.listNumbers.has(c.numStart)) return 'list number';
  // "Boeing's 787-9 Dreamliner jets": an aircraft or product model, not a range.
  if (isModelCode(core)) return 'name';
  // "its popular 737 Max jet", "the 787 Dreamliner": the rest of the model's name follows.
  if (c.kind === 'number' || c.kind === 'count') {
    const word = tokenAfter(text, c.numEnd);
    if (word?.word && isCapitalised(word.text) && MODEL_WORDS.has(word.text.toLowerCase())) {
      return 'name';
    }
  }
  if (DEGREE_IDIOM.test(core) && /^-degree/i.test(after)) return 'idiom';
  // "0-62 mph in 6.6 seconds", "0-60 in 4.2 seconds": the name of an acceleration test; the
  // time is the figure.
  if (
    c.joined &&
    c.value === 0 &&
    (c.unit === 'mph' || c.unit === 'km/h' || /^\s+in\s+\d/.test(text.slice(c.end, c.end + 8)))
  ) {
    return 'name';
  }
  // "028", "0800", "007": an amount is never written with a leading zero; a code, a dialling
  // prefix or an agent's number is ("0.5" and "0,5" are decimals, not caught here).
  if (LEADING_ZERO.test(core)) return 'code';
  // "1st", "21st", "3rd", "1er", "3e", "1º".
  const ordinal = ORDINAL_SUFFIX.exec(after);
  if (ordinal && !isLetter(after[ordinal[0].length]) && c.kind !== 'measure') return 'ordinal';
  // "Covid-19", "F-35", "MS-04", "LGP-30": a number hyphened onto a word is part of a name.
  // Not a unit written before the number: "the magnitude-5.8 quake" (see 03-unit).
  if (prev === '-' && isWordChar(text[c.numStart - 2]) && c.start === c.numStart) return 'name';
  // "#1", "No.1", "[3]", "(2)" alone: list and footnote markers.
  if (prev === '#' || prev === '№') return 'list number';
  if (prev === '[' && next === ']') return 'footnote';
  // "fatal in over 80% of patients.1,2 HSCTs are performed": a superscript reference flattened
  // onto the end of a sentence, touching the full stop after a word (a decimal has a digit
  // there: "3.5"; a sentence's next figure has a space: "patients. 12 more").
  if (c.start === c.numStart && FOOTNOTE_BEFORE.test(beforeText)) return 'footnote';
  if (prev === '(' && next === ')' && c.kind === 'number' && core.length <= 2) return 'list number';
  // "1.8.3", "10.10.1": versions.
  if (/^\.\d/.test(after) || /\d\.$/.test(beforeText)) return 'version';
  // "10^5", "2^15 - 1": formulas.
  if (next === '^' || prev === '^' || /\^\d+\s*[-+]\s*$/.test(beforeText)) return 'formula';
  // "24/7", "9/11", "3/4": dates, idioms and scores more often than fractions.
  if (
    (next === '/' && /\d/.test(text[c.numEnd + 1] ?? '')) ||
    (prev === '/' && /\d/.test(text[c.numStart - 2] ?? ''))
  ) {
    return 'slash';
  }
  // "1960s", "’91", "the 80s": decades and clipped years.
  const plural = /^['’]?s/.exec(after);
  if (plural && !isLetter(after[plural[0].length]) && c.end === c.numEnd) return 'decade';
  if ((prev === '’' || prev === "'") && /^\d\d$/.test(core)) return 'year';
  // "the 1977–78 Arkansas basketball team", "the 2016–17 season": a season's second year,
  // clipped after a dash (figures12, blind 9's si; the hyphen form is caught as a name above).
  if (/^\d\d$/.test(core) && SEASON_START.test(beforeText)) return 'year';
  // Letters touching the number that no step read as a unit: "3D", "4K", "1080p", "0x08", "5G".
  if (isWordChar(next) && c.end === c.numEnd) return 'code';
  if (c.end === c.numEnd && next === '-' && isUpper(text[c.numEnd + 1])) return 'name';
  // Years: 1000-2199 written plain (edited news writes counts that large with a separator:
  // "1,500 people"), with no unit, money, scale, per cent or hedge: "in 2019", "2003 results".
  if (
    YEAR.test(core) &&
    c.scale === 1 &&
    (!c.hedged ||
      YEAR_TO_YEAR.test(text.slice(c.end, c.end + 12)) ||
      (c.kind === 'number' &&
        TIME_BEFORE_HEDGE.test(text.slice(Math.max(0, c.start - 10), c.start)))) &&
    (c.kind === 'number' || c.kind === 'count')
  ) {
    return 'year';
  }
  // "make 911 calls", "a 999 operator", "called 911": an emergency number names the service.
  if (EMERGENCY_NUMBERS.has(core)) {
    const word = tokenAfter(text, c.numEnd);
    if (word?.word && EMERGENCY_AFTER.has(word.text.toLowerCase())) return 'name';
    const verb = tokenBefore(text, c.start);
    if (verb?.word && EMERGENCY_BEFORE.has(verb.text.toLowerCase())) return 'name';
  }
  // "los años 90", "les années 80": decades in Spanish, Portuguese and French.
  if (/^\d0$/.test(core)) {
    const cue = tokenBefore(text, c.start);
    if (cue?.word && /^(?:años|anos|années|anni)$/i.test(cue.text)) return 'decade';
  }
  return null;
}
