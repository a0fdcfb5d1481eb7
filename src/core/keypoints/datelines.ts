/**
 * A dateline before the lede is not part of the sentence an editor would quote; the key point
 * starts after it (the text stays verbatim: it is the rest of the same sentence). Three shapes,
 * each followed by a dash:
 * - a place in capitals, maybe a date and an agency: "MOSCOW (AP) —", "LONDON, March 3 (Reuters) -";
 * - a place in any case with an agency: "Moscow (AP) —";
 * - a date: "Feb. 23, 2015 --", "April 17, 2015 --".
 * A sentence like "The answer is simple -- ..." does not match: no capitals-only place, no
 * agency, no date.
 */
const MONTH =
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|January|February|March|April|May|June|July|August|September|October|November|December';
const AGENCY = '\\((?:AP|AFP|Reuters|CNN|UPI|dpa|Bloomberg|PA|Xinhua)\\)';
const CAPS_PLACE = `\\p{Lu}{2,}[\\p{Lu}\\s.'’-]{0,30}?(?:,\\s*(?:${MONTH})\\s+\\d{1,2})?(?:\\s*${AGENCY})?`;
const ANY_PLACE = `\\p{Lu}[\\p{L}\\s.'’-]{1,30}?\\s*${AGENCY}`;
const DATE = `(?:${MONTH})\\s+\\d{1,2},\\s+\\d{4}`;

export const DATELINE = new RegExp(
  `^(?:${DATE}|${ANY_PLACE}|${CAPS_PLACE})\\s*(?:—|–|--|-)\\s+`,
  'u',
);
