import type { Doc } from '../text/doc.ts';
import type { Span } from '../types.ts';
import { type Token, tokenize } from './tokens.ts';

// Each document's blocks are tokenised once and shared by every step.
const cache = new WeakMap<Doc, (Token[] | undefined)[]>();

/** The words of block b, tokenised once per document. */
export function blockTokens(doc: Doc, b: number): Token[] {
  let blocks = cache.get(doc);
  if (!blocks) {
    blocks = [];
    cache.set(doc, blocks);
  }
  let tokens = blocks[b];
  if (!tokens) {
    tokens = tokenize(doc.blocks[b]?.text ?? '');
    blocks[b] = tokens;
  }
  return tokens;
}

/** The words lying wholly inside a span of the article (binary search on the block's words). */
export function tokensIn(doc: Doc, span: Span): Token[] {
  const tokens = blockTokens(doc, span.block);
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && (tokens[end] as Token).end <= span.end) end++;
  return tokens.slice(lo, end);
}
