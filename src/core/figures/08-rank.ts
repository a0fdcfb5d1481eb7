import type { Doc } from '../text/doc.ts';
import type { Merged } from './07-merge.ts';
import type { Candidate, FigureKind } from './candidate.ts';
import { CONTEXT_EDGE_WORDS } from './data/context-words.ts';
import { BASELINE_AFTER, BASELINE_BEFORE } from './data/rank-cues.ts';
import { tokensBefore } from './text-around.ts';

/**
 * Step 8: how important each figure is to the story, higher first. A reader's cues:
 * - the headline states it (the strongest cue: "Alibaba Cloud to invest $28bn ...");
 * - it comes early (the lede carries the news; a figure in the tenth paragraph is detail);
 * - its sentence shares words with the headline, and with the rest of the article (it is about
 *   what the story is about);
 * - it is money, a percentage, a large count or a hedged estimate rather than a small
 *   spelled-out count ("two steps") or a technical detail;
 * - it is repeated;
 * - it is not a point of comparison ("from $10.9bn", "£125m a year earlier").
 */
export function scoreFigures(
  merged: readonly Merged[],
  doc: Doc,
  title: readonly Candidate[],
): number[] {
  const order = proseOrder(doc);
  const titleWords = new Set(contentWords(doc.title));
  const overlapOf = new Map<number, number>();
  const titleOverlap = (c: Candidate): number => {
    const key = sentenceKey(doc, c);
    let v = overlapOf.get(key);
    if (v === undefined) {
      const shared = [...new Set(contentWords(doc.sentences[key]?.text ?? ''))].filter((w) =>
        titleWords.has(w),
      );
      v = titleWords.size === 0 ? 0 : Math.min(1, shared.length / Math.min(4, titleWords.size));
      overlapOf.set(key, v);
    }
    return v;
  };
  const central = centrality(doc);
  return merged.map((m) => {
    const c = m.first;
    const kind = KIND_WEIGHT[m.kind];
    let score = kind;
    // Small spelled-out counts are rarely the news: "two steps", "three windows".
    if (!c.digits && (m.value ?? 0) <= 10 && (m.kind === 'count' || m.kind === 'number'))
      score *= 0.5;
    if (m.mentions.some((x) => x.hedged)) score += 0.5;
    if (
      (m.value ?? 0) >= 1000 &&
      (m.kind === 'money' || m.kind === 'count' || m.kind === 'number')
    ) {
      score += 0.5;
    }
    // Position: the first prose sentence scores 2, the fifth 1, the twentieth 0.33.
    const position = order.get(sentenceKey(doc, c)) ?? 0;
    score += 2 / (1 + position / 4);
    // Centrality: up to 2 for the sentence that best shares the article's recurring words.
    score += 2 * (central[sentenceKey(doc, c)] ?? 0);
    const block = doc.blocks[c.block];
    if (block?.kind === 'caption') score -= 1;
    if (inTitle(m, title)) score += 3;
    score += 1.5 * titleOverlap(c);
    score += 0.5 * Math.min(2, m.at.length - 1);
    if (block && isBaseline(block.text, c)) score -= 1;
    return Math.round(score * 1000) / 1000;
  });
}

/**
 * How central each sentence is to the article: the summed recurrence of its content words (a
 * word found in five sentences is a topic word), scaled so the best sentence is 1.
 */
function centrality(doc: Doc): number[] {
  const df = new Map<string, number>();
  const last = new Map<string, number>();
  const perSentence = doc.sentences.map((s, i) => {
    const words = contentWords(s.text);
    for (const w of words) {
      if (last.get(w) === i) continue;
      last.set(w, i);
      df.set(w, (df.get(w) ?? 0) + 1);
    }
    return words;
  });
  last.clear();
  const raw = perSentence.map((words, i) => {
    let sum = 0;
    let distinct = 0;
    for (const w of words) {
      if (last.get(w) === i) continue;
      last.set(w, i);
      distinct++;
      sum += (df.get(w) ?? 1) - 1;
    }
    return sum / Math.sqrt(Math.max(4, distinct));
  });
  let best = 1e-9;
  for (const v of raw) if (v > best) best = v;
  return raw.map((v) => v / best);
}

/** "from $10.9bn", "compared with £125m", "£125m a year earlier". */
function isBaseline(text: string, c: Candidate): boolean {
  if (BASELINE_AFTER.test(text.slice(c.end, c.end + 30))) return true;
  let phrase = '';
  for (const tok of tokensBefore(text, c.start, 2)) {
    if (!tok.word) return false;
    phrase = phrase ? `${tok.text.toLowerCase()} ${phrase}` : tok.text.toLowerCase();
    if (BASELINE_BEFORE.has(phrase)) return true;
  }
  return false;
}

const KIND_WEIGHT: Record<FigureKind, number> = {
  money: 3,
  percent: 3,
  count: 2,
  fraction: 2,
  multiple: 1.5,
  measure: 1.5,
  duration: 1.5,
  number: 1.5,
};

/** A title figure of the same unit within 3% ("$28bn" in the title, "$28.2bn" in the text). */
function inTitle(m: Merged, title: readonly Candidate[]): boolean {
  return title.some((t) =>
    m.mentions.some(
      (x) =>
        x.unit === t.unit &&
        x.value !== null &&
        t.value !== null &&
        Math.abs(x.value - t.value) <= Math.abs(t.value) * 0.03,
    ),
  );
}

function sentenceKey(doc: Doc, c: Candidate): number {
  for (const i of doc.sentencesOf[c.block] ?? []) {
    const s = doc.sentences[i];
    if (s && c.start >= s.start && c.start < s.end) return i;
  }
  return doc.sentencesOf[c.block]?.[0] ?? 0;
}

/**
 * The order of sentences among the article's prose, counting headings before the first
 * paragraph (the standfirst) as the lede and leaving out captions and short lines: a photo
 * caption or a "Photo" line at the top must not push the lede down.
 */
function proseOrder(doc: Doc): Map<number, number> {
  const order = new Map<number, number>();
  let n = 0;
  doc.blocks.forEach((block, b) => {
    const prose = block.kind !== 'caption' && wordCountAtLeast(block.text, 6);
    for (const i of doc.sentencesOf[b] ?? []) {
      order.set(i, n);
      if (prose) n++;
    }
  });
  return order;
}

/** Whether `text` has at least `n` space-separated words (without splitting all of it). */
function wordCountAtLeast(text: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < n; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count >= n;
}

// Words of four letters or more in Latin scripts (other scripts simply get no centrality).
const CONTENT_WORD = /[a-z\u00df-\u024f]{4,}/g;

/**
 * Lower-case content words of four letters or more, crudely singular ("investments" ->
 * "investment"), in order and with repeats.
 */
function contentWords(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  CONTENT_WORD.lastIndex = 0;
  for (let m = CONTENT_WORD.exec(lower); m; m = CONTENT_WORD.exec(lower)) {
    const w = m[0];
    if (CONTEXT_EDGE_WORDS.has(w)) continue;
    out.push(w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}
