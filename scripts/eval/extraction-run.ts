import { performance } from 'node:perf_hooks';
import type { JSDOM } from 'jsdom';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { cleanBlocks } from '../../src/core/clean/clean-blocks.ts';
import { extractArticle } from '../../src/core/extract/extract-article.ts';
import type { Article, Block } from '../../src/core/types.ts';

/**
 * Lede's article text for the extraction metrics: the Article's blocks after `cleanBlocks`, joined
 * by blank lines (what Summary.articleText is). `ms` times extraction and cleaning, not parsing.
 */
export function ledeText(
  html: Uint8Array,
  url: string | null,
): { text: string; ms: number; article: Article; blocks: Block[] } {
  const dom = parseUtf8Html(html, url);
  try {
    const t0 = performance.now();
    const article = extractArticle(dom.window.document, { url });
    const blocks = cleanBlocks(article.blocks, article);
    const ms = performance.now() - t0;
    return { text: blocks.map((b) => b.text).join('\n\n'), ms, article, blocks };
  } finally {
    dom.window.close();
  }
}

/**
 * Parse a page as the CLI does (no scripts, nothing loaded, stylesheets that crash jsdom's CSS
 * parser emptied), decoded as UTF-8: the benchmark's pages are UTF-8 and many do not say so, and
 * jsdom would then guess windows-1252 (the HTML standard's default for bytes), turning "We’d"
 * into "Weâ€™d".
 */
export function parseUtf8Html(html: Uint8Array | string, url: string | null): JSDOM {
  const text = typeof html === 'string' ? html : Buffer.from(html).toString('utf8');
  return parseHtml(text, { url });
}
