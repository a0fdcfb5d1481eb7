import type { Quote, Summary } from '../types.ts';
import { formatDate } from './format-date.ts';
import { escapeHtml } from './html.ts';
import { escapeMarkdown } from './markdown.ts';
import { linkUrl, markdownUrl } from './safe-url.ts';

export type CopyFormat = 'markdown' | 'text' | 'html';

type Source = Pick<Summary, 'siteName' | 'title' | 'published' | 'url'>;

/**
 * "Copy quote with source": the quotation, who said it, the outlet, the date and the URL in one
 * paste, ready for a story or a note.
 *   text:     “We hope to help” — Jeff Zhang, president of Alibaba Cloud Intelligence.
 *             CloudTech News, 20 Apr 2020. https://cloudtech.example/news/story/
 *   markdown: the same as a block quote, the outlet linked to the URL
 *   html:     <blockquote> with the outlet in <cite>, linked
 * With no known speaker the outlet follows the quotation directly; with no site name the
 * article's title (or the URL's host) names the source.
 */
export function citeQuote(q: Quote, s: Source, format: CopyFormat): string {
  const speaker = q.speaker ? (q.role ? `${q.speaker}, ${q.role}` : q.speaker) : null;
  const outlet = outletOf(s);
  const date = formatDate(s.published);
  const url = linkUrl(s.url);
  if (format === 'markdown') {
    const where = url ? `[${escapeMarkdown(outlet)}](${markdownUrl(url)})` : escapeMarkdown(outlet);
    const tail = [where, date].filter(Boolean).join(', ');
    const by = speaker ? `— ${escapeMarkdown(speaker)}. ` : '— ';
    return `> “${escapeMarkdown(q.text)}”\n> ${by}${tail}\n`;
  }
  if (format === 'html') {
    const cite = `<cite>${url ? `<a href="${escapeHtml(url)}">${escapeHtml(outlet)}</a>` : escapeHtml(outlet)}</cite>`;
    const tail = [cite, date ? escapeHtml(date) : null].filter(Boolean).join(', ');
    const by = speaker ? `— ${escapeHtml(speaker)}. ` : '— ';
    return `<blockquote><p>“${escapeHtml(q.text)}”</p><p>${by}${tail}</p></blockquote>\n`;
  }
  const source = [outlet, date].filter(Boolean).join(', ');
  const parts = [`“${q.text}”`, speaker ? `— ${speaker}.` : '—', `${source}.`];
  if (url) parts.push(url);
  return `${parts.join(' ')}\n`;
}

function outletOf(s: Source): string {
  if (s.siteName) return s.siteName;
  if (s.title) return `“${s.title}”`;
  try {
    return s.url ? new URL(s.url).hostname.replace(/^www\./, '') : 'Unknown source';
  } catch {
    return 'Unknown source';
  }
}
