import type { CardSummary } from '../core/card-summary.ts';
import { type CopyFormat, citeQuote } from '../core/format/citation.ts';
import { toHtml } from '../core/format/html.ts';
import { toMarkdown } from '../core/format/markdown.ts';
import { toPlainText } from '../core/format/plain-text.ts';
import type { Length, Quote } from '../core/types.ts';
import type { Settings } from './settings.ts';

/**
 * How many figures and quotes the card shows at each length. Key points are chosen by the core
 * at the length asked for; figures and quotes come ranked, and the card shows the first few.
 * Medium is what the card showed before it had options (five figures, three quotes).
 */
export const SECTION_LIMITS: Record<'figures' | 'quotes', Record<Length, number>> = {
  figures: { short: 3, medium: 5, long: 8 },
  quotes: { short: 2, medium: 3, long: 5 },
};

/**
 * The summary as the card shows it with the user's settings: hidden sections emptied, figures
 * and quotes cut to their length. Copy uses the same, so the clipboard holds what the card shows.
 */
export function visibleSummary(s: CardSummary, settings: Settings): CardSummary {
  const { keyPoints, figures, quotes } = settings.sections;
  return {
    ...s,
    keyPoints: keyPoints.show ? s.keyPoints : [],
    figures: figures.show ? s.figures.slice(0, SECTION_LIMITS.figures[figures.length]) : [],
    quotes: quotes.show ? s.quotes.slice(0, SECTION_LIMITS.quotes[quotes.length]) : [],
  };
}

/** What goes on the clipboard: text always, and HTML too for rich text. */
export interface ClipboardContent {
  text: string;
  html?: string;
}

export function copyContent(s: CardSummary, format: CopyFormat): ClipboardContent {
  if (format === 'html') return { text: toPlainText(s), html: toHtml(s) };
  return { text: format === 'text' ? toPlainText(s) : toMarkdown(s) };
}

/** "Copy quote with source" in the chosen format (rich text has a plain-text alternative). */
export function quoteContent(q: Quote, s: CardSummary, format: CopyFormat): ClipboardContent {
  if (format === 'html') return { text: citeQuote(q, s, 'text'), html: citeQuote(q, s, 'html') };
  return { text: citeQuote(q, s, format) };
}
