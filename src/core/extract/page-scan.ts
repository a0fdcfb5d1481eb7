/** Elements of the page that metadata is read from, found in one walk over the document. */
export interface PageScan {
  /** `<time datetime>` elements, page order, with whether an `<article>` holds them. */
  times: { el: Element; inArticle: boolean }[];
  /** `<abbr class="published" title="...">`. */
  abbrPublished: Element | null;
  /** Elements with `itemprop="author"` (first five). */
  authorProps: Element[];
  /** Links with `rel="author"` (first five). */
  authorLinks: Element[];
  /** Elements whose class names a byline or an author (first ten). */
  bylines: Element[];
  /** The first `<h1>`, else the first `<h2>`. */
  heading: Element | null;
}

// Class names of byline elements: "byline", "c-byline__item", "author", "author-name", "fn".
const BYLINE_CLASS = /byline|(?:^|\s)(?:author|fn)(?:\s|$)|author-?name/i;

/**
 * Walk the document once, iteratively (CSS attribute selectors are slow in jsdom and a deep page
 * must not overflow the stack), and keep what the metadata readers need.
 */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    times: [],
    abbrPublished: null,
    authorProps: [],
    authorLinks: [],
    bylines: [],
    heading: null,
  };
  let h2: Element | null = null;
  const root = doc.body ?? doc.documentElement;
  if (!root) return scan;
  const stack: [Element, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [el, inArticle] = stack.pop() as [Element, boolean];
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SVG' || tag === 'TEMPLATE') continue;
    const article = inArticle || tag === 'ARTICLE';
    if (tag === 'TIME' && el.hasAttribute('datetime')) scan.times.push({ el, inArticle: article });
    else if (tag === 'ABBR' && !scan.abbrPublished && el.hasAttribute('title')) {
      if (/(?:^|\s)published(?:\s|$)/.test(el.getAttribute('class') ?? '')) scan.abbrPublished = el;
    } else if (tag === 'H1' && !scan.heading) scan.heading = el;
    else if (tag === 'H2' && !h2) h2 = el;
    const itemprop = el.getAttribute('itemprop');
    if (itemprop && scan.authorProps.length < 5 && /(?:^|\s)author(?:\s|$)/i.test(itemprop)) {
      scan.authorProps.push(el);
    }
    if (tag === 'A' && scan.authorLinks.length < 5) {
      if (/(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) scan.authorLinks.push(el);
    }
    const cls = el.getAttribute('class');
    if (cls && scan.bylines.length < 10 && BYLINE_CLASS.test(cls)) scan.bylines.push(el);
    // Children pushed in reverse so that they pop in page order.
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, article]);
  }
  scan.heading ??= h2;
  return scan;
}
