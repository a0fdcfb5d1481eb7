/**
 * Matching found quotes against labelled ones, for eval-quotes.ts and the dev-set test. Pure.
 *
 * Texts are compared as lower-case word tokens (letters and digits; apostrophes and all
 * punctuation split words, so “can’t” and "can't" agree and the join of a split quote does not
 * matter). A found quote matches a label when the longest run of tokens they share covers at
 * least 60% of the shorter of the two (and at least three tokens, or all of a shorter one). So
 * a found part of a split quote matches the whole labelled quote, a found quote joining two
 * labelled ones matches both, and a scare quote inside a long labelled quote does not match it
 * unless it is most of it.
 */

export interface LabelQuote {
  text: string;
  partial: boolean;
  speaker: string | null;
  speakerAlt?: string[];
  role: string | null;
  optional?: boolean;
  note?: string;
}

export interface FoundQuote {
  text: string;
  speaker: string | null;
}

export interface PageScore {
  page: string;
  labels: number;
  found: number;
  /** Labels (not optional) matched by at least one found quote. */
  recalled: number;
  /** Found quotes matching a label that is not optional. */
  tp: number;
  fp: number;
  /** True positives whose speaker is the labelled one. */
  speakerRight: number;
  falsePositives: string[];
  missed: string[];
  wrongSpeakers: { text: string; found: string | null; expected: string | null }[];
}

const MIN_SHARE = 0.6;

export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Length of the longest common run of tokens. O(n·m) on short texts. */
export function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = (prev[j - 1] as number) + 1;
        if ((cur[j] as number) > best) best = cur[j] as number;
      }
    }
    prev = cur;
  }
  return best;
}

/** How well two quote texts match (0 to 1), 0 when below the bar. */
export function similarity(found: string, label: string): number {
  const a = tokens(found);
  const b = tokens(label);
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return 0;
  const run = longestCommonRun(a, b);
  if (run < Math.min(3, shorter)) return 0;
  const share = run / shorter;
  return share >= MIN_SHARE ? share : 0;
}

/** Compare speaker names: case, apostrophes, a leading "the" and spacing do not matter. */
export function sameSpeaker(found: string | null, label: LabelQuote): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/\u00ad/g, '')
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
  if (found === null || label.speaker === null) return found === null && label.speaker === null;
  const f = norm(found);
  return [label.speaker, ...(label.speakerAlt ?? [])].some((s) => norm(s) === f);
}

/** Score one page's found quotes against its labels. */
export function scorePage(
  page: string,
  found: readonly FoundQuote[],
  labels: readonly LabelQuote[],
): PageScore {
  const recalled = new Set<number>();
  const score: PageScore = {
    page,
    labels: labels.filter((l) => !l.optional).length,
    found: found.length,
    recalled: 0,
    tp: 0,
    fp: 0,
    speakerRight: 0,
    falsePositives: [],
    missed: [],
    wrongSpeakers: [],
  };
  for (const f of found) {
    // The best-matching label decides: an optional one makes the found quote neutral (neither
    // true nor false); otherwise it is a true positive recalling every label it matches, so
    // that a found quote joining two labelled ones recalls both.
    let best = -1;
    let bestSim = 0;
    const sims = labels.map((l) => similarity(f.text, l.text));
    sims.forEach((sim, i) => {
      const better =
        sim > bestSim ||
        (sim === bestSim && sim > 0 && labels[best]?.optional && !labels[i]!.optional);
      if (better) {
        bestSim = sim;
        best = i;
      }
    });
    if (best < 0) {
      score.fp++;
      score.falsePositives.push(f.text);
      continue;
    }
    if (labels[best]!.optional) continue;
    sims.forEach((sim, i) => {
      if (sim > 0 && !labels[i]!.optional) recalled.add(i);
    });
    score.tp++;
    const label = labels[best]!;
    if (sameSpeaker(f.speaker, label)) score.speakerRight++;
    else score.wrongSpeakers.push({ text: f.text, found: f.speaker, expected: label.speaker });
  }
  labels.forEach((l, i) => {
    if (!l.optional && !recalled.has(i)) score.missed.push(l.text);
  });
  score.recalled = recalled.size;
  return score;
}

export interface Totals {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  labels: number;
  recalled: number;
  tp: number;
  fp: number;
  speakerRight: number;
  /**
   * The wrong speakers split by what a reader sees: another person named (the worst: a reader
   * trusts it), no speaker where the article names one ("Unattributed"), and a name where the
   * article names nobody.
   */
  wrongPerson: number;
  noSpeaker: number;
  nameForNobody: number;
}

/** Micro-averaged totals over pages: every quote counts once. */
export function totals(pages: readonly PageScore[]): Totals {
  const sum = (f: (p: PageScore) => number) => pages.reduce((n, p) => n + f(p), 0);
  const labels = sum((p) => p.labels);
  const recalled = sum((p) => p.recalled);
  const tp = sum((p) => p.tp);
  const fp = sum((p) => p.fp);
  const speakerRight = sum((p) => p.speakerRight);
  const wrong = pages.flatMap((p) => p.wrongSpeakers);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = labels === 0 ? 1 : recalled / labels;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    speakerAccuracy: tp === 0 ? 0 : speakerRight / tp,
    labels,
    recalled,
    tp,
    fp,
    speakerRight,
    wrongPerson: wrong.filter((w) => w.found && w.expected).length,
    noSpeaker: wrong.filter((w) => !w.found && w.expected).length,
    nameForNobody: wrong.filter((w) => w.found && !w.expected).length,
  };
}
