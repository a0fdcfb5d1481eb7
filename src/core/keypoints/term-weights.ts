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
  /** Each term's slot in `weights`. */
  private readonly ids = new Map<string, number>();
  private readonly weights: Float64Array;
  // The slots of each term set asked about, in the set's order: the choice asks for the
  // centrality of every candidate once per point chosen, and array reads by slot cost less than
  // a map lookup per word each time. A set must not change once asked about (a changed size is
  // read again).
  private readonly slots = new WeakMap<ReadonlySet<string>, Int32Array>();

  constructor(sentenceTerms: Iterable<string[]>) {
    const counts: number[] = [];
    let total = 0;
    for (const terms of sentenceTerms) {
      // Indexed loops here and below: these run over every word of the article once per
      // analysis and over every candidate once per choice, mostly before the code is optimised,
      // where an array iterator costs about twice an index.
      for (let k = 0; k < terms.length; k++) {
        const t = terms[k] as string;
        const id = this.ids.get(t);
        if (id === undefined) {
          this.ids.set(t, counts.length);
          counts.push(1);
        } else counts[id] = (counts[id] as number) + 1;
      }
      total += terms.length;
    }
    this.weights = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++) this.weights[i] = (counts[i] as number) / total;
  }

  /** Summed weight of the distinct terms over the square root of their number. */
  centrality(terms: ReadonlySet<string>): number {
    if (terms.size === 0) return 0;
    let sum = 0;
    const slots = this.slotsOf(terms);
    for (let k = 0; k < slots.length; k++) {
      const id = slots[k] as number;
      if (id >= 0) sum += this.weights[id] as number;
    }
    return sum / Math.sqrt(terms.size);
  }

  /** Lower the weight of words already said. */
  consume(terms: ReadonlySet<string>): void {
    const slots = this.slotsOf(terms);
    for (let k = 0; k < slots.length; k++) {
      const id = slots[k] as number;
      if (id < 0) continue;
      const w = this.weights[id] as number;
      this.weights[id] = w * w;
    }
  }

  /** The slots of a set's terms in its order, -1 for a term no sentence has. */
  private slotsOf(terms: ReadonlySet<string>): Int32Array {
    let slots = this.slots.get(terms);
    if (slots === undefined || slots.length !== terms.size) {
      slots = new Int32Array(terms.size);
      let k = 0;
      for (const t of terms) slots[k++] = this.ids.get(t) ?? -1;
      this.slots.set(terms, slots);
    }
    return slots;
  }
}
