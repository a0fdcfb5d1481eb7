/**
 * Scale words after a number: "200 billion", "$28.2bn", "£1.5m", "3,5 Mrd. €", "10 millones".
 * `money` marks short forms read as a scale only after a currency sign ("$5m" is five million
 * dollars, "5m" alone may be five metres); `langs` limits a word to the languages that use it
 * ("mil" is a thousand in Spanish and Portuguese, "Billion" is 10^12 in German).
 * Keys are lower case except where the case carries the meaning.
 */
export interface Multiplier {
  factor: number;
  /** Only after a currency sign. */
  money?: boolean;
  /** Only in these languages (ISO 639-1). */
  langs?: readonly string[];
}

const EN = ['en'];
const DE = ['de'];
const FR = ['fr'];
const ES = ['es'];
const PT = ['pt'];
const CS = ['cs', 'sk'];
const ES_PT = ['es', 'pt'];

const ROWS: ReadonlyArray<readonly [word: string, m: Multiplier]> = [
  ['thousand', { factor: 1e3 }],
  ['k', { factor: 1e3 }], // "$150K", "40k jobs" (a lone "4K" is a display format, see 05-filter)
  ['million', { factor: 1e6 }],
  ['millions', { factor: 1e6, langs: FR }], // "3 millions d'euros"; English "millions of" is vague
  ['mn', { factor: 1e6 }], // "$5mn" (FT style)
  ['mln', { factor: 1e6 }],
  ['m', { factor: 1e6, money: true }], // "£1.5m"
  ['billion', { factor: 1e9, langs: EN }],
  ['bn', { factor: 1e9 }], // "$28.2bn"
  ['bln', { factor: 1e9 }],
  ['b', { factor: 1e9, money: true }], // "$4b"
  ['trillion', { factor: 1e12 }],
  ['tn', { factor: 1e12 }],
  ['crore', { factor: 1e7 }], // Indian English: "Rs 500 crore"
  ['lakh', { factor: 1e5 }],
  ['dozen', { factor: 12 }], // "two dozen"
  // German: Mio. = million, Mrd. = Milliarde (10^9), Billion = 10^12.
  ['mio', { factor: 1e6, langs: DE }],
  ['millionen', { factor: 1e6, langs: DE }],
  ['mrd', { factor: 1e9, langs: DE }],
  ['milliarde', { factor: 1e9, langs: DE }],
  ['milliarden', { factor: 1e9, langs: DE }],
  ['billion', { factor: 1e12, langs: DE }],
  ['billionen', { factor: 1e12, langs: DE }],
  ['tsd', { factor: 1e3, langs: DE }],
  // French: milliard = 10^9.
  ['milliard', { factor: 1e9, langs: FR }],
  ['milliards', { factor: 1e9, langs: FR }],
  ['md', { factor: 1e9, langs: FR }],
  ['mds', { factor: 1e9, langs: FR }],
  // Spanish and Portuguese: mil = 1000, "mil millones" = 10^9, billón = 10^12; Brazilian bilhão = 10^9.
  ['mil', { factor: 1e3, langs: ES_PT }],
  ['millón', { factor: 1e6, langs: ES }],
  ['millones', { factor: 1e6, langs: ES }],
  ['billón', { factor: 1e12, langs: ES }],
  ['billones', { factor: 1e12, langs: ES }],
  ['milhão', { factor: 1e6, langs: PT }],
  ['milhões', { factor: 1e6, langs: PT }],
  ['bilhão', { factor: 1e9, langs: PT }],
  ['bilhões', { factor: 1e9, langs: PT }],
  ['mi', { factor: 1e6, langs: PT }], // "R$ 3 mi"
  ['bi', { factor: 1e9, langs: PT }],
  // Czech: tisíc = 1000, milion(y/ů) = 10^6, miliarda(y) = 10^9; "mil." and "mld." abbreviated.
  ['tisíc', { factor: 1e3, langs: CS }],
  ['tis', { factor: 1e3, langs: CS }],
  ['milion', { factor: 1e6, langs: CS }],
  ['miliony', { factor: 1e6, langs: CS }],
  ['milionů', { factor: 1e6, langs: CS }],
  ['mil', { factor: 1e6, langs: ['cs'] }],
  ['miliarda', { factor: 1e9, langs: CS }],
  ['miliardy', { factor: 1e9, langs: CS }],
  ['miliard', { factor: 1e9, langs: CS }],
  ['mld', { factor: 1e9, langs: CS }],
];

/** Scale words by lower-case word; a word may have one meaning per language ("billion"). */
export const MULTIPLIERS: ReadonlyMap<string, readonly Multiplier[]> = (() => {
  const map = new Map<string, Multiplier[]>();
  for (const [word, m] of ROWS) map.set(word, [...(map.get(word) ?? []), m]);
  return map;
})();

/** Multi-word scales, lower case, checked before the single words: "mil millones" = 10^9. */
export const MULTI_WORD_MULTIPLIERS: ReadonlyArray<readonly [words: string, m: Multiplier]> = [
  ['mil millones', { factor: 1e9, langs: ES }],
  ['miles de millones', { factor: 1e9, langs: ES }],
  ['mil milhões', { factor: 1e9, langs: PT }],
];
