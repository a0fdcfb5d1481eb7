import { splitSentences } from '../text/sentences.ts';
import type { Block, Span } from '../types.ts';

/** A passage of the article to find in the page: the text and its whole block. */
export interface Passage {
  text: string;
  /** The block the passage sits in, to tell two copies of the same sentence apart. */
  context: string;
}

/**
 * The passage a card item points at, widened to whole sentences. A figure's span covers
 * "200 billion yuan", but the reader who clicks it wants to see the sentence it is in; a key
 * point's span is already its sentence and stays as it is.
 * Example: block "It will invest 200 billion yuan. Shares rose." and the span of "200 billion
 * yuan" give "It will invest 200 billion yuan."
 */
export function passageAt(blocks: Block[], span: Span): Passage | null {
  const block = blocks[span.block];
  if (!block) return null;
  const text = block.text;
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  let from = start;
  let to = end;
  for (const s of splitSentences(text)) {
    // Sentences that overlap the span (or contain it when it is empty) widen it.
    if (s.end > start && s.start < Math.max(end, start + 1)) {
      from = Math.min(from, s.start);
      to = Math.max(to, s.end);
    }
  }
  const passage = text.slice(from, to).trim();
  return passage ? { text: passage, context: text } : null;
}
