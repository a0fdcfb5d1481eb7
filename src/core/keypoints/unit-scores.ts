import { type Doc, sentenceAt } from '../text/doc.ts';
import type { Figure, Quote } from '../types.ts';
import type { Unit } from './key-point-units.ts';
import type { SentenceFacts } from './sentence-facts.ts';
import { WEIGHTS } from './weights.ts';

/** How many of the top figures lend weight to the sentences that carry them. */
const TOP_FIGURES = 5;

/** A candidate with what does not change while choosing: every signal except centrality. */
export interface ScoredUnit extends Unit {
  terms: Set<string>;
  /** Position among the body's usable sentences, 0 for the lede. */
  rank: number;
  base: number;
}

/**
 * The fixed part of each candidate's score: position, lede, headline words, figures, quotes,
 * length. Centrality is added while choosing (it changes as points are chosen).
 */
export function scoreUnits(
  doc: Doc,
  units: Unit[],
  facts: SentenceFacts[],
  terms: string[][],
  titleTerms: ReadonlySet<string>,
  context: { figures: Figure[]; quotes: Quote[] },
): ScoredUnit[] {
  // Rank among the body's usable sentences: captions, credits and promos before the lede do
  // not push it down, nor does a dek (a full-sentence heading above the first paragraph). The
  // lede is the first usable sentence of a paragraph; a dek is placed first but gets no lede
  // bonus: "Two-year-old bug exposes thousands of servers..." (ars) is the headline said again,
  // while CNN Money's opening h2 comes in with the paragraph that continues it ("But a new
  // report...") as a pair, placed by that paragraph.
  const rankOf: number[] = [];
  let usable = 0;
  facts.forEach((f, i) => {
    rankOf[i] = usable;
    const kind = doc.blocks[doc.sentences[i]?.block ?? 0]?.kind;
    if (f && f.excluded === null && kind !== 'heading') usable++;
  });
  const isHeading = (i: number) => doc.blocks[doc.sentences[i]?.block ?? 0]?.kind === 'heading';
  const figureBonus = figureSentences(doc, context.figures);
  const quoteSentence = mainQuoteSentence(doc, context.quotes);
  return units.map((u) => {
    const unitTerms = new Set<string>();
    for (let i = u.first; i <= u.last; i++) {
      // Indexed: this runs for every word of every candidate, mostly before the code is
      // optimised, where an array iterator costs about twice an index.
      const own = terms[i] ?? [];
      for (let k = 0; k < own.length; k++) unitTerms.add(own[k] as string);
    }
    const rank = rankOf[u.first] ?? 0;
    // A pair is placed by its second sentence, the one it adds: the lede is chosen alone first
    // (with its bonus), and "lede + the sentence after it" must then earn its place on what
    // that sentence says, not on the lede's bonus again.
    const placed = rankOf[u.last] ?? rank;
    let base = WEIGHTS.position / (1 + placed / WEIGHTS.positionHalf);
    if (placed === 0 && !isHeading(u.last)) base += WEIGHTS.lede;
    if (titleTerms.size > 0) {
      let shared = 0;
      for (const t of titleTerms) if (unitTerms.has(t)) shared++;
      base += (WEIGHTS.title * shared) / titleTerms.size;
    }
    let figure = 0;
    for (let i = u.first; i <= u.last; i++) figure = Math.max(figure, figureBonus.get(i) ?? 0);
    base += WEIGHTS.figure * figure;
    if (quoteSentence !== null && quoteSentence >= u.first && quoteSentence <= u.last) {
      base += WEIGHTS.quote;
    }
    if (u.words < WEIGHTS.shortWords) base -= WEIGHTS.short;
    if (u.words > WEIGHTS.longWords) {
      base -= (WEIGHTS.long * (u.words - WEIGHTS.longWords)) / WEIGHTS.longWords;
    }
    base -= WEIGHTS.quoted * quotedShare(doc, u);
    if (u.last > u.first) base -= WEIGHTS.pair;
    const kind = doc.blocks[doc.sentences[u.first]?.block ?? 0]?.kind;
    if (kind === 'quote' || kind === 'list-item') base -= WEIGHTS.blockquote;
    // Fields named, not spread: this runs for every candidate and a spread copies by iteration.
    return { first: u.first, last: u.last, words: u.words, terms: unitTerms, rank, base };
  });
}

/** Sentence index → bonus in (0, 1] for the first occurrence of each top figure, by rank. */
function figureSentences(doc: Doc, figures: Figure[]): Map<number, number> {
  const out = new Map<number, number>();
  figures.slice(0, TOP_FIGURES).forEach((fig, rank) => {
    const at = fig.at[0];
    if (!at) return;
    const s = sentenceAt(doc, at.block, at.start);
    if (!s) return;
    const bonus = 1 - rank / TOP_FIGURES;
    out.set(s.index, Math.max(out.get(s.index) ?? 0, bonus));
  });
  return out;
}

/**
 * The sentence holding the main speaker's best full quotation: the main speaker is the one with
 * the highest total quote score, as the card lists quotes best first.
 */
function mainQuoteSentence(doc: Doc, quotes: Quote[]): number | null {
  const bySpeaker = new Map<string, number>();
  for (const q of quotes) {
    if (q.speaker === null) continue;
    bySpeaker.set(q.speaker, (bySpeaker.get(q.speaker) ?? 0) + q.score);
  }
  let main: string | null = null;
  for (const [speaker, total] of bySpeaker) {
    if (main === null || total > (bySpeaker.get(main) ?? 0)) main = speaker;
  }
  const best = quotes.find((q) => q.speaker === main && !q.partial);
  if (!best) return null;
  return sentenceAt(doc, best.at.block, best.at.start)?.index ?? null;
}

const QUOTED_SPAN = /[“"«„][^“”"«»„]*[”"»“]/g;

/** Share of the candidate's characters inside quotation marks. */
function quotedShare(doc: Doc, u: Unit): number {
  let quoted = 0;
  let total = 0;
  for (let i = u.first; i <= u.last; i++) {
    const text = doc.sentences[i]?.text ?? '';
    total += text.length;
    // exec on the shared global regex: matchAll would copy the regex for every sentence.
    QUOTED_SPAN.lastIndex = 0;
    for (let m = QUOTED_SPAN.exec(text); m; m = QUOTED_SPAN.exec(text)) quoted += m[0].length;
  }
  return total > 0 ? quoted / total : 0;
}
