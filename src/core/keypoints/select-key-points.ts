import type { Doc } from '../text/doc.ts';
import type { Figure, KeyPoint, Length, Quote } from '../types.ts';

export interface KeyPointContext {
  figures: Figure[];
  quotes: Quote[];
  length: Length;
}

/** Sentences that tell the story. Placeholder: the first sentences of paragraphs (Lead-k). */
export function selectKeyPoints(doc: Doc, ctx: KeyPointContext): KeyPoint[] {
  const k = ctx.length === 'short' ? 3 : ctx.length === 'medium' ? 4 : 5;
  return doc.sentences
    .filter((s) => doc.blocks[s.block]?.kind === 'paragraph')
    .slice(0, k)
    .map((s) => ({ text: s.text, at: { block: s.block, start: s.start, end: s.end } }));
}
