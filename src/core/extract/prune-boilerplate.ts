import {
  BOILERPLATE_NAME_ROWS,
  SCREEN_READER_NAME_ROWS,
  STORY_NAME_ROWS,
} from './boilerplate-names.ts';
import { INLINE_TAGS } from './html-tags.ts';

const BOILERPLATE_NAME = new RegExp(`(?:^|[-_])(?:${BOILERPLATE_NAME_ROWS.join('|')})`);
const SCREEN_READER_NAME = new RegExp(`(?:^|[-_])(?:${SCREEN_READER_NAME_ROWS.join('|')})`);
const STORY_NAME = new RegExp(`(?:^|[-_])(?:${STORY_NAME_ROWS.join('|')})`);

// WordPress and similar themes tag the story's own container with its categories, tags and
// number ("category-social-media", "tag-ads", "post-1806"): such tokens say nothing about the
// element's role.
const TAXONOMY_TOKEN =
  /^(?:(?:category|format|type|status|term)-[\w-]+|tag-(?!(?:list|cloud|links)$)[\w-]+|(?:post|postid)-\d+)$/;

// Elements that are page furniture by their tag: navigation, complementary boxes, footers,
// page headers (title, byline, date, lead picture: none of it is body text), dialogs, forms.
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'DIALOG', 'FORM', 'MENU']);
const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
]);

// An element holding this share of the page's prose or more is kept whatever its name:
// it wraps the story ("<div class="content with-sidebar">"). Comment threads longer than the
// story are left to Readability, which drops them by its own rules.
const STORY_SHARE = 0.4;

// More prose than this is a story section whatever its name (a few paragraphs at least).
const MAX_BOILERPLATE_PROSE = 1500;

// Text nodes shorter than this are not counted as story text (labels, buttons, dates, links).
const MIN_RUN = 25;

// The story's own container as schema.org marks it: it and its ancestors are never removed.
const STORY_PROP = /\barticleBody\b/i;

const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** A class or id token, camelCase split and lower-cased: "socialShare" -> "social-share". */
function normaliseToken(t: string): string {
  return t.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * The tokens of an element's class and id that say something about its role, without taxonomy
 * tokens and heading slugs. The id is checked for a heading slug (a search of the element's
 * headings) only when it names a role at all: most ids ("cite_note-12", "mw-content-text") don't.
 */
function nameTokens(el: Element): string[] {
  const out = classTokens(el);
  const id = el.getAttribute('id')?.trim();
  if (!id) return out;
  const token = normaliseToken(id);
  const named = STORY_NAME.test(token) || BOILERPLATE_NAME.test(token);
  if (named && !isHeadingSlug(el, id)) out.push(token);
  return out;
}

/** The element's class names, normalised, without the taxonomy ones. */
function classTokens(el: Element): string[] {
  const out: string[] = [];
  for (const t of (el.getAttribute('class') ?? '').split(/\s+/)) {
    if (!t) continue;
    const token = normaliseToken(t);
    if (!TAXONOMY_TOKEN.test(token)) out.push(token);
  }
  return out;
}

/**
 * Whether an id is the slug of the element's own heading, as documentation and long-form
 * pages write them: `<section id="sharing-with-a-single-developer"><h2>Sharing with a single
 * developer</h2>` is named after its subject, not its role.
 */
function isHeadingSlug(el: Element, id: string): boolean {
  const words = id
    .toLowerCase()
    .split(/[-_\s]+/)
    .filter(Boolean);
  if (words.length < 3) return false;
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  if (!heading) return false;
  const text = (heading.textContent ?? '').toLowerCase();
  return words.filter((w) => text.includes(w)).length >= words.length * 0.75;
}

/** Whether an element's tag, role, class or id says it is not the story. */
export function looksLikeBoilerplate(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  if (tag === 'FIGCAPTION') return true;
  const tokens = nameTokens(el);
  if (tokens.length === 0) return false;
  if (tokens.some((t) => STORY_NAME.test(t))) return false;
  return tokens.some((t) => BOILERPLATE_NAME.test(t));
}

/**
 * Prose under each element: the length of its text runs of MIN_RUN characters or more that are
 * not link text, summed bottom-up in one iterative pass (no recursion, so a page nested ten
 * thousand deep cannot overflow the stack). Pages without `<p>` (text in `<div>`s and `<br>`s)
 * are measured as well as those with.
 */
function proseText(root: Element): { sums: Map<Element, number>; story: Set<Element> } {
  const sums = new Map<Element, number>();
  const story = new Set<Element>();
  const order: Element[] = [];
  const stack: [Element, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [el, inLink] = stack.pop() as [Element, boolean];
    const tag = el.tagName.toUpperCase();
    if (SILENT.has(tag)) continue;
    order.push(el);
    if (STORY_PROP.test(el.getAttribute('itemprop') ?? '')) story.add(el);
    const linked = inLink || tag === 'A';
    let own = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) stack.push([n as Element, linked]);
      else if (n.nodeType === 3 && !linked) {
        const len = (n.nodeValue ?? '').trim().length;
        if (len >= MIN_RUN) own += len;
      }
    }
    sums.set(el, own);
  }
  for (let i = order.length - 1; i > 0; i--) {
    const el = order[i] as Element;
    const parent = el.parentElement;
    if (!parent) continue;
    sums.set(parent, (sums.get(parent) ?? 0) + (sums.get(el) ?? 0));
    if (story.has(el)) story.add(parent);
  }
  return { sums, story };
}

