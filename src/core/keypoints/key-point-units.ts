import type { SentenceFacts } from './sentence-facts.ts';

/**
 * A candidate key point: one sentence, or two in a row when the second only makes sense after
 * the first ("Earnest added that... | But this time, Netanyahu was not hurt...") or the first
 * leaves a quotation open that the second closes.
 */
export interface Unit {
  first: number;
  last: number;
  words: number;
}

/** Two sentences joined are at most this long: a key point must stay readable. */
const MAX_PAIR_WORDS = 80;

/**
 * Every candidate among the first `limit` sentences. A sentence that needs the one before it
 * comes only in a pair with it, and only when that one stands alone ("take both or neither");
 * a sentence that leaves a quotation open comes only in a pair with the one that closes it.
 */
export function buildUnits(facts: SentenceFacts[], limit: number): Unit[] {
  const units: Unit[] = [];
  const n = Math.min(facts.length, limit);
  for (let i = 0; i < n; i++) {
    const f = facts[i];
    if (!f || f.excluded !== null) continue;
    if (!f.needsPrevious && !f.needsNext) {
      units.push({ first: i, last: i, words: f.words });
      continue;
    }
    if (!f.needsPrevious || f.needsNext || i === 0) continue;
    const p = facts[i - 1];
    if (!p || p.excluded !== null || p.needsPrevious) continue;
    if (p.words + f.words > MAX_PAIR_WORDS) continue;
    units.push({ first: i - 1, last: i, words: p.words + f.words });
  }
  return units;
}
