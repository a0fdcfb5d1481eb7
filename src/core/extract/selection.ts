import { splitSentences } from '../text/sentences.ts';
import type { Block } from '../types.ts';

// A selection is summarised instead of the page when it is a passage, not a word or a line:
// at least this many characters...
export const SELECTION_MIN_CHARS = 300;
// ...or at least this many sentences over SELECTION_MIN_SENTENCE_CHARS characters ("Yes. No. Ok."
// is three sentences but no passage).
export const SELECTION_MIN_SENTENCES = 3;
const SELECTION_MIN_SENTENCE_CHARS = 100;

/**
 * The selected passage as paragraph blocks, or null when the selection is too short to summarise
 * (the whole page is summarised then). Paragraphs are the selection's lines, as the browser's
 * `Selection.toString()` puts a line break between block elements.
 * Example: "First paragraph. Two.\n\nSecond paragraph." -> two paragraph blocks.
 */
export function selectionBlocks(selection: string | null | undefined): Block[] | null {
  if (!selection) return null;
  const text = selection.replace(/\r\n?/g, '\n').trim();
  if (!isPassage(text)) return null;
  const blocks: Block[] = [];
  for (const line of text.split(/\n+/)) {
    const t = line.replace(/[\s\u00a0]+/g, ' ').trim();
    if (t) blocks.push({ kind: 'paragraph', text: t });
  }
  return blocks.length > 0 ? blocks : null;
}

function isPassage(text: string): boolean {
  if (text.length >= SELECTION_MIN_CHARS) return true;
  if (text.length < SELECTION_MIN_SENTENCE_CHARS) return false;
  return splitSentences(text.replace(/\s+/g, ' ')).length >= SELECTION_MIN_SENTENCES;
}
