import type { Block, BlockKind } from '../types.ts';

// Elements whose text is one block of the given kind.
const LEAF_KINDS: Record<string, BlockKind> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  PRE: 'preformatted',
  TD: 'paragraph',
  TH: 'paragraph',
};

// Elements never read as text.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'IMG',
  'PICTURE',
  'SOURCE',
  'INPUT',
  'FORM',
]);

// Inline elements: their text joins the surrounding run.
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'DEL',
  'INS',
  'LABEL',
  'BR',
]);

/**
 * Turn an article body element into ordered plain-text blocks. Block quotes become `quote`
 * blocks (one per paragraph inside them); loose text between blocks becomes a paragraph.
 * Example: `<div>Intro <b>text</b><p>Para</p></div>` gives "Intro text", then "Para".
 */
export function blocksFromDom(root: Element): Block[] {
  const out: Block[] = [];
  walk(root, out, null);
  return out.filter((b) => b.text.length > 0);
}

function walk(el: Element, out: Block[], inQuote: BlockKind | null): void {
  let run = '';
  const flush = () => {
    const text = normalise(run);
    if (text) out.push({ kind: inQuote ?? 'paragraph', text });
    run = '';
  };
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      run += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.tagName.toUpperCase();
    if (
      SKIP.has(tag) ||
      child.getAttribute('hidden') !== null ||
      child.getAttribute('aria-hidden') === 'true'
    )
      continue;
    if (tag === 'BR') {
      run += '\n';
      continue;
    }
    if (INLINE.has(tag) && !hasBlockChild(child)) {
      run += textOf(child);
      continue;
    }
    flush();
    if (tag === 'BLOCKQUOTE') {
      walk(child, out, 'quote');
      continue;
    }
    const kind = LEAF_KINDS[tag];
    if (kind && !hasBlockChild(child)) {
      const text = normalise(textOf(child));
      if (text) {
        const block: Block = { kind: inQuote && kind === 'paragraph' ? inQuote : kind, text };
        if (kind === 'heading') block.level = Number(tag.slice(1));
        out.push(block);
      }
      continue;
    }
    walk(child, out, inQuote);
  }
  flush();
}

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) {
    const tag = c.tagName.toUpperCase();
    if (!INLINE.has(tag) && !SKIP.has(tag)) return true;
  }
  return false;
}

function textOf(el: Element): string {
  let s = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) s += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR') s += '\n';
      else if (!SKIP.has(tag)) s += textOf(node as Element);
    }
  }
  return s;
}

/** Collapse runs of white space (including non-breaking and line breaks) to one space. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