/**
 * Remove from `root` (a clone of the page, or Readability's result) the elements that are not the
 * story by their tag, role, class or id: share bars, newsletter boxes, related lists, comments,
 * promos, author boxes, captions and credits, navigation, footers. An element that holds a large
 * share of the paragraph text, or the story's own container, is kept whatever its name.
 * Returns how many elements were removed.
 */
export function pruneBoilerplate(root: Element): number {
  const { sums, story } = proseText(root);
  const total = sums.get(root) ?? 0;
  const limit = Math.max(MIN_RUN, total * STORY_SHARE);
  const doomed: Element[] = [];
  const stack: Element[] = [];
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
      continue;
    }
    const prose = sums.get(el) ?? 0;
    if (
      prose < limit &&
      prose <= MAX_BOILERPLATE_PROSE &&
      looksLikeBoilerplate(el) &&
      !story.has(el) &&
      !insideSentence(el)
    ) {
      doomed.push(el);
      continue;
    }
    if (isHoverCard(el) || isScreenReaderText(el)) {
      doomed.push(el);
      continue;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  for (const el of doomed) el.remove();
  return doomed.length + pruneTeasers(root, sums);
}

// The story's <article> must hold this many times the prose of any other <article> for the
// others to count as teasers.
const DOMINANCE = 3;
const MIN_STORY = 500;

// An inline element holding less than this share of its block's text is part of a sentence.
const SENTENCE_PART = 0.5;

/**
 * Whether an inline element is words inside a sentence rather than a line of its own: "I would
 * <a class="popup">prefer</a> not to" keeps its link, while `<p><span class="credit">Photo:
 * AP</span></p>` does not protect its span.
 */
function insideSentence(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName.toUpperCase())) return false;
  let block = el.parentElement;
  while (block && INLINE_TAGS.has(block.tagName.toUpperCase())) block = block.parentElement;
  if (!block) return false;
  const own = (el.textContent ?? '').trim().length;
  const all = (block.textContent ?? '').trim().length;
  return own < all * SENTENCE_PART;
}

/** Text only screen readers get ("Opens in a new window"): its class says so. */
function isScreenReaderText(el: Element): boolean {
  // Class names only: the id is not read here, as naming an id costs a search of the element's
  // headings (isHeadingSlug) for every element of the page.
  return classTokens(el).some((t) => SCREEN_READER_NAME.test(t));
}

/**
 * A hover card: an inline element inside a sentence that holds a picture and several links, the
 * pop-up a site shows over a name ("Ilhan Omar" + her photo + links to three stories about her),
 * hidden by a stylesheet. Its text would otherwise land in the middle of the sentence.
 */
function isHoverCard(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'SPAN') return false;
  let block = el.parentElement;
  while (block && INLINE_TAGS.has(block.tagName.toUpperCase())) block = block.parentElement;
  if (block?.tagName.toUpperCase() !== 'P') return false;
  const inside = countInside(el);
  // A card is a few lines; a span wrapping whole paragraphs (some pages do) is not one.
  if (inside.img === 0 || inside.a < 2 || inside.p > 0 || inside.chars > MAX_CARD) return false;
  // The innermost such span is the card; its parent also holds the name the card is about.
  for (const inner of inside.spans) {
    const c = countInside(inner);
    if (c.img > 0 && c.a >= 2) return false;
  }
  return true;
}

/** Pictures, links, paragraphs, spans and text characters under an element, in one walk. */
function countInside(root: Element): {
  img: number;
  a: number;
  p: number;
  chars: number;
  spans: Element[];
} {
  const out = { img: 0, a: 0, p: 0, chars: 0, spans: [] as Element[] };
  const stack: Node[] = [root];
  while (stack.length > 0 && out.chars <= MAX_CARD) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      out.chars += (node.nodeValue ?? '').length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (node !== root) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'IMG') out.img++;
      else if (tag === 'A') out.a++;
      else if (tag === 'P') out.p++;
      else if (tag === 'SPAN') out.spans.push(node as Element);
    }
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return out;
}

const MAX_CARD = 800;

/**
 * Teaser cards: on a page where one <article> holds several times the prose of any other, the
 * other <article> elements (each a headline and a one-line summary of another story, as in a
 * "more stories" grid under the story) are removed.
 */
function pruneTeasers(root: Element, sums: Map<Element, number>): number {
  const all = Array.from(root.querySelectorAll('article'));
  // An <article> holding others is a list of stories ("You may like..."), not a story.
  const articles = all.filter((a) => a.querySelector('article') === null);
  if (articles.length < 2) return 0;
  const size = (a: Element) => sums.get(a) ?? 0;
  const sorted = [...articles].sort((a, b) => size(b) - size(a));
  const main = sorted[0] as Element;
  const others = sorted.filter((a) => !a.contains(main) && !main.contains(a));
  if (others.length === 0 || size(main) < MIN_STORY) return 0;
  if (size(main) < DOMINANCE * size(others[0] as Element)) return 0;
  for (const a of others) a.remove();
  return others.length;
}
