import type { Block, BlockKind } from '../types.ts';
import { BLOCK_TAGS, CELL_TAGS, LEAF_KINDS, SKIP_TAGS } from './html-tags.ts';
import { isHidden } from './is-hidden.ts';

/** A block as read from the DOM, with what the block filters need to judge it. */
export interface DomBlock {
  block: Block;
  /** Characters of the block's raw text that sit inside links. */
  linkChars: number;
  /** Characters of the block's raw text (before white space is collapsed). */
  rawChars: number;
  /** The list (UL/OL/DL) a list item belongs to, to judge a list as a whole; else null. */
  list: Element | null;
}

/**
 * Turn an article body element into ordered plain-text blocks. Block quotes become `quote`
 * blocks (one per paragraph inside them); loose text between blocks becomes a paragraph; unknown
 * and custom elements are read inline. One pass over the tree.
 * Example: `<div>Intro <b>text</b><p>Para</p></div>` gives "Intro text", then "Para".
 */
export function blocksFromDom(root: Element): Block[] {
  return readBlocks(root).map((b) => b.block);
}

interface Context {
  tag: string;
  kind: BlockKind | null;
  list: Element | null;
}

/** The blocks of `root` with their link density and list, in reading order. */
export function readBlocks(root: Element): DomBlock[] {
  const out: DomBlock[] = [];
  const stack: Context[] = [{ tag: root.tagName.toUpperCase(), kind: null, list: null }];
  let run = '';
  let linked = 0;
  let inLink = 0;

  const flush = () => {
    const text = normalise(run);
    if (text) {
      const ctx = stack[stack.length - 1] as Context;
      const kind = effectiveKind(stack);
      const block: Block = { kind, text };
      if (kind === 'heading') block.level = headingLevel(stack);
      out.push({
        block,
        linkChars: linked,
        rawChars: run.length,
        list: kind === 'list-item' ? ctx.list : null,
      });
    }
    run = '';
    linked = 0;
  };

  const visit = (el: Element) => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        run += value;
        if (inLink > 0) linked += value.length;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || isHidden(child)) continue;
      if (tag === 'BR') {
        run += '\n';
        continue;
      }
      if (CELL_TAGS.has(tag)) {
        // Cells of a row are read as one line, separated by spaces.
        run += ' ';
        visit(child);
        run += ' ';
        continue;
      }
      if (!BLOCK_TAGS.has(tag)) {
        if (tag === 'A') inLink++;
        visit(child);
        if (tag === 'A') inLink--;
        continue;
      }
      flush();
      const parent = stack[stack.length - 1] as Context;
      const list = tag === 'UL' || tag === 'OL' || tag === 'DL' ? child : parent.list;
      stack.push({ tag, kind: LEAF_KINDS[tag] ?? null, list });
      visit(child);
      flush();
      stack.pop();
    }
  };

  visit(root);
  flush();
  return out;
}

/**
 * The kind of the innermost leaf element, with two adjustments: a paragraph inside a block quote
 * is a quote, and a paragraph inside a list item or caption keeps that kind
 * (`<li><p>Item</p></li>` is a list item).
 */
function effectiveKind(stack: Context[]): BlockKind {
  let inQuote = false;
  let seenParagraph = false;
  for (let i = stack.length - 1; i >= 0; i--) {
    const ctx = stack[i] as Context;
    if (ctx.tag === 'BLOCKQUOTE') inQuote = true;
    if (!ctx.kind) continue;
    if (ctx.kind !== 'paragraph') return ctx.kind;
    // Only the nearest enclosing leaf can turn a paragraph into an item or a caption.
    if (seenParagraph) break;
    seenParagraph = true;
  }
  if (inQuote) return 'quote';
  return 'paragraph';
}

function headingLevel(stack: Context[]): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const m = /^H([1-6])$/.exec((stack[i] as Context).tag);
    if (m) return Number(m[1]);
  }
  return 2;
}

/** Collapse runs of white space (including non-breaking and line breaks) to one space. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
