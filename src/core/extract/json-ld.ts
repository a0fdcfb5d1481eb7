/** What Lede reads from a page's schema.org JSON-LD article object. */
export interface JsonLdArticle {
  headline: string | null;
  name: string | null;
  /** Author names, people first: [name, isPerson]. */
  authors: { name: string; person: boolean }[];
  datePublished: string | null;
  publisher: string | null;
  inLanguage: string | null;
}

// Article types, most specific first; a WebPage is used only when no article object exists.
const ARTICLE_TYPE =
  /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|ScholarlyArticle|TechArticle|Report|LiveBlogPosting|SocialMediaPosting|Review)$/;
const PAGE_TYPE = /^(?:WebPage|ItemPage|CollectionPage|AboutPage|ProfilePage)$/;

// Pages (and Readability's test pages) wrap JSON-LD in CDATA markers or HTML comments.
const WRAPPER = /^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g;

/**
 * The page's article object from its `<script type="application/ld+json">` blocks: the first
 * NewsArticle/Article/BlogPosting... found (also inside `@graph` and arrays), else a WebPage.
 * Broken JSON is skipped: the meta tags are the fallback.
 */
export function readJsonLd(doc: Document): JsonLdArticle | null {
  let page: Record<string, unknown> | null = null;
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json')
      continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(WRAPPER, ''));
    } catch {
      continue;
    }
    for (const obj of objects(parsed)) {
      const types = typeNames(obj);
      if (types.some((t) => ARTICLE_TYPE.test(t))) return toArticle(obj);
      if (!page && types.some((t) => PAGE_TYPE.test(t)) && (obj.headline || obj.datePublished)) {
        page = obj;
      }
    }
  }
  return page ? toArticle(page) : null;
}

/** Every object of a JSON-LD document, breadth first: arrays, `@graph`, `mainEntity`. */
function objects(root: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const queue: unknown[] = [root];
  while (queue.length > 0 && out.length < 200) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      out.push(obj);
      if (obj['@graph']) queue.push(obj['@graph']);
      if (obj.mainEntity && typeof obj.mainEntity === 'object') queue.push(obj.mainEntity);
    }
  }
  return out;
}

function typeNames(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/:]/, ''));
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as Record<string, unknown>)['@value']);
  return null;
}

function toArticle(obj: Record<string, unknown>): JsonLdArticle {
  const publisher = obj.publisher;
  return {
    headline: text(obj.headline),
    name: text(obj.name),
    authors: authorsOf(obj.author ?? obj.creator),
    datePublished: text(obj.datePublished) ?? text(obj.dateCreated),
    publisher:
      publisher && typeof publisher === 'object' && !Array.isArray(publisher)
        ? text((publisher as Record<string, unknown>).name)
        : Array.isArray(publisher)
          ? text((publisher[0] as Record<string, unknown> | undefined)?.name)
          : null,
    inLanguage: text(obj.inLanguage),
  };
}

function authorsOf(value: unknown): { name: string; person: boolean }[] {
  if (!value) return [];
  if (typeof value === 'string') return [{ name: value, person: true }];
  if (Array.isArray(value)) return value.flatMap(authorsOf);
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const name = text(obj.name);
    if (!name) return [];
    const person = !typeNames(obj).some((t) =>
      /Organization|Corporation|NewsMediaOrganization/.test(t),
    );
    return [{ name, person }];
  }
  return [];
}
