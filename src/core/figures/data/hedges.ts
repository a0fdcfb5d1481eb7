/**
 * Hedges kept in a figure's text because they change what it says: "nearly $16 trillion",
 * "more than 200 people", "about 3%". Lower case, longest first within the list (the first match
 * wins). The other corpus languages have their common ones so that "plus de 200" reads whole.
 */
export const HEDGES_BEFORE: readonly string[] = [
  'a little more than',
  'a little over',
  'a little under',
  'as many as',
  'as much as',
  'as few as',
  'as little as',
  'by as much as',
  'in excess of',
  'upwards of',
  'more than',
  'less than',
  'fewer than',
  'greater than',
  'just over',
  'just under',
  'well over',
  'well under',
  'close to',
  'up to',
  'at least',
  'at most',
  'an estimated',
  'approximately',
  'roughly',
  'around',
  'about',
  'nearly',
  'almost',
  'some',
  'over',
  'under',
  'only',
  'just',
  'estimated',
  // French, German, Spanish, Portuguese, Czech.
  'plus de',
  'moins de',
  'près de',
  'environ',
  'quelque',
  'mehr als',
  'weniger als',
  'knapp',
  'rund',
  'etwa',
  'fast',
  'über',
  'más de',
  'menos de',
  'cerca de',
  'alrededor de',
  'unos',
  'unas',
  'mais de',
  'menos de',
  'quase',
  'přes',
  'kolem',
  'téměř',
  'zhruba',
  'asi',
];

/** Hedges after the number: "two or more", "200-plus", "40 or so". */
export const HEDGES_AFTER: readonly string[] = ['or more', 'or fewer', 'or less', 'or so', 'plus'];

/**
 * Words that open a range whose second end follows: "between 400 and 600", "from $24 to $28".
 */
export const RANGE_OPENERS: ReadonlySet<string> = new Set(['between', 'from', 'entre', 'zwischen']);

/** Words joining the two ends of a range: "400 to 600", "between 25 and 54", "two or three". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set([
  'to',
  'and',
  'or',
  '-',
  '–',
  '—',
  'bis',
  'à',
  'a',
  'y',
  'e',
  'et',
  'und',
  'až',
]);

/**
 * The estimating hedges of HEDGES_BEFORE, right before an adjective multiple, that make it a
 * comparison of amounts (scan-multiples' isComparedMultiple): "approximately double", "nearly
 * double".
 */
export const HEDGE_BEFORE_ADJECTIVE =
  /\b(?:more than|nearly|almost|approximately|roughly|about|around|close to)\s+$/i;

/**
 * The hedges of HEDGES_BEFORE that make an amount small, read by the ranking (a minimized amount
 * earns no hedged-estimate weight): "just 73 games", "less than $21 million", "fewer than 10
 * staff"; not "just over", which estimates.
 */
export const MINIMIZING_HEDGE =
  /^(?:just(?! over)|less than|fewer than|under|as few as|as little as|at most|well under|a little under)\s/i;
