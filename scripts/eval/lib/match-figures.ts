/**
 * Matching predicted figures to hand labels, for the figures evaluation. Pure functions over the
 * article text (the blocks joined by blank lines, as the CLI's `articleText`).
 *
 * How a label is found in the text (document-order aware): labels are listed in the order of
 * their first mention; each is looked up (its `in` passage when given, else its `text`) from where
 * the previous label was found, at word boundaries, falling back to the whole text. Its `also`
 * mentions are looked up in order after it. A label that cannot be found is reported, not
 * silently dropped (the extracted text may have changed).
 *
 * How a prediction matches: a predicted figure (any of its spans, i.e. any of its forms) matches
 * a label when it overlaps any of the label's mentions by at least one letter or digit. Predictions
 * are taken most important first; each takes the first label it overlaps that no earlier
 * prediction took. A prediction overlapping only labels already taken is a duplicate (the fact
 * was not merged) and counts as a false positive, like a prediction overlapping no label.
 */

export interface FigureLabel {
  text: string;
  /** A longer passage containing `text`, when `text` alone is ambiguous. */
  in?: string;
  value: number | null;
  unit: string | null;
  key: boolean;
  /** Later mentions of the same fact, as written. */
  also?: string[];
}

export interface LabelFile {
  page: string;
  /** The page's HTML, relative to the repository (default test/fixtures/readability/<page>). */
  html?: string;
  /** Or a plain-text article, relative to the shared corpus (validation pages). */
  text?: string;
  notes?: string;
  figures: FigureLabel[];
}

export type Range = readonly [start: number, end: number];

export interface LocatedLabel {
  label: FigureLabel;
  mentions: Range[];
}

export interface Prediction {
  text: string;
  value: number | null;
  ranges: Range[];
}

export interface PageMatch {
  tp: number;
  fp: number;
  fn: number;
  /** Of the first five predictions, how many there are and how many matched a key label. */
  top5: number;
  keyInTop5: number;
  /** Key labels on the page and how many of them the first five found. */
  keys: number;
  keysFoundInTop5: number;
  /** Predictions (any rank) matched to a key label: the most a perfect ranking could put on top. */
  keyMatched: number;
  /** Matched labels with a value, and how many of those the prediction got within 1%. */
  valueChecked: number;
  valueAgree: number;
  falsePositives: Array<{ text: string; duplicate: boolean }>;
  falseNegatives: string[];
  unlocated: string[];
}

const ALNUM = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** First occurrence of `needle` at or after `from`, not inside a longer word or number. */
export function findAtBoundary(hay: string, needle: string, from: number): number {
  let at = hay.indexOf(needle, from);
  while (at >= 0) {
    const before = hay[at - 1];
    const after = hay[at + needle.length];
    const startsWord = WORD_CHAR.test(needle[0] ?? '');
    const endsWord = WORD_CHAR.test(needle[needle.length - 1] ?? '');
    const okBefore = !startsWord || before === undefined || !WORD_CHAR.test(before);
    const okAfter = !endsWord || after === undefined || !WORD_CHAR.test(after);
    if (okBefore && okAfter) return at;
    at = hay.indexOf(needle, at + 1);
  }
  return -1;
}

/** Place every label's mentions in the article text. */
export function locateLabels(
  text: string,
  labels: readonly FigureLabel[],
): { located: LocatedLabel[]; unlocated: string[] } {
  const located: LocatedLabel[] = [];
  const unlocated: string[] = [];
  let cursor = 0;
  for (const label of labels) {
    const probe = label.in ?? label.text;
    let at = findAtBoundary(text, probe, cursor);
    if (at < 0) at = findAtBoundary(text, probe, 0);
    if (at < 0) {
      unlocated.push(label.text);
      continue;
    }
    const start = label.in ? at + label.in.indexOf(label.text) : at;
    const mentions: Range[] = [[start, start + label.text.length]];
    cursor = start + 1;
    let alsoCursor = start + label.text.length;
    for (const also of label.also ?? []) {
      const a = findAtBoundary(text, also, alsoCursor);
      if (a < 0) {
        unlocated.push(`${label.text} / also ${also}`);
        continue;
      }
      mentions.push([a, a + also.length]);
      alsoCursor = a + also.length;
    }
    located.push({ label, mentions });
  }
  return { located, unlocated };
}

