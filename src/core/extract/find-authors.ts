import { authorNames } from './author-names.ts';
import type { JsonLdArticle } from './json-ld.ts';
import type { MetaTags } from './meta-tags.ts';
import type { PageScan } from './page-scan.ts';

// Meta tags that carry the author's name, as sites write them.
const AUTHOR_META = [
  'name:author',
  'property:author',
  'name:article:author_name',
  'property:article:author',
  'name:article:author',
  'name:parsely-author',
  'name:sailthru.author',
  'name:byl',
  'name:dc.creator',
  'property:dc:creator',
  'name:dc:creator',
  'name:dcterms.creator',
  'property:dcterm:creator',
  'name:citation_author',
];

// Longest byline element text worth reading (an author box with a bio is longer).
const MAX_BYLINE_TEXT = 120;

/**
 * The article's authors as clean names, from the most structured source that names a person:
 * JSON-LD people, then the meta tags, then the page's byline markup (`itemprop="author"`,
 * `rel="author"`, a `byline`/`author` class), then Readability's byline. A source naming only an
 * organisation or a one-word handle ("LinkNaija", "jdadmin") is used only when no source names a
 * person. Example: meta author "Bradley M. Kuhn (http://ebb.org/bkuhn/)" -> ["Bradley M. Kuhn"].
 */
export function findAuthors(
  scan: PageScan,
  meta: MetaTags,
  ld: JsonLdArticle | null,
  readabilityByline: string | null,
): string[] {
  const sources: string[][] = [];
  const people = ld?.authors.filter((a) => a.person) ?? [];
  sources.push(people.flatMap((a) => authorNames(a.name)));
  const metas = meta.all(...AUTHOR_META).filter((c) => !/^https?:/i.test(c));
  sources.push(unique(metas.flatMap((c) => authorNames(c))));
  sources.push(markupBylines(scan));
  if (readabilityByline) sources.push(authorNames(readabilityByline, true));
  const orgs = ld?.authors.filter((a) => !a.person) ?? [];
  sources.push(orgs.flatMap((a) => authorNames(a.name)));
  const named = sources.find((s) => s.some((n) => n.includes(' ')));
  return named ?? sources.find((s) => s.length > 0) ?? [];
}

/**
 * Names from the page's byline markup: every `itemprop="author"` and `rel="author"` element
 * (co-authors are marked one by one), else the first `byline`/`author` element that holds a
 * name (later ones are often the bylines of other stories in a list).
 */
function markupBylines(scan: PageScan): string[] {
  const marked: string[] = [];
  for (const el of scan.authorProps) {
    const nameEl = el.querySelector('[itemprop~="name"]');
    const value =
      nameEl?.getAttribute('content') ??
      nameEl?.textContent ??
      el.getAttribute('content') ??
      el.textContent ??
      '';
    if (value.trim().length <= MAX_BYLINE_TEXT) marked.push(value);
  }
  for (const el of scan.authorLinks) marked.push(el.textContent ?? '');
  const names = unique(marked.flatMap((t) => authorNames(t, true)));
  if (names.length > 0) return names;
  for (const el of scan.bylines) {
    const t = el.textContent ?? '';
    if (!t.trim() || t.trim().length > MAX_BYLINE_TEXT) continue;
    const found = authorNames(t, true);
    if (found.length > 0) return found;
  }
  return [];
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
