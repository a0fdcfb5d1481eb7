import type { Article, Block, BlockKind } from './types.ts';

const KINDS = new Set<BlockKind>([
  'paragraph',
  'heading',
  'quote',
  'list-item',
  'caption',
  'preformatted',
]);
/** Limits that keep a hostile or giant page from swamping the worker or the card. */
export const LIMITS = { title: 1_000, field: 500, block: 50_000, blocks: 20_000, authors: 20 };

const str = (v: unknown, max: number): string | null =>
  typeof v === 'string' ? v.slice(0, max) : null;

/**
 * Check the article that comes back from the injected script before the worker trusts it: the
 * page's own scripts share its DOM and could have tampered with what the extractor read, so
 * every field is type-checked and bounded. Returns null when it is not an article at all.
 * Example: `{ title: 42 }` -> null; a 100 KB title is cut to 1,000 characters.
 */
export function asArticle(value: unknown): Article | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.title !== 'string' || !Array.isArray(v.blocks)) return null;
  const blocks: Block[] = [];
  for (const b of v.blocks.slice(0, LIMITS.blocks)) {
    if (!b || typeof b !== 'object') continue;
    const { kind, text, level } = b as Record<string, unknown>;
    if (!KINDS.has(kind as BlockKind) || typeof text !== 'string') continue;
    const block: Block = { kind: kind as BlockKind, text: text.slice(0, LIMITS.block) };
    if (typeof level === 'number' && level >= 1 && level <= 6) block.level = Math.floor(level);
    blocks.push(block);
  }
  const dir = v.dir === 'rtl' || v.dir === 'ltr' ? v.dir : null;
  const source = v.source === 'selection' || v.source === 'text' ? v.source : 'article';
  return {
    url: str(v.url, 4_000),
    canonicalUrl: str(v.canonicalUrl, 4_000),
    title: v.title.slice(0, LIMITS.title),
    authors: Array.isArray(v.authors)
      ? v.authors
          .filter((a): a is string => typeof a === 'string')
          .slice(0, LIMITS.authors)
          .map((a) => a.slice(0, LIMITS.field))
      : [],
    siteName: str(v.siteName, LIMITS.field),
    published: str(v.published, 64),
    lang: str(v.lang, 35),
    dir,
    excerpt: str(v.excerpt, LIMITS.title),
    favicon: str(v.favicon, 4_000),
    blocks,
    source,
    readerable: v.readerable === true,
  };
}
