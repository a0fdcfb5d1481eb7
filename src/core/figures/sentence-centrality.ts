import type { Doc } from '../text/doc.ts';
import { RANK_STOPWORDS } from './data/context-words.ts';

/**
 * How central each sentence is to the article, from the words it shares with the rest (step 8
 * ranks a figure by its sentence's centrality), and the content words that measure it.
 */

/**
 * How central each sentence is to the article: the summed recurrence of its content words (a
 * word found in five sentences is a topic word), scaled so the best sentence is 1.
 */
export function centrality(doc: Doc): number[] {
  // Each distinct word gets a small integer id, so that document frequency and "already counted
  // in this sentence" are array slots rather than two map updates per word (this ran over every
  // sentence of the article and was a sixth of the figures' time).
  const ids = new Map<string, number>();
  const df: number[] = [];
  const last: number[] = [];
  const perSentence = doc.sentences.map((s, i) => {
    const words = contentWords(s.text);
    const wordIds: number[] = [];
    // Indexed loops: this runs once per analysis over every word, so mostly unoptimised, where
    // an array iterator costs about twice an index.
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as string;
      let id = ids.get(w);
      if (id === undefined) {
        id = df.length;
        ids.set(w, id);
        df.push(0);
        last.push(-1);
      }
      wordIds.push(id);
      if (last[id] === i) continue;
      last[id] = i;
      df[id] = (df[id] as number) + 1;
    }
    return wordIds;
  });
  last.fill(-1);
  const raw = perSentence.map((wordIds, i) => {
    let sum = 0;
    let distinct = 0;
    for (let k = 0; k < wordIds.length; k++) {
      const id = wordIds[k] as number;
      if (last[id] === i) continue;
      last[id] = i;
      distinct++;
      sum += (df[id] as number) - 1;
    }
    return sum / Math.sqrt(Math.max(4, distinct));
  });
  let best = 1e-9;
  for (const v of raw) if (v > best) best = v;
  return raw.map((v) => v / best);
}

// Words of four letters or more in Latin scripts (other scripts simply get no centrality): runs
// of [a-z\u00df-\u024f], read by character code (see contentWords).
const MIN_CONTENT_LETTERS = 4;

function isContentLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f);
}

/**
 * Lower-case content words of four letters or more, crudely singular ("investments" ->
 * "investment"), in order and with repeats. The runs are the matches of
 * /[a-z\u00df-\u024f]{4,}/g, found by a loop over character codes: this runs on every sentence
 * of the article, and a regex exec made a match object per word.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isContentLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isContentLetter(lower.charCodeAt(i))) i++;
    if (i - start < MIN_CONTENT_LETTERS) continue;
    const w = lower.slice(start, i);
    if (RANK_STOPWORDS.has(w)) continue;
    out.push(singular(w));
  }
  return out;
}

/** Crudely singular, as contentWords reads words: "investments" -> "investment". */
export function singular(w: string): string {
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
