/**
 * What tells a capitalised sentence opener from a name: whether a token opens a sentence
 * (sentenceStart), and the words the article also writes with a lower-case initial
 * (lowerCaseWords).
 */

import { isLowerCase, type Token } from './tokens.ts';

/** Words the article writes with a lower-case initial somewhere. */
export function lowerCaseWords(blocks: readonly Token[][]): Set<string> {
  const out = new Set<string>();
  // Indexed: this reads every word of the article once per analysis, mostly unoptimised, where
  // an array iterator costs about twice an index.
  for (let b = 0; b < blocks.length; b++) {
    const tokens = blocks[b] as Token[];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (isLowerCase(t.word)) out.add(t.lower);
    }
  }
  return out;
}

/** Token i opens a sentence: first of the block, or after a full stop, question or exclamation mark. */
export function sentenceStart(tokens: readonly Token[], i: number): boolean {
  // Past a dash opening a line of dialogue or an interview answer: "— Я обычно отвечаю так".
  let k = i;
  while (k > 0 && /^[—–-]+$/.test(tokens[k - 1]!.raw)) k--;
  return k === 0 || /[.!?…:]/.test(tokens[k - 1]!.trail);
}
