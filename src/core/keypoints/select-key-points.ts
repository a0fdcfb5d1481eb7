import type { Doc } from '../text/doc.ts';
import type { Figure, KeyPoint, Length, Quote } from '../types.ts';
import { contentTerms, isEnglish } from './content-terms.ts';
import { buildUnits, type Unit } from './key-point-units.ts';
import { type Budget, pickUnits } from './pick-units.ts';
import { describeSentences, type SentenceFacts } from './sentence-facts.ts';
import { TermWeights } from './term-weights.ts';
import { scoreUnits } from './unit-scores.ts';

export interface KeyPointContext {
  figures: Figure[];
  quotes: Quote[];
  length: Length;
}

/** Key points on the card for each length the user can choose; "3 to 5" with medium the default. */
export const POINTS_FOR_LENGTH: Record<Length, number> = { short: 3, medium: 4, long: 5 };

/** Joined pairs make a point longer; the card holds at most this many sentences beyond one per point. */
const EXTRA_SENTENCES = 2;

/**
 * Candidates come from the first sentences only. News is written lede-first: in a 10,000-word
 * live blog or a long feature the story is told at the top (the newest entries come first in a
 * live blog), so a key point from sentence 400 would be a detail. 300 sentences is about 6,000
 * words, more than nine in ten news articles have.
 */
const MAX_CANDIDATE_SENTENCES = 300;
/** Centrality reads this many sentences (linear cost; bounds the time on book-length pages). */
const MAX_CENTRALITY_SENTENCES = 3000;

/**
 * The sentences that tell the story, in article order: a card reads as a short version of the
 * article, a pronoun or a "but" reads in the order it was written, and the lede comes first as
 * news writing puts it. (The choice itself is by importance: see pickUnits.)
 */
export function selectKeyPoints(doc: Doc, ctx: KeyPointContext): KeyPoint[] {
  const points = POINTS_FOR_LENGTH[ctx.length];
  return chooseKeyPoints(doc, ctx, { points, sentences: points + EXTRA_SENTENCES });
}

/** Key points within an explicit budget; the evaluation asks for exactly k sentences (Lede-k). */
export function chooseKeyPoints(
  doc: Doc,
  ctx: Pick<KeyPointContext, 'figures' | 'quotes'>,
  budget: Budget,
): KeyPoint[] {
  const english = isEnglish(doc.lang);
  const facts = describeSentences(doc, english);
  const units = buildUnits(facts, MAX_CANDIDATE_SENTENCES);
  if (units.length === 0) return whatThereIs(doc, facts, budget.points);
  const terms: string[][] = [];
  const readable = Math.min(doc.sentences.length, MAX_CENTRALITY_SENTENCES);
  for (let i = 0; i < readable; i++) {
    const f = facts[i];
    const s = doc.sentences[i];
    terms.push(
      f && s && f.excluded === null ? contentTerms(s.text.slice(f.textStart), english) : [],
    );
  }
  const titleTerms = new Set(contentTerms(doc.title, english));
  const scored = scoreUnits(doc, units, facts, terms, titleTerms, ctx);
  const chosen = pickUnits(scored, new TermWeights(terms), budget);
  return chosen.sort((a, b) => a.first - b.first).map((u) => toKeyPoint(doc, facts, u));
}

function toKeyPoint(doc: Doc, facts: SentenceFacts[], u: Unit): KeyPoint {
  const s = doc.sentences[u.first];
  if (!s) throw new Error(`no sentence ${u.first}`);
  const start = s.start + (facts[u.first]?.textStart ?? 0);
  const at = { block: s.block, start, end: s.end };
  const own = s.text.slice(start - s.start);
  if (u.last === u.first) return { text: own, at };
  const next = doc.sentences[u.last];
  if (!next) return { text: own, at };
  // Same paragraph: the text between them as written; across paragraphs: joined by a space.
  const text =
    next.block === s.block
      ? (doc.blocks[s.block]?.text ?? '').slice(start, next.end)
      : `${own} ${next.text}`;
  return { text, at };
}

/**
 * A text too short or too rough for the rules (a two-line selection, a headline without a full
 * stop) still gets a card: its first sentences that are not captions, credits or promos.
 */
function whatThereIs(doc: Doc, facts: SentenceFacts[], points: number): KeyPoint[] {
  const out: KeyPoint[] = [];
  for (const s of doc.sentences) {
    if (out.length >= points) break;
    const f = facts[s.index];
    if (f?.excluded === 'block' || f?.excluded === 'boilerplate') continue;
    const start = s.start + (f?.textStart ?? 0);
    out.push({ text: s.text.slice(start - s.start), at: { block: s.block, start, end: s.end } });
  }
  return out;
}
