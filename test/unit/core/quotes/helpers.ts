import { findSpans } from '../../../../src/core/quotes/01-spans.ts';
import { candidateText } from '../../../../src/core/quotes/candidate.ts';
import { findQuotes } from '../../../../src/core/quotes/find-quotes.ts';
import { makeDoc } from '../../../../src/core/text/doc.ts';
import type { Block, Quote } from '../../../../src/core/types.ts';

/** Blocks from paragraphs; a paragraph starting with "> " is a block quote, "# " a heading. */
export function blocksOf(paragraphs: readonly string[]): Block[] {
  return paragraphs.map((p) => {
    if (p.startsWith('> ')) return { kind: 'quote', text: p.slice(2) };
    if (p.startsWith('# ')) return { kind: 'heading', text: p.slice(2), level: 2 };
    return { kind: 'paragraph', text: p };
  });
}

/** Lede's quotes of an article given as paragraphs. */
export function quotesOf(...paragraphs: string[]): Quote[] {
  return findQuotes(makeDoc('', blocksOf(paragraphs), 'en'));
}

/** The quoted texts step 1 finds, in reading order, before any joining or filtering. */
export function spansOf(...paragraphs: string[]): string[] {
  const blocks = blocksOf(paragraphs);
  return findSpans(makeDoc('', blocks, null)).map((c) => candidateText(blocks, c));
}

/** The quotes in reading order (not ranked), as [text, speaker]. */
export function inOrder(quotes: readonly Quote[]): [string, string | null][] {
  return [...quotes]
    .sort((a, b) => a.at.block - b.at.block || a.at.start - b.at.start)
    .map((q) => [q.text, q.speaker]);
}
