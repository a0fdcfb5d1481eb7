import type { Block } from './types.ts';

/**
 * How much article text the analysis reads: about 20,000 words. A long read is 2,000 to 8,000
 * words; past this the page is a live blog, a transcript or a book, where the key points,
 * figures and quotes of the first 20,000 words already fill a card. The limit is in characters,
 * not milliseconds, so that the same page always gives the same card (in the worker, the CLI
 * and the tests) however busy the machine is. Measured: a 50,000-word live blog took 0.8 to 1.7
 * s to analyse whole on the development machine; cut here it stays well under the popup's
 * two-second promise (see `npm run bench`).
 */
export const ANALYSIS_CHAR_BUDGET = 120_000;

/**
 * The blocks the analysis reads: the article's blocks up to the budget, the last one cut at a
 * word boundary if it runs past it (a 300,000-character transcript in one paragraph), and
 * whether anything was left out. Cutting only the end keeps every block index and offset valid.
 */
export function withinBudget(
  blocks: readonly Block[],
  budget: number = ANALYSIS_CHAR_BUDGET,
): { blocks: Block[]; partial: boolean } {
  const kept: Block[] = [];
  let used = 0;
  for (const block of blocks) {
    const room = budget - used;
    if (block.text.length <= room) {
      kept.push(block);
      used += block.text.length;
      continue;
    }
    // "... the words that fit and the ne" -> cut at the last space: "... the words that fit and".
    const stop = block.text.slice(0, room).lastIndexOf(' ');
    if (stop > 0) kept.push({ ...block, text: block.text.slice(0, stop) });
    return { blocks: kept, partial: true };
  }
  return { blocks: kept, partial: false };
}
