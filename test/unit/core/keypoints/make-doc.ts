import { type Doc, makeDoc } from '../../../../src/core/text/doc.ts';
import type { Block, BlockKind } from '../../../../src/core/types.ts';

/**
 * A Doc from short notation: each string is a paragraph, "h: " makes a heading, "c: " a
 * caption, "q: " a blockquote, "li: " a list item.
 */
export function doc(parts: string[], title = '', lang: string | null = 'en'): Doc {
  const kinds: Record<string, BlockKind> = {
    h: 'heading',
    c: 'caption',
    q: 'quote',
    li: 'list-item',
  };
  const blocks: Block[] = parts.map((p) => {
    const m = /^(h|c|q|li): (.*)$/s.exec(p);
    return m
      ? { kind: kinds[m[1] as string] as BlockKind, text: m[2] as string }
      : { kind: 'paragraph', text: p };
  });
  return makeDoc(title, blocks, lang);
}
