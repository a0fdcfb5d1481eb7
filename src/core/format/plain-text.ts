import type { CardSummary } from '../card-summary.ts';
import { cardFigures } from '../figures/card-figures.ts';
import { CARD_FIGURES, CARD_QUOTES } from './limits.ts';
import { sourceLine, speakerLine } from './source-line.ts';

/** The summary as plain text, for places that take no Markdown. */
export function toPlainText(s: CardSummary): string {
  const lines: string[] = [s.title || 'Untitled'];
  const source = sourceLine(s);
  if (source) lines.push(source);
  if (s.url) lines.push(s.url);
  if (s.keyPoints.length > 0) {
    lines.push('', 'Key points');
    for (const k of s.keyPoints) lines.push(`• ${k.text}`);
  }
  // The card's figures: the key ones, up to its length.
  const figures = cardFigures(s.figures, CARD_FIGURES);
  if (figures.length > 0) {
    lines.push('', 'Key figures');
    for (const f of figures) lines.push(`• ${f.text}: ${f.context}`);
  }
  const quotes = s.quotes.slice(0, CARD_QUOTES);
  if (quotes.length > 0) {
    lines.push('', 'Quotes');
    for (const q of quotes) lines.push(`“${q.text}” — ${speakerLine(q)}`);
  }
  return `${lines.join('\n')}\n`;
}
