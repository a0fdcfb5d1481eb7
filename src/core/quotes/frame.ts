import { type Doc, sentenceAt } from '../text/doc.ts';
import type { Span } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { tokensIn } from './doc-tokens.ts';
import type { Token } from './tokens.ts';

/** The narrative around a quotation in its own sentence: the text before it and after it. */
export interface Frame {
  /** From the start of the sentence (or the previous quote's closing mark) to the opening mark. */
  before: Span;
  /** From the closing mark to the end of the sentence (or the next quote's opening mark). */
  after: Span;
}

/**
 * The frames of candidates in reading order. Sentences come from the Doc; since the splitter also
 * splits inside quotes, the sentence of the opening mark gives the start and the sentence of the
 * closing mark gives the end: in `“A. B,” he said. Next.` the after-text is ` he said.`
 */
export function framesOf(doc: Doc, cands: readonly Candidate[]): Frame[] {
  return cands.map((c, i) => {
    const first = c.parts[0]!;
    const last = c.parts[c.parts.length - 1]!;
    const prev = cands[i - 1];
    const next = cands[i + 1];
    const s1 = sentenceAt(doc, first.block, c.open);
    let bStart = s1 ? s1.start : c.open;
    if (prev && prev.parts[prev.parts.length - 1]!.block === first.block && prev.close > bStart) {
      bStart = Math.min(prev.close, c.open);
    }
    const closeAt = Math.max(c.close - 1, last.start);
    const s2 = sentenceAt(doc, last.block, closeAt);
    let aEnd = s2 ? Math.max(s2.end, c.close) : c.close;
    if (next && next.parts[0]!.block === last.block && next.open < aEnd)
      aEnd = Math.max(next.open, c.close);
    return {
      before: { block: first.block, start: bStart, end: c.open },
      after: { block: last.block, start: c.close, end: aEnd },
    };
  });
}

/** The words of a span of the article (those lying wholly inside it). */
export function tokensOf(doc: Doc, span: Span): Token[] {
  return tokensIn(doc, span);
}

/** The text of a span of the article. */
export function textOf(doc: Doc, span: Span): string {
  return (doc.blocks[span.block]?.text ?? '').slice(span.start, span.end);
}
