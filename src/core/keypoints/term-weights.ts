/**
 * Centrality after SumBasic (Nenkova & Vanderwende, 2005): a word's weight is its share of all
 * the content words of the article, and a sentence's centrality is the sum of the weights of its
 * distinct words divided by the square root of their number (between SumBasic's mean, which
 * favours three-word sentences, and the plain sum, which favours the longest; it is the cosine
 * with the article's word distribution up to a constant, for 0/1 sentence vectors; on the
 * development sets it did best of the three). Words the article keeps coming back to ("Yahoo", "sale", "shareholders")
 * make a sentence central. Linear in the article's length: no sentence-by-sentence similarity
 * matrix, so a 10,000-word live blog costs no more per word than a short story.
 * Once a sentence is chosen its words' weights are squared, so the next choice prefers what
 * has not been said yet (SumBasic's redundancy update).
 */
export class TermWeights {
  private readonly weight = new Map<string, number>();

  constructor(sentenceTerms: Iterable<string[]>) {
    let total = 0;
    for (const terms of sentenceTerms) {
      for (const t of terms) this.weight.set(t, (this.weight.get(t) ?? 0) + 1);
      total += terms.length;
    }
    if (total === 0) return;
    for (const [t, count] of this.weight) this.weight.set(t, count / total);
  }

  /** Summed weight of the distinct terms over the square root of their number. */
  centrality(terms: ReadonlySet<string>): number {
    if (terms.size === 0) return 0;
    let sum = 0;
    for (const t of terms) sum += this.weight.get(t) ?? 0;
    return sum / Math.sqrt(terms.size);
  }

  /** Lower the weight of words already said. */
  consume(terms: ReadonlySet<string>): void {
    for (const t of terms) {
      const w = this.weight.get(t);
      if (w !== undefined) this.weight.set(t, w * w);
    }
  }
}
