import { decodeEntities } from './html-entities.ts';

/** The page's `<meta>` tags by attribute and lower-cased value: "property:og:title". */
export interface MetaTags {
  /** The first non-empty content of any of the keys, in the order the keys are given. */
  first(...keys: string[]): string | null;
  /** Every non-empty content of the keys, keys in the order given, then page order. */
  all(...keys: string[]): string[];
}

const KEY_ATTRIBUTES = ['name', 'property', 'itemprop', 'http-equiv'];

/**
 * Read every `<meta>` tag once (attribute selectors with case-insensitive matching are slow in
 * jsdom, and there are dozens of keys to try). Space-separated values count once per token
 * (`property="dc:title og:title"`). Contents are trimmed and their character references decoded.
 */
export function readMetaTags(doc: Document): MetaTags {
  const map = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of KEY_ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (!value) continue;
      for (const token of value.toLowerCase().split(/\s+/)) {
        if (!token) continue;
        const key = `${attr}:${token}`;
        const list = map.get(key) ?? [];
        list.push(decodeEntities(content));
        map.set(key, list);
      }
    }
  }
  return {
    first: (...keys) => {
      for (const k of keys) {
        const v = map.get(k)?.[0];
        if (v) return v;
      }
      return null;
    },
    all: (...keys) => keys.flatMap((k) => map.get(k) ?? []),
  };
}
