import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
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
  const dom = parseHtml(html, url);
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

// jsdom reports every stylesheet it cannot parse on the console; nothing here reads CSS.
const quiet = new VirtualConsole();

/**
 * Parse a page as the CLI does (no scripts, nothing loaded), decoded as UTF-8: the benchmark's
 * pages are UTF-8 and many do not say so, and jsdom would then guess windows-1252 (the HTML
 * standard's default for bytes), turning "We’d" into "Weâ€™d". jsdom's CSS parser throws on a few
 * real stylesheets ("Cannot create property 'border-width' on string 'inherit'"); neither Lede
 * nor Readability reads stylesheets, so the page is then parsed again with its <style> contents
 * emptied.
 */
export function parseHtml(html: Uint8Array | string, url: string | null): JSDOM {
  const options = { url: url ?? undefined, virtualConsole: quiet };
  const text = typeof html === 'string' ? html : Buffer.from(html).toString('utf8');
  try {
    return new JSDOM(text, options);
  } catch {
    return new JSDOM(text.replace(STYLE_BODY, '$1$2'), options);
  }
}

// <style ...> ... </style>, lazily, so each stylesheet is emptied on its own.
const STYLE_BODY = /(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi;
