import type { Article, Block } from '../types.ts';

/**
 * An article from plain text: paragraphs separated by blank lines. The first paragraph is taken
 * as the title when it looks like a headline (one short line with no closing full stop), as in
 * "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant...".
 */
export function articleFromText(text: string, url: string | null): Article {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  let title = '';
  const first = paragraphs[0];
  if (first && paragraphs.length > 1 && first.length <= 160 && !/[.!?…]["”’]?$/.test(first)) {
    title = first;
    paragraphs.shift();
  }
  const blocks: Block[] = paragraphs.map((p) => ({ kind: 'paragraph', text: p }));
  return {
    url,
    canonicalUrl: null,
    title,
    authors: [],
    siteName: null,
    published: null,
    lang: null,
    dir: null,
    excerpt: null,
    favicon: null,
    blocks,
    source: 'text',
    readerable: blocks.length > 0,
  };
}
