/** Metadata read from the page itself, before Readability changes the document. */
export interface PageMetadata {
  title: string | null;
  authors: string[];
  siteName: string | null;
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  favicon: string | null;
}

interface JsonLdArticle {
  headline?: string;
  author?: unknown;
  datePublished?: string;
  publisher?: { name?: string };
}

const ARTICLE_TYPES = /Article|NewsArticle|BlogPosting|Report|WebPage/;

/**
 * Read title, authors, site, date, language and canonical URL from JSON-LD, meta tags and
 * `<time>`. Each field takes the first source that has it, most structured first.
 * Example: `<meta property="article:published_time" content="2020-04-20T09:12:00+01:00">`.
 */
export function readMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  const ld = readJsonLd(doc);
  const meta = (selector: string) =>
    doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const htmlEl = doc.documentElement;
  const lang =
    htmlEl?.getAttribute('lang')?.trim() || meta('meta[http-equiv="content-language" i]') || null;
  const dirAttr = (
    htmlEl?.getAttribute('dir') ||
    doc.body?.getAttribute('dir') ||
    ''
  ).toLowerCase();
  const timeEl = doc.querySelector('article time[datetime], time[datetime]');
  const published =
    ld?.datePublished ||
    meta('meta[property="article:published_time"]') ||
    meta('meta[name="article:published_time"]') ||
    meta('meta[itemprop="datePublished"]') ||
    meta('meta[name="date"]') ||
    meta('meta[name="pubdate"]') ||
    meta('meta[name="publish-date"]') ||
    meta('meta[name="dc.date"], meta[name="DC.date.issued"]') ||
    timeEl?.getAttribute('datetime') ||
    null;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ||
    meta('meta[property="og:url"]');
  const icon = doc.querySelector('link[rel~="icon"]')?.getAttribute('href') || null;
  return {
    title:
      meta('meta[property="og:title"]') ||
      ld?.headline ||
      meta('meta[name="twitter:title"]') ||
      null,
    authors: authorsFrom(ld?.author)
      .concat(
        splitAuthors(meta('meta[name="author"]') || meta('meta[property="article:author"]') || ''),
      )
      .filter((a, i, all) => all.indexOf(a) === i),
    siteName: meta('meta[property="og:site_name"]') || ld?.publisher?.name || null,
    published: toIso(published),
    lang,
    dir: dirAttr === 'rtl' ? 'rtl' : dirAttr === 'ltr' ? 'ltr' : null,
    canonicalUrl: resolveUrl(canonical, pageUrl),
    excerpt: meta('meta[name="description"]') || meta('meta[property="og:description"]'),
    favicon: resolveUrl(icon, pageUrl),
  };
}

function readJsonLd(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      const found = findArticle(parsed);
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; the meta tags are the fallback.
    }
  }
  return null;
}

function findArticle(node: unknown): JsonLdArticle | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const f = findArticle(n);
      if (f) return f;
    }
    return null;
  }
  if (!node || typeof node !== 'object') return null;
  const obj = node as Record<string, unknown>;
  const type = obj['@type'];
  const types = Array.isArray(type) ? type.join(' ') : String(type ?? '');
  if (ARTICLE_TYPES.test(types) && (obj.headline || obj.datePublished)) return obj as JsonLdArticle;
  if (obj['@graph']) return findArticle(obj['@graph']);
  return null;
}

function authorsFrom(author: unknown): string[] {
  if (!author) return [];
  if (typeof author === 'string') return splitAuthors(author);
  if (Array.isArray(author)) return author.flatMap(authorsFrom);
  if (typeof author === 'object') {
    const name = (author as { name?: unknown }).name;
    return typeof name === 'string' ? splitAuthors(name) : [];
  }
  return [];
}

/** "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]. URLs (some sites put one there) are dropped. */
export function splitAuthors(raw: string): string[] {
  return raw
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && !/^https?:|[@/]/.test(s) && /\p{L}/u.test(s));
}

function toIso(value: string | null): string | null {
  if (!value) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  // Keep the date as the page gave it when it is already ISO (it carries the local offset).
  return /^\d{4}-\d{2}-\d{2}/.test(value.trim()) ? value.trim() : d.toISOString();
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}
