import { porterStem } from '../../src/core/keypoints/porter-stem.ts';

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum (C.-Y. Lin, "ROUGE: A Package for Automatic Evaluation of
 * Summaries", 2004), with the semantics of Google's rouge-score package, the reference most
 * papers now quote:
 * - tokens: lowercase, every run of characters outside [a-z0-9] is a separator (so "Yahoo’s" is
 *   "yahoo s" and "café" is "caf"); tokens longer than 3 characters are Porter-stemmed when
 *   stemming is on (the default here, as for the published CNN/DailyMail numbers, which use
 *   ROUGE-1.5.5 -m; our stemmer is the original Porter algorithm, see porter-stem.ts);
 * - ROUGE-N: clipped n-gram overlap; P = overlap / candidate n-grams, R = overlap / reference
 *   n-grams, F1 = 2PR / (P + R);
 * - ROUGE-Lsum: summary-level LCS over sentences split by newline: for each reference sentence
 *   the union of its LCS with every candidate sentence, each token counted at most as often as
 *   it occurs in both summaries (as ROUGE-1.5.5 and rouge-score do).
 * Scores are fractions in [0, 1]; reports print them ×100.
 */

export interface RougeScore {
  precision: number;
  recall: number;
  f: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeLsum: RougeScore;
}

export interface RougeOptions {
  /** Porter-stem tokens longer than 3 characters. Default true. */
  stem?: boolean;
}

const SEPARATORS = /[^a-z0-9]+/g;

export function tokenize(text: string, stem = true): string[] {
  const out: string[] = [];
  for (const t of text.toLowerCase().replace(SEPARATORS, ' ').split(' ')) {
    if (t.length === 0) continue;
    out.push(stem && t.length > 3 ? porterStem(t) : t);
  }
  return out;
}

function score(hits: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount > 0 ? hits / candidateCount : 0;
  const recall = referenceCount > 0 ? hits / referenceCount : 0;
  const f = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N between two texts (newlines are plain whitespace here). */
export function rougeN(
  reference: string,
  candidate: string,
  n: number,
  options: RougeOptions = {},
): RougeScore {
  const stem = options.stem ?? true;
  const ref = ngramCounts(tokenize(reference, stem), n);
  const cand = ngramCounts(tokenize(candidate, stem), n);
  let hits = 0;
  for (const [gram, count] of ref) hits += Math.min(count, cand.get(gram) ?? 0);
  return score(hits, sum(cand.values()), sum(ref.values()));
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Indexes into `ref` of one longest common subsequence of ref and cand (rouge-score's read-out). */
export function lcsIndexes(ref: string[], cand: string[]): number[] {
  const cols = cand.length + 1;
  const table = new Uint32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= cand.length; j++) {
      table[i * cols + j] =
        ref[i - 1] === cand[j - 1]
          ? (table[(i - 1) * cols + j - 1] as number) + 1
          : Math.max(table[(i - 1) * cols + j] as number, table[i * cols + j - 1] as number);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] as number) > (table[(i - 1) * cols + j] as number)) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.length > 0);
}

/** Summary-level ROUGE-L; sentences are the lines of each text. */
export function rougeLsum(
  reference: string,
  candidate: string,
  options: RougeOptions = {},
): RougeScore {
  const stem = options.stem ?? true;
  const refSents = lines(reference).map((l) => tokenize(l, stem));
  const candSents = lines(candidate).map((l) => tokenize(l, stem));
  const m = sum(refSents.map((s) => s.length));
  const n = sum(candSents.map((s) => s.length));
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f: 0 };
  const refLeft = countTokens(refSents);
  const candLeft = countTokens(candSents);
  let hits = 0;
  for (const r of refSents) {
    const union = new Set<number>();
    for (const c of candSents) for (const i of lcsIndexes(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const t = r[i] as string;
      const inRef = refLeft.get(t) ?? 0;
      const inCand = candLeft.get(t) ?? 0;
      if (inRef > 0 && inCand > 0) {
        hits++;
        refLeft.set(t, inRef - 1);
        candLeft.set(t, inCand - 1);
      }
    }
  }
  return score(hits, n, m);
}

function countTokens(sentences: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** The three scores the evaluation reports. Sentences of both texts are separated by "\n". */
export function rouge(
  reference: string,
  candidate: string,
  options: RougeOptions = {},
): RougeScores {
  return {
    rouge1: rougeN(reference, candidate, 1, options),
    rouge2: rougeN(reference, candidate, 2, options),
    rougeLsum: rougeLsum(reference, candidate, options),
  };
}
