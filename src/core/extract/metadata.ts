import { findAuthors } from './find-authors.ts';
import { decodeEntities } from './html-entities.ts';
import { readJsonLd } from './json-ld.ts';
import { readMetaTags } from './meta-tags.ts';
import { findPublished } from './page-date.ts';
import { scanPage } from './page-scan.ts';
import { pickTitle } from './page-title.ts';
import { directionOf, normaliseLang } from './text-direction.ts';

/** Metadata read from the page itself, before Readability changes the document. */
export interface PageMetadata {
  title: string;
  authors: string[];
  siteName: string | null;
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  favicon: string | null;
}

/** What Readability found, used where the page's own metadata says nothing. */
export interface ReadabilityHints {
  byline?: string | null;
  dir?: string | null;
}

/**
 * Read title, authors, site, date, language, direction and canonical URL from JSON-LD, meta tags,
 * the byline markup and `<time>`. Each field takes the most structured source that has it.
 * Example: `<meta property="article:published_time" content="2020-04-20T09:12:00+01:00">`.
 */
export function readMetadata(
  doc: Document,
  pageUrl: string | null,
  hints: ReadabilityHints = {},
): PageMetadata {
  const ld = readJsonLd(doc);
  const meta = readMetaTags(doc);
  const scan = scanPage(doc);
  const siteName = cleanSiteName(
    ld?.publisher ||
      meta.first('property:og:site_name', 'name:og:site_name', 'name:application-name'),
  );
  const htmlEl = doc.documentElement;
  const lang = normaliseLang(
    htmlEl?.getAttribute('lang') ||
      htmlEl?.getAttribute('xml:lang') ||
      meta.first('http-equiv:content-language', 'property:og:locale', 'name:language') ||
      ld?.inLanguage ||
      null,
  );
  const links = linkHrefs(doc);
  const canonical = links.get('canonical') ?? meta.first('property:og:url', 'name:og:url');
  const icon = links.get('icon') ?? links.get('shortcut') ?? null;
  return {
    title: pickTitle(doc, scan.heading, meta, ld, siteName, pageUrl),
    authors: findAuthors(scan, meta, ld, hints.byline ?? null),
    siteName,
    published: findPublished(scan, meta, ld?.datePublished ?? null),
    lang,
    dir: directionOf(doc, hints.dir ?? null, lang),
    canonicalUrl: resolveUrl(canonical, pageUrl),
    excerpt: meta.first('name:description', 'property:og:description', 'name:twitter:description'),
    favicon: resolveUrl(icon, pageUrl),
  };
}

/**
 * "Aktuálně.cz - Víte, co se právě děje" -> "Aktuálně.cz", "LinkNaija | Nigeria's popular news
 * platform" -> "LinkNaija": a site name loses the tagline after " - " or " | ".
 */
export function cleanSiteName(raw: string | null): string | null {
  if (!raw) return null;
  let name = decodeEntities(raw).trim().replace(/^@/, '');
  // "https://www.hawaiinewsnow.com" -> "hawaiinewsnow.com".
  const url = /^https?:\/\/(?:www\.)?([^/]+)/i.exec(name);
  if (url) name = url[1] as string;
  const head = name.split(/\s+[|–—-]\s+/)[0]?.trim();
  return head || name || null;
}

/** "By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"] (kept for callers of the old API). */
export { authorNames as splitAuthors } from './author-names.ts';

/** The first href of each `<link rel>` token: "canonical", "icon". */
function linkHrefs(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const href = link.getAttribute('href') as string;
    for (const rel of (link.getAttribute('rel') as string).toLowerCase().split(/\s+/)) {
      if (rel && !out.has(rel)) out.set(rel, href);
    }
  }
  return out;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}
