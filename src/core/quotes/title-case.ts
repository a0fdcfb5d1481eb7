import { TITLE_SMALL_WORDS } from './data/title-cues.ts';

/**
 * Every significant word capitalised, with at least two of them: a title, not speech.
 * Example: "Glory to Communism" and "Deterministic Nonperiodic Flow." are titles; "#Hamilton
 * Chicago show interrupted by angry Trump supporter." is not.
 */
export function isTitleCase(text: string): boolean {
  let significant = 0;
  for (const raw of text.split(/\s+/)) {
    const w = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!/\p{L}/u.test(w)) continue;
    if (TITLE_SMALL_WORDS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    significant++;
  }
  return significant >= 2;
}
