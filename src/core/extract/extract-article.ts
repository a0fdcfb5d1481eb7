import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article, Block } from '../types.ts';
import { readBlocks } from './blocks-from-dom.ts';
import { dropLinkBlocks } from './drop-link-blocks.ts';
import { readMetadata } from './metadata.ts';
import { pruneBoilerplate } from './prune-boilerplate.ts';
import { selectionBlocks } from './selection.ts';

export interface ExtractOptions {
  /** The page's URL (tab URL or the CLI's --url), used to resolve links and for citations. */
  url: string | null;
  /**
   * The text the user selected on the page (`window.getSelection()?.toString()`). When it is a
   * passage (300 characters, or three sentences of 100), only it is summarised: the article's
   * blocks are its lines and `source` is 'selection'. Metadata still comes from the page.
   */
  selectionText?: string | null;
}

/**
 * Isolate the article of a page: metadata from the original document, body from Readability run
 * on a clone (Readability changes the document it is given) as ordered plain-text blocks. The
 * clone is pruned of page furniture before Readability (so that it picks the story) and
 * Readability's result again after it (what it keeps inside the story: share bars, captions,
 * promos), then blocks that are mostly links go. Returns an article with no blocks when
 * Readability finds nothing. Reads no globals: the Document is the only input.
 */
export function extractArticle(doc: Document, options: ExtractOptions): Article {
  const readerable = isProbablyReaderable(doc);
  const selected = selectionBlocks(options.selectionText);
  let blocks: Block[] = selected ?? [];
  let hints: { byline?: string | null; dir?: string | null } = {};
  if (!selected) {
    const clone = doc.cloneNode(true) as Document;
    if (clone.body) pruneBoilerplate(clone.body);
    const parsed = new Readability<Element>(clone, {
      serializer: (el) => el as Element,
      // Class names survive so that the second pruning pass can read them.
      keepClasses: true,
    }).parse();
    if (parsed?.content) {
      pruneBoilerplate(parsed.content);
      blocks = dropLinkBlocks(readBlocks(parsed.content)).map((b) => b.block);
    }
    hints = { byline: parsed?.byline ?? null, dir: parsed?.dir ?? null };
  }
  const meta = readMetadata(doc, options.url, hints);
  return {
    url: options.url,
    canonicalUrl: meta.canonicalUrl,
    title: meta.title,
    authors: meta.authors,
    siteName: meta.siteName,
    published: meta.published,
    lang: meta.lang,
    dir: meta.dir,
    excerpt: meta.excerpt,
    favicon: meta.favicon,
    blocks,
    source: selected ? 'selection' : 'article',
    readerable: selected ? true : readerable,
  };
}
