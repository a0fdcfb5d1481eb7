/**
 * Numbers that are dates and times, not quantities (05-filter's 'date' and 'time' reasons): a
 * clock time ("9:30", "4 a.m.", "1451 GMT"), a year with an era mark ("500 BC"), a day or a year
 * beside a month or a weekday ("March 18", "mardi 5 mai"); and YEAR, the shape of a plain year.
 */

import type { BlockContext } from './05-filter.ts';
import type { Candidate } from './candidate.ts';
import { DAY_PARTS, ERA_AFTER, ERA_BEFORE, MONTHS, WEEKDAYS } from './data/months.ts';
import { isCapitalised, type Token, tokensAfter, tokensBefore } from './text-around.ts';

export const YEAR = /^(?:1[0-9]|2[01])\d\d$/;

// "9:30", "9:30am", "4 a.m.", "8:51 p.m.", "5h45", "10 Uhr", "ten o'clock" (matched on lower case);
// "1451 GMT", "1:28 AM ET" (time zones in capitals only: French "86 et 42" is "86 and 42").
const TIME_AFTER = /^(?:\s?(?:a\.m\.|p\.m\.|am|pm|a\.m|p\.m|uhr|hrs|h\d\d|o['’]clock))(?![a-z])/;
const ZONE_AFTER =
  /^\s?(?:GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|IST|JST|AEST|AEDT)(?![A-Za-z])/;
// "9:30", and also a score such as "4:1".
const CLOCK = /^:\d/;

export function isTime(text: string, c: Candidate): boolean {
  if (c.kind !== 'number' && c.kind !== 'count') return false;
  if (CLOCK.test(text.slice(c.numEnd, c.numEnd + 2))) return true;
  if (text[c.numStart - 1] === ':' && /\d/.test(text[c.numStart - 2] ?? '')) return true;
  if (/^h\d\d/.test(text.slice(c.numEnd, c.numEnd + 3))) return true;
  for (const at of [c.end, c.numEnd]) {
    const after = text.slice(at, at + 10);
    if (TIME_AFTER.test(after.toLowerCase()) || ZONE_AFTER.test(after)) return true;
  }
  return isHourOfDayPart(text, c);
}

// "in the morning", "at night" right after the number.
const DAY_PART_AFTER = /^\s+(?:in\s+the|at)\s+([a-z]+)(?![a-z])/;

/**
 * A bare number before a part of the day is an hour: "Just before 8 in the morning on Monday",
 * "from 10 at night" (figures12, blind 9's theatlantic). Bare only: "20 people in the morning"
 * counts people.
 */
function isHourOfDayPart(text: string, c: Candidate): boolean {
  if (c.kind !== 'number' || c.end !== c.numEnd) return false;
  const m = DAY_PART_AFTER.exec(text.slice(c.end, c.end + 20).toLowerCase());
  return !!m && DAY_PARTS.has(m[1] as string);
}

/**
 * A bare number with an era mark is a year of any size: "dates at 190 A.D.", "in 500 BC",
 * "AD 79" (not "190 ADs": the mark must end there).
 */
export function isEraYear(text: string, c: Candidate): boolean {
  if (!c.digits || c.kind !== 'number') return false;
  return (
    ERA_AFTER.test(text.slice(c.numEnd, c.numEnd + 8)) ||
    ERA_BEFORE.test(text.slice(Math.max(0, c.numStart - 6), c.numStart))
  );
}

const LEADING_NUMBER = /^\d+/;

/**
 * A day or a year beside a month name ("March 18", "18 March", "Dec. 1, 2016", "1. ledna",
 * "18 de março", "mardi 5 mai"), or a day after a weekday.
 */
export function isDate(c: Candidate, ctx: BlockContext, core: string): boolean {
  if (!c.digits || c.kind === 'money' || c.kind === 'percent' || c.kind === 'measure') return false;
  if (c.kind === 'duration') return false;
  // A range of days reads by its first day: "March 10-12".
  const first = c.joined ? (LEADING_NUMBER.exec(core)?.[0] ?? core) : core;
  const n = Number(first);
  if (!Number.isInteger(n)) return false;
  const day = n >= 1 && n <= 31;
  const year = YEAR.test(first);
  if (!day && !year) return false;
  const { text } = ctx;
  // The month may be separated by "." (abbreviation, German and Czech ordinals), ",", "de", "of".
  const before = tokensBefore(text, c.numStart, 4).filter(
    (t) => !/^(?:[.,]|de|of|the)$/i.test(t.text),
  );
  const after = tokensAfter(text, c.numEnd, 4).filter((t) => !/^(?:[.,]|de|of)$/i.test(t.text));
  const isMonth = (t: Token | undefined) =>
    !!t?.word && MONTHS.has(t.text.toLowerCase()) && (ctx.lang !== 'en' || isCapitalised(t.text));
  if (isMonth(before[0]) || isMonth(after[0])) return true;
  const wd = before[0];
  return (
    day &&
    !!wd?.word &&
    WEEKDAYS.has(wd.text.toLowerCase()) &&
    (ctx.lang !== 'en' || isCapitalised(wd.text))
  );
}
