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
 *
 * What the card shows: the first five predictions marked `key` (a prediction without the mark,
 * like the baseline's, counts as key, so its card is its first five). "Key figures in top 5" is
 * the share of those that match a key label; "key labels shown" the share of a page's key labels
 * (at most five) that they match.
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
  /** Or a gzipped page of the shared corpus's extraction benchmark (blind set 3). */
  source?: string;
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
  /** Whether the card may show it (default true). */
  key?: boolean;
  /** What it measures, as the card shows it beside the value. */
  context?: string;
}

/** How many figures the card shows at most (the popup's medium length, the copy formats). */
export const CARD_SIZE = 5;

export interface PageMatch {
  tp: number;
  fp: number;
  fn: number;
  /** Figures on the card (the first five marked key), and how many matched a key label. */
  top5: number;
  keyInTop5: number;
  /** Key labels on the page and how many of them the card shows. */
  keys: number;
  keysFoundInTop5: number;
  /** Predictions (any rank) matched to a key label: the most a perfect card could show. */
  keyMatched: number;
  /** Each prediction's label, by prediction index (null for a false positive). */
  labelOf: Array<FigureLabel | null>;
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
    top5: 0,
    keyInTop5: 0,
    keys: located.filter((l) => l.label.key).length,
    keysFoundInTop5: 0,
    keyMatched: 0,
    labelOf: [],
    valueChecked: 0,
    valueAgree: 0,
    falsePositives: [],
    falseNegatives: [],
    unlocated: [...unlocated],
  };
  predictions.forEach((p) => {
    const onCard = p.key !== false && result.top5 < CARD_SIZE;
    if (onCard) result.top5++;
    const hits = located
      .map((l, i) => [l, i] as const)
      .filter(([l]) => l.mentions.some((m) => p.ranges.some((r) => overlaps(text, m, r))));
    const free = hits.find(([, i]) => !taken.has(i));
    if (!free) {
      result.fp++;
      result.falsePositives.push({ text: p.text, duplicate: hits.length > 0 });
      result.labelOf.push(null);
      return;
    }
    const [l, i] = free;
    taken.add(i);
    result.labelOf.push(l.label);
    result.tp++;
    if (l.label.key) result.keyMatched++;
    if (onCard && l.label.key) {
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
  /** Figures on the cards, and how many of them match a key label. */
  top5: number;
  keyInTop5: number;
  /** Share of the cards' figures that are key labels ("key figures in top 5"). */
  keyTop5: number;
  keys: number;
  keysFoundInTop5: number;
  /** Share of the key labels (at most five a page) that the cards show. */
  keyRecallTop5: number;
  /** Figures on the card, averaged over pages. */
  cardMean: number;
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
  const keys = sum((p) => Math.min(CARD_SIZE, p.keys));
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
    cardMean: pages.length === 0 ? 0 : top5 / pages.length,
    valueAccuracy: checked === 0 ? 1 : sum((p) => p.valueAgree) / checked,
  };
}

/**
 * Words a context must not end on: it would dangle ("during the next", "into its"). Articles,
 * prepositions, conjunctions and determiners, lower case.
 */
const DANGLING = new Set(
  (
    'a an the ' +
    'of to in on at by for with from into onto over under about as than per via during after ' +
    'before between among through across against within without since until upon toward towards ' +
    'and or but nor ' +
    'its his her their our my your this that these those'
  ).split(' '),
);

const CONTEXT_TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Lower-case word tokens of a context, possessive 's dropped: "Alibaba Cloud's" -> alibaba, cloud. */
export function contextTokens(s: string): string[] {
  return (s.toLowerCase().match(CONTEXT_TOKEN) ?? []).map((w) =>
    w.replace(/['’]s$/u, '').replace(/’/gu, "'"),
  );
}

/** Token F1 of a context against one reference (bags of words, repeats counted). */
export function tokenF1(got: string, reference: string): number {
  const a = contextTokens(got);
  const b = contextTokens(reference);
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Map<string, number>();
  for (const w of b) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common++;
      left.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}

/** Whether a context ends on an article, preposition, conjunction or determiner. */
export function endsDangling(context: string): boolean {
  const words = contextTokens(context);
  const last = words[words.length - 1];
  return last !== undefined && DANGLING.has(last);
}

/** How many words a context has (the "…" for skipped words is not one). */
export function contextWords(context: string): number {
  return contextTokens(context).length;
}
