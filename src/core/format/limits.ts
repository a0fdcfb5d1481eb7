/** How many of each the card shows; the JSON output keeps them all. */
export const CARD_FIGURES = 5;
export const CARD_QUOTES = 3;
