/**
 * Cues that decide whether a figure is one the card shows (step 9), apart from its score.
 * English only: in other languages the cues simply never fire and the score decides.
 */

/**
 * Counted nouns for people: a small spelled-out count of people is news ("Two people died"),
 * where "two steps" or "three windows" is not. Lower case, as written after the number.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'people persons men women children adults babies dead deaths victims casualties ' +
    'workers employees staff patients passengers soldiers others'
  ).split(' '),
);

/** Counted nouns that make the figure an age: "age 5", "the ages of 25 and 54". */
export const AGE_NOUNS: ReadonlySet<string> = new Set(['age', 'ages', 'aged']);

/**
 * Right after a duration: it says when, not how much. "18 months ago", "A year and a half ago",
 * "two years later", "three years earlier" are dates in disguise.
 */
export const WHEN_AFTER = /^\s*(?:ago|earlier|later)\b/i;

/**
 * Right after a distance (its conversion in brackets allowed): it says where, not how much.
 * "more than 3,600 kilometers (2,200 miles) east of Moscow", "50km north-west of Paris",
 * "text ... more than eight feet away".
 */
export const WHERE_AFTER =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\b|away\b)/i;

/**
 * Between a figure and the one before it: the second says the same change another way.
 * "fuel costs rose by £106m or 47.3%": the 47.3% restates the £106m.
 */
export const RESTATES_BETWEEN = /^\s*,?\s*or\s*$/i;

/** Units of length and distance (as 03-unit reports them), for WHERE_AFTER. */
export const LENGTH_UNITS: ReadonlySet<string> = new Set([
  'km',
  'mi',
  'm',
  'cm',
  'ft',
  'yd',
  'nmi',
]);
