import { TITLE_SMALL_WORDS } from './data/title-cues.ts';

/**
 * Every significant word capitalised, with at least two of them: a title, not speech.
 * Example: "Glory to Communism" and "Deterministic Nonperiodic Flow." are titles; "#Hamilton
 * Chicago show interrupted by angry Trump supporter." is not.
 */
export function isTitleCase(text: string): boolean {
  let significant = 0;
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(text); m !== null; m = CHUNK.exec(text)) {
    const raw = m[0];
    const w = alnumEdges(raw) ? raw : raw.replace(EDGES, '');
    if (!HAS_LETTER.test(w)) continue;
    if (TITLE_SMALL_WORDS.has(w.toLowerCase()) && !CAPITAL_FIRST.test(w)) continue;
    if (!CAPITAL_FIRST.test(w)) return false;
    significant++;
  }
  return significant >= 2;
}

// Made once: a regex literal in the loop would be a new object for every word.
const HAS_LETTER = /\p{L}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
// The words are read one at a time, the same chunks as text.split(/\s+/) without the empty
// ones (which have no letter and were skipped): most quotations are speech and fail on their
// first or second word ("We are going to..."), so the rest of the text is never split.
const CHUNK = /\S+/g;
// The marks around a word: "(Tomorrow." -> "Tomorrow".
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A word between ASCII letters or digits has no marks to cut ("Communism", not "Flow."). */
function alnumEdges(raw: string): boolean {
  return isAsciiAlnum(raw.charCodeAt(0)) && isAsciiAlnum(raw.charCodeAt(raw.length - 1));
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
