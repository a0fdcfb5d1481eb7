import type { TermWeights } from './term-weights.ts';
import type { ScoredUnit } from './unit-scores.ts';
import { WEIGHTS } from './weights.ts';

export interface Budget {
  /** At most this many key points. */
  points: number;
  /** At most this many sentences in all (a joined pair counts two). */
  sentences: number;
}

/**
 * Greedy choice: take the best candidate, drop those that share a sentence with it or say the
 * same thing (most of the smaller one's words already said), lower the weight of the words it
 * said, repeat. Returns the chosen candidates in choice order.
 */
export function pickUnits(units: ScoredUnit[], weights: TermWeights, budget: Budget): ScoredUnit[] {
  // Centrality is scaled by the best candidate's at the start, so its weight means the same
  // whatever the article's vocabulary.
  let maxCentrality = 0;
  for (const u of units) maxCentrality = Math.max(maxCentrality, weights.centrality(u.terms));
  const scale = maxCentrality > 0 ? WEIGHTS.centrality / maxCentrality : 0;
  const chosen: ScoredUnit[] = [];
  let remaining = units;
  let sentences = 0;
  while (remaining.length > 0) {
    let best: ScoredUnit | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    // Indexed: every remaining candidate is scored again after each choice.
    for (let r = 0; r < remaining.length; r++) {
      const u = remaining[r] as ScoredUnit;
      const extended = extends_(u, chosen);
      if (!extended && chosen.length >= budget.points) continue;
      const added = u.last - u.first + 1 - (extended ? 1 : 0);
      if (sentences + added > budget.sentences) continue;
      const score = u.base + scale * weights.centrality(u.terms);
      if (score > bestScore) {
        best = u;
        bestScore = score;
      }
    }
    if (best === null) break;
    const picked = best;
    const single = extends_(picked, chosen);
    if (single) chosen.splice(chosen.indexOf(single), 1);
    chosen.push(picked);
    sentences += picked.last - picked.first + 1 - (single ? 1 : 0);
    weights.consume(picked.terms);
    // A loop, not filter with a closure: it runs over every remaining candidate after each
    // choice, mostly before the code is optimised.
    const kept: ScoredUnit[] = [];
    for (let r = 0; r < remaining.length; r++) {
      const u = remaining[r] as ScoredUnit;
      if (u === picked) continue;
      if (extends_(u, chosen) !== null || (!sharesSentence(u, picked) && !redundant(u, picked))) {
        kept.push(u);
      }
    }
    remaining = kept;
  }
  return chosen;
}

/**
 * The chosen single sentence that this pair would extend: the lede is chosen alone, then the
 * nut graf that starts with "But" can join it ("President Obama told the U.N. ... | But
 * Benjamin Netanyahu’s triumph..."), replacing it.
 */
function extends_(u: ScoredUnit, chosen: ScoredUnit[]): ScoredUnit | null {
  if (u.last === u.first) return null;
  return chosen.find((c) => c.first === u.first && c.last === u.first) ?? null;
}

function sharesSentence(a: ScoredUnit, b: ScoredUnit): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** "said the same thing": most of the smaller candidate's words are in the other. */
function redundant(a: ScoredUnit, b: ScoredUnit): boolean {
  // Two plain reads, not a destructured pair: this runs for every remaining candidate after
  // each choice, mostly before the code is optimised, where an array and its iterator cost.
  const aSmaller = a.terms.size <= b.terms.size;
  const small = aSmaller ? a.terms : b.terms;
  const large = aSmaller ? b.terms : a.terms;
  if (small.size === 0) return true;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size >= WEIGHTS.redundantOverlap;
}
