import type { CardSummary } from '../card-summary.ts';
import { cardFigures } from '../figures/card-figures.ts';
import { CARD_FIGURES, CARD_QUOTES } from './limits.ts';
import { sourceLine, speakerLine } from './source-line.ts';

/**
 * What Copy puts on the clipboard: the title linked to the page, a source and date line, key
 * points as bullets, figures and quotes with speakers. Page text is escaped so that a stray
 * `*` or `[` in an article cannot change the Markdown around it.
 */
export function toMarkdown(s: CardSummary): string {
  const lines: string[] = [];
  const title = escapeMarkdown(s.title || 'Untitled');
  lines.push(s.url ? `## [${title}](${escapeUrl(s.url)})` : `## ${title}`);
  const source = sourceLine(s);
  if (source) lines.push('', `*${escapeMarkdown(source)}*`);
  if (s.source === 'selection') lines.push('', '_Summary of the selected passage._');
  if (s.keyPoints.length > 0) {
    lines.push('', '**Key points**', '');
    for (const k of s.keyPoints) lines.push(`- ${escapeMarkdown(k.text)}`);
  }
  // The card's figures: the key ones, up to its length.
  const figures = cardFigures(s.figures, CARD_FIGURES);
  if (figures.length > 0) {
    lines.push('', '**Key figures**', '');
    for (const f of figures)
      lines.push(`- **${escapeMarkdown(f.text)}**: ${escapeMarkdown(f.context)}`);
  }
  const quotes = s.quotes.slice(0, CARD_QUOTES);
  if (quotes.length > 0) {
    lines.push('', '**Quotes**');
    for (const q of quotes) {
      lines.push('', `> “${escapeMarkdown(q.text)}”`, `> — ${escapeMarkdown(speakerLine(q))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Backslash-escape the characters that start Markdown markup inside a line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/, '$1$2\\.$3');
}

function escapeUrl(url: string): string {
  // encodeURIComponent leaves brackets alone, and a ")" would end the Markdown link.
  const codes: Record<string, string> = { '(': '%28', ')': '%29', ' ': '%20' };
  return url.replace(/[()\s]/g, (c) => codes[c] ?? encodeURIComponent(c));
}
