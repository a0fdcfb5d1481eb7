import type { Block } from '../types.ts';
import { splitSentences } from './sentences.ts';

/** One sentence of the article with its place: block index and offsets within that block. */
export interface Sentence {
  /** Position among all sentences of the article, 0-based. */
  index: number;
  block: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The cleaned article as the analysis steps see it: the title, the blocks and the sentences of
 * every block, built once and shared by figures, quotes and key points.
 */
export interface Doc {
  title: string;
  lang: string | null;
  blocks: Block[];
  sentences: Sentence[];
  /** Sentence indexes of each block: sentencesOf[b] lists the sentences in block b. */
  sentencesOf: number[][];
}

export function makeDoc(title: string, blocks: Block[], lang: string | null): Doc {
  const sentences: Sentence[] = [];
  const sentencesOf: number[][] = [];
  blocks.forEach((block, b) => {
    const mine: number[] = [];
    for (const r of splitSentences(block.text)) {
      mine.push(sentences.length);
      sentences.push({
        index: sentences.length,
        block: b,
        start: r.start,
        end: r.end,
        text: block.text.slice(r.start, r.end),
      });
    }
    sentencesOf.push(mine);
  });
  return { title, lang, blocks, sentences, sentencesOf };
}

/** The sentence that contains offset `at` of block `block`, or undefined. */
export function sentenceAt(doc: Doc, block: number, at: number): Sentence | undefined {
  // Indexed: asked for every figure, quote and key point, mostly before the code is optimised.
  const mine = doc.sentencesOf[block] ?? [];
  for (let k = 0; k < mine.length; k++) {
    const s = doc.sentences[mine[k] as number] as Sentence;
    if (at >= s.start && at < s.end) return s;
  }
  return undefined;
}
