/**
 * Words around a figure that make it a point of comparison rather than the news: "rose 2% to
 * $11.1bn from $10.9bn", "£75m, compared with £125m a year earlier". Lower case.
 */

/**
 * One to three words right before the figure (joined by single spaces), and which kind of
 * comparison they make: 'old' is the old level of a change ("rose 2% to $11.1bn from $10.9bn"):
 * the story is the new level, so the card leaves the old one out; 'contrast' is a figure set
 * beside another on purpose ("about 3% ..., compared to about 17% of kids who didn't"), which
 * may well be key.
 */
export const BASELINE_BEFORE: ReadonlyMap<string, 'old' | 'contrast'> = new Map([
  ['from', 'old'],
  ['down from', 'old'],
  ['up from', 'old'],
  ['previous', 'old'],
  ['previously', 'old'],
  ['compared with', 'contrast'],
  ['compared to', 'contrast'],
  ['against', 'contrast'],
  ['versus', 'contrast'],
  ['vs', 'contrast'],
  ['than', 'contrast'],
  // "better than market expectation of £59m": what was expected, beside what happened.
  ['expectation of', 'contrast'],
  ['expectations of', 'contrast'],
  ['forecast of', 'contrast'],
  ['forecasts of', 'contrast'],
  ['estimate of', 'contrast'],
  ['estimates of', 'contrast'],
]);

/**
 * Right before the figure, an old level named by its noun: "up from a close of 43.41", "down
 * from a peak of $1.2bn", "from the previous year's level of 8%". (One or two words between
 * the article and "of".)
 */
export const BASELINE_FROM_LEVEL = /\bfrom\s+(?:a|an|the|its|their)\s+(?:\S+\s+){0,2}?of\s*$/i;

/**
 * The word right before the figure makes it a threshold, a limit rather than an amount: "kept
 * growth above 9% for more than a year", "get the display down to below $20". ("over" and
 * "under" are hedges on an amount: "over 130 titles".)
 */
export const THRESHOLD_BEFORE: ReadonlySet<string> = new Set(['above', 'below', 'beneath']);

/**
 * Right after a "from" level, the present: the level a plan or a forecast starts from is today's
 * figure, not an old one ("cut module costs from around $0.23/W today to $0.10 by 2030", "raise
 * efficiency from around 20% now to 24%"); its per-unit tail ("/W") may come between.
 */
export const CURRENT_AFTER = /^(?:\/\w+)?\s*(?:today|now|currently|at\s+present)\b/i;

/** Right after the figure, the old level: "a year earlier", "year-earlier", "last year". */
export const BASELINE_AFTER =
  /^\s*(?:a\s+year\s+(?:earlier|ago|before)|year-earlier|the\s+previous\s+year|the\s+year\s+before|in\s+the\s+same\s+period)/i;

/**
 * Words shortly before a figure that make it a possibility or a forecast rather than what
 * happened: "legal action that could bring in as much as 3bn euros", "a predicted extra £250m",
 * "BA had previously forecast a 2% to 3% rise". The story is what happened; these are weighed
 * down, not dropped ("is likely to grow by about 40%" stays when nothing beats it).
 */
export const SPECULATIVE_BEFORE: ReadonlySet<string> = new Set(
  // Modals of possibility: "could bring in", "would cost".
  (
    'could might may would ' +
    // What can happen, a general capacity, not what did: "Plague can be fatal in up to 90 per
    // cent of people infected", "It can cost up to £1,500", "vehicles can contribute 40 to 80
    // percent of the region's total pollution".
    'can ' +
    // Forecasts and estimates: "a predicted extra", "projecting growth of".
    'predicted projected projecting projects forecast forecasts expected expects estimated estimates ' +
    // "better than market expectation of £59m": what was expected is a forecast too.
    'expectation expectations'
  ).split(' '),
);

/** How many words before the figure SPECULATIVE_BEFORE looks at: "could bring in as much as". */
export const SPECULATIVE_WINDOW = 7;

/**
 * Words that open a condition: a figure inside the condition's clause is a possibility ("so if
 * we can sell laptops in quantities of one million or more ..."). Looked for back to the clause's
 * start (a comma, a semicolon or the sentence's start): in "If shareholders vote the deal down,
 * there is a fee of $15 million" the fee is in the main clause, a fact. Lower case.
 */
export const CONDITIONAL_BEFORE: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/** How many words back CONDITIONAL_BEFORE is looked for (the clause usually ends sooner). */
export const CONDITIONAL_WINDOW = 15;

/**
 * Right after the figure, words that make it a possibility or an estimate, not what happened:
 * "More than 100 million people may have perished", "a 30-60 per cent chance of dying from the
 * disease" (a probability).
 */
export const SPECULATIVE_AFTER =
  /^\s*(?:(?:may|might|could)\s+(?:have|be)\b|(?:\p{L}+\s+)?(?:chance|chances|odds|probability|likelihood)\s+of\b)/iu;
