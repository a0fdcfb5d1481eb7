/**
 * Words around a figure that make it a point of comparison rather than the news: "rose 2% to
 * $11.1bn from $10.9bn", "£75m, compared with £125m a year earlier". Lower case.
 */

/** One to three words right before the figure (joined by single spaces). */
export const BASELINE_BEFORE: ReadonlySet<string> = new Set([
  'from',
  'compared with',
  'compared to',
  'against',
  'versus',
  'vs',
  'previous',
  'previously',
  'down from',
  'up from',
  'than',
]);

/** Right after the figure: "a year earlier", "year-earlier", "last year". */
export const BASELINE_AFTER =
  /^\s*(?:a\s+year\s+(?:earlier|ago|before)|year-earlier|the\s+previous\s+year|the\s+year\s+before|in\s+the\s+same\s+period)/i;
