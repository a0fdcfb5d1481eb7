/**
 * The article-extraction-benchmark's own score (scrapinghub/article-extraction-benchmark,
 * evaluate.py), re-implemented: token 4-gram shingles of the predicted and true article text,
 * per-page TP/FP/FN normalised to sum to 1, precision and recall averaged over pages, F1 from
 * the averaged precision and recall.
 */

export type TpFpFn = [tp: number, fp: number, fn: number];

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

// Python's `\w+` on str: letters, digits (any script) and the underscore. Combining marks are not
// word characters there either, so "हिंदी" splits the same way in both.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingles of n tokens, counted; a text shorter than n tokens is one shingle of all of them. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    // U+0001 cannot occur inside a token, so the joined key is unambiguous.
    const key = slice.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** TP/FP/FN over shingles of one page, normalised so that long pages do not weigh more. */
export function shingleMatching(truth: string, pred: string, n = 4): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    fp += Math.max(0, pc - tc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

export function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Averages as evaluate.py computes them: pages with nothing predicted skip the precision mean. */
export function scoresOf(rows: TpFpFn[]): Scores {
  const precision = mean(rows.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: rows.length };
}
