import type { CardSummary } from '../card-summary.ts';
import { cardFigures } from '../figures/card-figures.ts';
import { CARD_FIGURES, CARD_QUOTES } from './limits.ts';
import { linkUrl } from './safe-url.ts';
import { sourceLine, speakerLine } from './source-line.ts';

/**
 * The summary as HTML for rich-text paste (mail, documents): the same parts as the Markdown
 * copy, in plain elements any editor keeps. Every piece of page text is escaped, and only an
 * http(s) URL becomes a link, so a title like `<img src=x onerror=…>` pastes as those words.
 */
export function toHtml(s: CardSummary): string {
  const out: string[] = [];
  const title = escapeHtml(s.title || 'Untitled');
  const href = linkUrl(s.url);
  out.push(href ? `<h2><a href="${escapeHtml(href)}">${title}</a></h2>` : `<h2>${title}</h2>`);
  const source = sourceLine(s);
  if (source) out.push(`<p><em>${escapeHtml(source)}</em></p>`);
  if (s.source === 'selection') out.push('<p><em>Summary of the selected passage.</em></p>');
  if (s.keyPoints.length > 0) {
    out.push('<p><strong>Key points</strong></p>', '<ul>');
    for (const k of s.keyPoints) out.push(`<li>${escapeHtml(k.text)}</li>`);
    out.push('</ul>');
  }
  // The card's figures: the key ones, up to its length.
  const figures = cardFigures(s.figures, CARD_FIGURES);
  if (figures.length > 0) {
    out.push('<p><strong>Key figures</strong></p>', '<ul>');
    for (const f of figures)
      out.push(`<li><strong>${escapeHtml(f.text)}</strong>: ${escapeHtml(f.context)}</li>`);
    out.push('</ul>');
  }
  const quotes = s.quotes.slice(0, CARD_QUOTES);
  if (quotes.length > 0) {
    out.push('<p><strong>Quotes</strong></p>');
    for (const q of quotes) {
      out.push(
        `<blockquote><p>“${escapeHtml(q.text)}”</p><p>— ${escapeHtml(speakerLine(q))}</p></blockquote>`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text (or an attribute value in double quotes) as HTML: `<b>` -> `&lt;b&gt;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
