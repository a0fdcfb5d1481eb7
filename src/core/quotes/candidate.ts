import { countWords } from '../text/words.ts';
import type { Span } from '../types.ts';
import type { Attribution } from './attribution.ts';

/** A quotation as the pipeline steps build it up, before it becomes a Quote. */
export interface Candidate {
  /**
   * The quoted words of each part, marks excluded, in reading order: one part, or several for a
   * quote split by its attribution (“A,” he said, “B.”) or run over several paragraphs.
   */
  parts: Span[];
  /** Offset of the opening mark in the first part's block (the part's start for a block quote). */
  open: number;
  /** Offset just after the closing mark in the last part's block. */
  close: number;
  /** The opening mark, '' for a block quote. */
  mark: string;
  /** A block of kind 'quote' without marks of its own: the whole block is the quotation. */
  blockQuote: boolean;
  /** The attribution between the parts of a split quote, where the join found one. */
  inner: Span | null;
  partial: boolean;
  /** The attribution found by 04-attribute.ts, before 05-resolve-names.ts resolves it. */
  attr: Attribution | null;
  speaker: string | null;
  role: string | null;
  /** How the speaker was found (for tests and --verbose): 'after', 'before', 'sentence'... */
  how: string;
  score: number;
}

/** The quoted words of a candidate: its parts joined by one space. */
export function candidateText(blocks: readonly { text: string }[], c: Candidate): string {
  return c.parts.map((p) => (blocks[p.block]?.text ?? '').slice(p.start, p.end)).join(' ');
}

/**
 * Number of words in a string, as reading time counts them: runs of letters or digits, and
 * Chinese and Japanese characters two to a word ("「明日は雨が降るでしょう」" is several words).
 */
export function wordCount(text: string): number {
  return countWords(text);
}
