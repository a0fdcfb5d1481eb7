import { locatePassage, type TextPiece } from '../core/highlight/locate-passage.ts';

// Injected on demand when the user clicks a card item (never declared to run on pages): defines
// __ledeReveal(passage, context), which the extension calls with the passage's text. It only
// reads text nodes and sets a highlight; it adds no element to the page and runs nothing from it.

/** Elements whose text is not part of what the reader sees. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'OPTION']);

/**
 * Elements that start a new block of text: text on either side of their boundary is matched as
 * if a space were there (see TextPiece.breakBefore).
 */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

const HIGHLIGHT = 'lede-passage';

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !BLOCKS.has(el.tagName)) el = el.parentElement;
  return el;
}

function collect(doc: Document): { pieces: TextPiece[]; nodes: Text[] } {
  const pieces: TextPiece[] = [];
  const nodes: Text[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return { pieces, nodes };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement && SKIP.has(n.parentElement.tagName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const block = blockOf(text);
    pieces.push({ text: text.data, breakBefore: block !== lastBlock });
    nodes.push(text);
    lastBlock = block;
  }
  return { pieces, nodes };
}

function reveal(passage: string, context: string): string {
  const { pieces, nodes } = collect(document);
  const found = locatePassage(pieces, passage, context);
  if (!found) return 'not_found';
  const range = document.createRange();
  range.setStart(nodes[found.start.piece] as Text, found.start.offset);
  range.setEnd(nodes[found.end.piece] as Text, found.end.offset);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  range.startContainer.parentElement?.scrollIntoView({
    block: 'center',
    behavior: reduceMotion ? 'auto' : 'smooth',
  });
  const g = globalThis as {
    CSS?: { highlights?: Map<string, unknown> };
    Highlight?: new (r: Range) => unknown;
  };
  if (g.CSS?.highlights && typeof g.Highlight === 'function') {
    g.CSS.highlights.set(HIGHLIGHT, new g.Highlight(range));
    return found.match === 'exact' ? 'shown' : 'shown_partial';
  }
  // Without the Custom Highlight API: select the passage, which every browser shows.
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return 'selected';
}

(globalThis as { __ledeReveal?: typeof reveal }).__ledeReveal = reveal;
