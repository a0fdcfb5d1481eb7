import { DATE_FILLER, MONTH_WORDS, WEEKDAY_WORDS } from './date-words.ts';

// Longest block that can be a date line.
const MAX_DATE_LINE = 100;

// Words and numbers of a line: "20th", "11:28", "2019", "Nov.", "sexta-feira".
const TOKENS = /[\p{L}\p{M}]+|\d+(?:[:./-]\d+)*(?:st|nd|rd|th|h|am|pm)?/giu;

/**
 * Whether a block is a date line and nothing more: "November 20, 2019 - 11:28 AMT",
 * "Published 11:34 PM EST Nov 19, 2019", "Updated: Sat 8:31 PM, Feb 17, 2018 |",
 * "sexta-feira, 22 de outubro de 2010 às 20:13", "Posted on Maret 30, 2015 by Admin" (one stray
 * word is allowed: a site's "Admin", "Reuters"). A line needs a month name, a clock time or a
 * numeric date, so "The 2019 season" or "Score 4.5 out of 5" are not date lines.
 */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE) return false;
  const tokens = text.match(TOKENS);
  if (!tokens) return false;
  let strong = false;
  let stray = 0;
  for (const raw of tokens) {
    const t = raw.toLowerCase();
    if (MONTH_WORDS.has(t) || CLOCK_OR_DATE.test(t)) strong = true;
    else if (YEAR_OR_DAY.test(t) || WEEKDAY_WORDS.has(t) || DATE_FILLER.has(t)) continue;
    else stray++;
  }
  return strong && stray <= 1 && tokens.length > stray + 1;
}

// "9:41", "20h13", "11/18/19", "2019-11-20".
const CLOCK_OR_DATE = /^\d{1,2}[:.h]\d\d(?:am|pm)?$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
// "2019", "20", "20th".
const YEAR_OR_DAY = /^(?:1[89]|20)\d\d$|^\d{1,2}(?:st|nd|rd|th)?$/;
