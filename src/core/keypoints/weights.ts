/**
 * How much each signal counts in a candidate's score (unit-scores.ts, pick-units.ts). Chosen on
 * the BBC development slice and the labelled development pages (npm run eval:summary), never on
 * reserved pages. Most settings near these score within a point of each other on both sets (the
 * sets are small: 40 and 16 articles), so where ROUGE could not tell, the card that read better
 * decided: lede first, then points from across the top of the article rather than its first
 * paragraph only.
 */
export const WEIGHTS = {
  /**
   * Position among the body's usable sentences: 0.5 for the first, halving every
   * `positionHalf` sentences. Slow on purpose (20): with 4 the cards were the first paragraph
   * again, Lead-k in other words, for the same ROUGE.
   */
  position: 0.5,
  positionHalf: 20,
  /** The first sentence of the body (the lede): news is written lede-first. */
  lede: 1,
  /**
   * Centrality (term-weights.ts), scaled so the most central candidate gets this much. At 1 it
   * lost about 1.5 points R-Lsum on both sets, at 2 about 3 to 5.
   */
  centrality: 0.5,
  /** Share of the headline's words the sentence carries, times this. */
  title: 0.5,
  /**
   * Holds the first occurrence of one of the top five figures: 1 for the first, 0.2 for the
   * fifth, times this. Measured once the real figure finder was merged: 0.3 gains the BBC slice
   * about 0.9 R-Lsum (Lede-k 66.8 against 65.9 at 0) and costs the labelled pages' card about 1.1.
   */
  figure: 0.3,
  /**
   * Holds the main speaker's top quotation: cancels the `quoted` penalty for that one quotation,
   * which the story is built around ("“We hope to continue providing...,” said Jeff Zhang").
   * Off: measured with the real quote finder, 0.4 cost the labelled pages' card 2.6 R-Lsum and
   * the BBC slice 1.2 (the card shows the quote in its own section anyway).
   */
  quote: 0,
  /**
   * Times the share of the sentence inside quotation marks. The card lists quotes apart, so key
   * points should tell the story: at 0.4 rather than 0.2 the labelled pages' card gained 0.8
   * R-Lsum and the BBC slice (whose references keep many quotations) lost 0.7, still above
   * Lead-k; the cards read as narrative.
   */
  quoted: 0.4,
  /** Fewer than `shortWords` words: terse sentences say little ("Tax issues always loom large."). */
  short: 0.3,
  shortWords: 8,
  /** Per `longWords` words beyond `longWords`: very long sentences crowd the card. */
  long: 0.3,
  longWords: 40,
  /** A joined pair takes two sentences of the card. */
  pair: 0.15,
  /** From a blockquote or a list: material quoted from elsewhere, or a list fragment. */
  blockquote: 0.2,
  /** Two candidates sharing this share of the smaller one's words say the same thing. */
  redundantOverlap: 0.6,
};
