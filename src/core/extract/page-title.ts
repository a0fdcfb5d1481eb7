import { decodeEntities } from './html-entities.ts';
import type { MetaTags } from './meta-tags.ts';

// Separators between a headline and the site's name: "Headline – CloudTech News",
// "Headline | IAB", "LinkNaija | Nigeria's popular news platform: Headline".
const SEPARATOR = /\s+[|–—\-:·•»«/]\s+|\s*::\s*|\s+\|\s*|\s*\|\s+/;

/**
 * The article's title: the JSON-LD headline (or its name, whichever is closer to the page's
 * `<title>` when they differ), else Dublin Core, Open Graph or Twitter title, else `<title>`;
 * without the site's name before or after it. `<title>` text also loses a short trailing
 * segment when the site's name is unknown ("Lorem ipsum dolor sit amet – My website").
 */
export function pickTitle(
  doc: Document,
  heading: Element | null,
  meta: MetaTags,
  ld: { headline: string | null; name: string | null } | null,
  siteName: string | null,
  url: string | null,
): string {
  const docTitle = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  const siteKeys = siteNames(siteName, null);
  // A JSON-LD "name" that is the site's ("Aktuálně.cz") is not the article's.
  const ldName = ld?.name && !siteKeys.includes(key(ld.name)) ? ld.name : null;
  let ldTitle = ld?.headline ?? ldName;
  if (ld?.headline && ldName && ld.headline !== ldName) {
    ldTitle = likeness(ldName, docTitle) > likeness(ld.headline, docTitle) ? ldName : ld.headline;
  }
  const structured =
    ldTitle ||
    meta.first(
      'property:dc:title',
      'name:dc:title',
      'name:dc.title',
      'name:dcterm:title',
      'name:dcterms.title',
      'property:og:title',
      'name:og:title',
      'name:twitter:title',
      'property:twitter:title',
      'name:parsely-title',
    );
  const sites = siteNames(siteName, url);
  const fromDoc = docTitle ? cleanTitle(docTitle, sites, siteKeys.length === 0) : '';
  if (structured) {
    const title = cleanTitle(structured, sites, false);
    // The headline the reader sees, when <title> and <h1> agree on it and the structured title
    // is something else (a site-wide "Yahoo News - Latest News & Headlines").
    const h1 = (heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (
      h1 &&
      key(fromDoc) === key(h1) &&
      !key(title).includes(key(h1)) &&
      !key(h1).includes(key(title))
    ) {
      return fromDoc;
    }
    return title;
  }
  if (fromDoc) return fromDoc;
  // No title anywhere: the first heading of the page.
  return (heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Remove the site's name (or the host's) from either end of a title: "Story headline –
 * CloudTech News" -> "Story headline". `loose` (for `<title>` text when the site's name is
 * unknown) also drops a trailing segment of at most three words when at least four words remain.
 * The title never becomes empty.
 */
export function cleanTitle(title: string, sites: string[], loose = false): string {
  const t = decodeEntities(title).replace(/\s+/g, ' ').trim();
  const parts = t.split(SEPARATOR);
  if (parts.length < 2) return t;
  const isSite = (p: string) => {
    const k = key(p);
    return (
      k.length > 0 &&
      sites.some((s) => s === k || (k.length >= 4 && s.startsWith(k)) || k.startsWith(s))
    );
  };
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSite(parts[end - 1] as string)) end--;
  while (end - start > 1 && isSite(parts[start] as string)) start++;
  if (start === 0 && end === parts.length) {
    if (!loose) return t;
    const last = parts[parts.length - 1] as string;
    const rest = parts.slice(0, -1).join(' ');
    if (last.split(' ').length <= 3 && rest.split(' ').length >= 4) end--;
    else return t;
  }
  // Cut the original text (keeping its own separators) between the kept parts.
  const kept = parts.slice(start, end);
  const from = t.indexOf(kept[0] as string);
  const lastKept = kept[kept.length - 1] as string;
  const to = t.lastIndexOf(lastKept) + lastKept.length;
  return t.slice(from, to).trim() || t;
}

/** Comparable forms of the site's name and of the host: "CloudTech News", "cloudtech". */
function siteNames(siteName: string | null, url: string | null): string[] {
  const out: string[] = [];
  if (siteName) {
    out.push(key(siteName));
    // "Aktuálně.cz - Víte, co se právě děje": the name before a tagline.
    const head = siteName.split(SEPARATOR)[0];
    if (head && head !== siteName) out.push(key(head));
  }
  if (url) {
    try {
      const host = new URL(url).hostname.replace(/^www\d?\./, '');
      const label = host.split('.')[0];
      if (label && label.length >= 3) out.push(key(label));
      out.push(key(host));
    } catch {
      // Not a URL: no host to compare.
    }
  }
  return out.filter((s) => s.length > 0);
}

function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Share of the words of `a` that occur in `b`. */
function likeness(a: string, b: string): number {
  const words = a.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const other = b.toLowerCase();
  return words.filter((w) => other.includes(w)).length / words.length;
}
