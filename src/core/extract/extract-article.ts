import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article } from '../types.ts';
import { readBlocks } from './blocks-from-dom.ts';
import { dropLinkBlocks } from './drop-link-blocks.ts';
import { readMetadata, splitAuthors } from './metadata.ts';
import { pruneBoilerplate } from './prune-boilerplate.ts';

export interface ExtractOptions {
  /** The page's URL (tab URL or the CLI's --url), used to resolve links and for citations. */
  url: string | null;
}

/**
 * Isolate the article of a page: metadata from the original document, body from Readability run
 * on a clone (Readability changes the document it is given), as ordered plain-text blocks.
 * Returns an article with no blocks when Readability finds nothing.
 */
export function extractArticle(doc: Document, options: ExtractOptions): Article {
  const meta = readMetadata(doc, options.url);
  const readerable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  if (clone.body) pruneBoilerplate(clone.body);
  const parsed = new Readability<Element>(clone, {
    serializer: (el) => el as Element,
    // Class names survive so that the second pruning pass can read them.
    keepClasses: true,
  }).parse();
  if (parsed?.content) pruneBoilerplate(parsed.content);
  const blocks = parsed?.content
    ? dropLinkBlocks(readBlocks(parsed.content)).map((b) => b.block)
    : [];
  const title = cleanTitle(
    meta.title || parsed?.title || doc.title || '',
    meta.siteName ?? parsed?.siteName ?? null,
  );
  const authors = meta.authors.length > 0 ? meta.authors : splitAuthors(parsed?.byline ?? '');
  return {
    url: options.url,
    canonicalUrl: meta.canonicalUrl,
    title,
    authors,
    siteName: meta.siteName || parsed?.siteName || null,
    published: meta.published || parsed?.publishedTime || null,
    lang: meta.lang || parsed?.lang || null,
    dir: meta.dir || (parsed?.dir === 'rtl' ? 'rtl' : parsed?.dir === 'ltr' ? 'ltr' : null),
    excerpt: meta.excerpt || parsed?.excerpt || null,
    favicon: meta.favicon,
    blocks,
    source: 'article',
    readerable,
  };
}

/** "Story headline – CloudTech News" -> "Story headline" when the suffix is the site's name. */
export function cleanTitle(title: string, siteName: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (!siteName) return t;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return t.replace(new RegExp(`\\s*[-–—|:·•]\\s*${escaped}\\s*$`, 'i'), '').trim() || t;
}
