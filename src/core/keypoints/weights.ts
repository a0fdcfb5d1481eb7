/**
 * How much each signal counts in a candidate's score (see unit-scores.ts). Tuned on the BBC
 * development slice and the labelled development pages, never on reserved pages; the values
 * and what moving them did are in the comments.
 */
export const WEIGHTS = {
  /** Position among the body's sentences, 1 for the first, halving every POSITION_HALF sentences. */
  position: 0.5,
  /** The first sentence of the body (the lede): news is written lede-first. */
  lede: 1,
  /** Centrality: how much of the article's recurring vocabulary the sentence carries. */
  centrality: 0.5,
  /** Share of the headline's words the sentence carries. */
  title: 0.5,
  /** Holds one of the top figures (first occurrence), by rank. */
  figure: 0.3,
  /**
   * Holds the main speaker's top quotation: cancels the `quoted` penalty for that one quotation,
   * which the story is built around ("“We hope to continue providing...,” said Jeff Zhang").
   */
  quote: 0.4,
  /** Under SHORT_WORDS words: terse sentences say little. */
  short: 0.3,
  /** Per LONG_WORDS words beyond LONG_WORDS: very long sentences crowd the card. */
  long: 0.3,
  /** A joined pair takes two sentences of the card. */
  pair: 0.15,
  /** From a blockquote or a list: material quoted from elsewhere or a fragment list. */
  blockquote: 0.2,
  /**
   * Times the share of the sentence inside quotation marks. The card lists quotes apart, so key
   * points should tell the story: at 0.4 rather than 0.2 the labelled pages' card gained 0.8
   * R-Lsum and the BBC slice (whose references keep many quotations) lost 0.7, still above
   * Lead-k; the cards read as narrative.
   */
  quoted: 0.4,
  /** Sentences over which the position signal halves. */
  positionHalf: 20,
  shortWords: 8,
  longWords: 40,
  /** Two candidates sharing this share of the smaller one's words say the same thing. */
  redundantOverlap: 0.6,
};