function overlaps(text: string, a: Range, b: Range): boolean {
  const s = Math.max(a[0], b[0]);
  const e = Math.min(a[1], b[1]);
  return e > s && ALNUM.test(text.slice(s, e));
}

/** Match predictions (most important first) to located labels on one page. */
export function matchPage(
  text: string,
  predictions: readonly Prediction[],
  located: readonly LocatedLabel[],
  unlocated: readonly string[] = [],
): PageMatch {
  const taken = new Set<number>();
  const result: PageMatch = {
    tp: 0,
    fp: 0,
    fn: 0,
    top5: Math.min(5, predictions.length),
    keyInTop5: 0,
    keys: located.filter((l) => l.label.key).length,
    keysFoundInTop5: 0,
    keyMatched: 0,
    valueChecked: 0,
    valueAgree: 0,
    falsePositives: [],
    falseNegatives: [],
    unlocated: [...unlocated],
  };
  predictions.forEach((p, rank) => {
    const hits = located
      .map((l, i) => [l, i] as const)
      .filter(([l]) => l.mentions.some((m) => p.ranges.some((r) => overlaps(text, m, r))));
    const free = hits.find(([, i]) => !taken.has(i));
    if (!free) {
      result.fp++;
      result.falsePositives.push({ text: p.text, duplicate: hits.length > 0 });
      return;
    }
    const [l, i] = free;
    taken.add(i);
    result.tp++;
    if (l.label.key) result.keyMatched++;
    if (rank < 5 && l.label.key) {
      result.keyInTop5++;
      result.keysFoundInTop5++;
    }
    if (l.label.value !== null && p.value !== null) {
      result.valueChecked++;
      const tolerance = Math.abs(l.label.value) * 0.01 + 1e-9;
      if (Math.abs(p.value - l.label.value) <= tolerance) result.valueAgree++;
    } else if (l.label.value !== null) result.valueChecked++;
  });
  located.forEach((l, i) => {
    if (!taken.has(i)) {
      result.fn++;
      result.falseNegatives.push(l.label.text);
    }
  });
  return result;
}

/** Totals over pages: micro-averaged (every figure counts the same, whatever its page). */
export interface Totals {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  top5: number;
  keyInTop5: number;
  /** Share of the first five that are key labels. */
  keyTop5: number;
  keys: number;
  keysFoundInTop5: number;
  /** Share of the key labels (at most five a page) that are in the first five. */
  keyRecallTop5: number;
  /** The best "key in top 5" any ordering of the same predictions could reach. */
  keyTop5Ceiling: number;
  valueAccuracy: number;
}

export function totals(pages: readonly PageMatch[]): Totals {
  const sum = (f: (p: PageMatch) => number) => pages.reduce((n, p) => n + f(p), 0);
  const tp = sum((p) => p.tp);
  const fp = sum((p) => p.fp);
  const fn = sum((p) => p.fn);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const top5 = sum((p) => p.top5);
  const keyInTop5 = sum((p) => p.keyInTop5);
  const keys = sum((p) => Math.min(5, p.keys));
  const keysFoundInTop5 = sum((p) => p.keysFoundInTop5);
  const checked = sum((p) => p.valueChecked);
  return {
    pages: pages.length,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    top5,
    keyInTop5,
    keyTop5: top5 === 0 ? 0 : keyInTop5 / top5,
    keys,
    keysFoundInTop5,
    keyRecallTop5: keys === 0 ? 1 : keysFoundInTop5 / keys,
    keyTop5Ceiling: top5 === 0 ? 0 : sum((p) => Math.min(p.top5, p.keyMatched)) / top5,
    valueAccuracy: checked === 0 ? 1 : sum((p) => p.valueAgree) / checked,
  };
}
