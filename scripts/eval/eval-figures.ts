/**
 * Key figures evaluation: Lede against the hand labels in test/golden/labels/figures, beside an
 * off-the-shelf baseline (compromise's numbers, money and percentages in document order).
 *
 *   npm run eval:figures              table of precision, recall, F1, key figures in top 5
 *   npm run eval:figures -- --verbose also lists every false positive and false negative
 *   npm run eval:figures -- --verbose --baseline   ... for the baseline instead of Lede
 *   npm run eval:figures -- --validation  the validation set instead (BBC articles from the shared
 *                                         corpus, labelled blind; needs ../shared/corpus)
 *   npm run eval:figures -- --extra       the second validation set (seven more BBC articles)
 *   npm run eval:figures -- --blind2  a blind set (--blind for set 1, --blind2 ... --blind17):
 *                                         pages labelled before Lede was ever run on them; the
 *                                         sets, where their pages are and who has used them are
 *                                         the table in scripts/eval/blind-sets.ts
 *   npm run eval:figures -- --second14 the same pages with a second labeller's key figures
 *
 * The development set reads only files in the repository (labels and test/fixtures pages), so it
 * runs in a bare clone. Matching rules: scripts/eval/lib/match-figures.ts. Labelling rules:
 * test/golden/labels/figures/GUIDE.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import nlp from 'compromise';
import { articleFromHtml } from '../../src/cli/summarise-input.ts';
import { articleFromText } from '../../src/core/extract/article-from-text.ts';
import { summarise } from '../../src/core/summarise.ts';
import type { Article, Block, Figure, Summary } from '../../src/core/types.ts';
import { FIXTURE_PAGES, holdout, labelSourcePath, REPO, requireCorpus } from '../lib/corpus.ts';
import { BLIND_SETS, type BlindId, type BlindSet } from './blind-sets.ts';
import {
  contextWords,
  endsDangling,
  type LabelFile,
  locateLabels,
  matchPage,
  type PageMatch,
  type Prediction,
  type Range,
  type Totals,
  tokenF1,
  totals,
} from './lib/match-figures.ts';

export const LABELS_DIR = join(REPO, 'test/golden/labels/figures');
/** Validation labels: pages outside the repository, labelled blind, never tuned on. */
export const VALIDATION_DIR = join(REPO, 'test/golden/labels/figures/validation');
/**
 * A second validation set (BBC business 016-019, tech 004, 007, 008), labelled blind by the
 * figures2 branch after the first validation set had been looked at while ranking.
 */
export const EXTRA_DIR = join(REPO, 'test/golden/labels/figures/validation-extra');

/**
 * A second labeller's key figures on most blind sets (same figures, key marked and ranked
 * independently; scripts/eval/blind-sets.ts), to measure how far two people agree on "key": scripts/eval/key-agreement.ts.
 */
const SECOND_OPINION_DIR = join(REPO, 'test/golden/labels/figures/second-opinion');

/** A blind set's pages with a second labeller's key figures: 'second14' for blind set 14. */
export type SecondOpinionId = `second${number}`;
export type FigureSet = 'dev' | 'validation' | 'extra' | BlindId | SecondOpinionId;

/** The second-opinion set of a blind set. */
export function secondOf(set: BlindSet): SecondOpinionId {
  return `second${set.n}`;
}

const SET_DIRS = new Map<FigureSet, string>([
  ['dev', LABELS_DIR],
  ['validation', VALIDATION_DIR],
  ['extra', EXTRA_DIR],
  ...BLIND_SETS.map((b): [FigureSet, string] => [b.id, join(LABELS_DIR, b.id)]),
  ...BLIND_SETS.filter((b) => b.secondOpinion).map((b): [FigureSet, string] => [
    secondOf(b),
    join(SECOND_OPINION_DIR, b.id),
  ]),
]);

/** The blind set whose pages a set labels (a second opinion labels its blind set's pages). */
function blindSetOf(set: FigureSet): BlindSet | undefined {
  return BLIND_SETS.find((b) => b.id === set || (b.secondOpinion && secondOf(b) === set));
}

/** Reference contexts for the key figures of the development set (hand-written). */
export const CONTEXTS_FILE = join(LABELS_DIR, 'contexts.json');

interface ContextReference {
  page: string;
  /** The label's `text`. */
  figure: string;
  contexts: string[];
}

export interface PageRow {
  page: string;
  labels: number;
  keys: number;
  lede: PageMatch;
  baseline: PageMatch | null;
  /** Lede's figures as predicted (for the context scores). */
  predictions: Prediction[];
  /** Lede's score of each prediction (for --verbose). */
  scores: number[];
}

/**
 * How well Lede's contexts say what their figure measures: token F1 against the best hand-written
 * reference (dev set), and their shape over every figure found (any set).
 */
export interface ContextScore {
  /** References whose figure Lede found, of all references for the pages evaluated. */
  scored: number;
  references: number;
  /** Mean best token F1 over the references (a figure not found scores 0). */
  f1: number;
  contexts: number;
  /** Share of contexts ending on an article, preposition, conjunction or determiner. */
  dangling: number;
  /** Share of contexts over 12 words, and under 2. */
  long: number;
  short: number;
  meanWords: number;
  /** Each reference with what Lede wrote, for --verbose. */
  details: Array<{ page: string; figure: string; got: string | null; f1: number }>;
}

export interface MetricRow {
  metric: string;
  lede: number;
  baseline: number | null;
  target: string;
  met: boolean | null;
}

export interface Metrics {
  set: FigureSet;
  /** One row per metric, printable with console.table. */
  rows: MetricRow[];
  pages: PageRow[];
  lede: Totals;
  baseline: Totals | null;
  context: ContextScore;
}

export interface EvalOptions {
  /**
   * 'dev' (default): the development pages in test/fixtures; 'validation': the BBC pages;
   * 'extra': the second set of BBC pages; 'blind': BBC pages never tuned on.
   */
  set?: FigureSet;
  /** Only these pages (default: every labelled page). */
  pages?: readonly string[];
  /** Also run the compromise baseline (default true). */
  baseline?: boolean;
}

/** The labelled pages of a set and where their article is (HTML, or text for the BBC sets). */
export function labelledPages(set: FigureSet = 'dev'): Array<{ labels: LabelFile; path: string }> {
  const dir = SET_DIRS.get(set);
  if (!dir) throw new Error(`no figure set ${set}`);
  // Sets whose articles are in the shared corpus say so plainly, and stop, when it is absent.
  const corpus =
    set === 'validation' || set === 'extra' ? 'bbc-news-summary-dev' : blindSetOf(set)?.corpus;
  if (corpus) requireCorpus(corpus, `The ${set} set`);
  // A set being labelled has no folder yet: it has no pages.
  if (!existsSync(dir)) return [];
  const reserved = holdout();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && join(dir, f) !== CONTEXTS_FILE)
    .sort()
    .map((f) => {
      const labels = JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelFile;
      // Reserved pages are for independent evaluation only: a label file for one is a mistake.
      if (reserved.has((labels.source ?? '').replace(/\.html\.gz$/, '')))
        throw new Error(`${labels.page} labels a reserved page (../shared/corpus/HOLDOUT.txt)`);
      const path = labels.text
        ? labelSourcePath(labels.text)
        : labels.source
          ? labelSourcePath(labels.source)
          : labels.html
            ? join(REPO, labels.html)
            : join(FIXTURE_PAGES, labels.page, 'source.html');
      return { labels, path };
    });
}

/** A labelled page's article, read as the CLI reads it: plain text, or HTML (gzipped or not). */
export function readArticle(path: string): Article {
  return path.endsWith('.txt')
    ? articleFromText(readFileSync(path, 'utf8'), null)
    : articleFromHtml(
        path.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path),
        null,
      );
}

/** Each block's offset in the article text, the blocks joined by blank lines. */
export function blockStarts(blocks: readonly Block[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + 2;
  }
  return starts;
}

/** The article as the CLI would summarise it, with each block's offset in `articleText`. */
export function summariseFile(path: string): { summary: Summary; blockStart: number[] } {
  const summary = summarise(readArticle(path));
  return { summary, blockStart: blockStarts(summary.blocks) };
}

export function ledePredictions(
  figures: readonly Figure[],
  blockStart: readonly number[],
): Prediction[] {
  return figures.map((f) => ({
    text: f.text,
    value: f.value,
    key: f.key,
    context: f.context,
    ranges: f.at.map((s): Range => {
      const base = blockStart[s.block] ?? 0;
      return [base + s.start, base + s.end];
    }),
  }));
}

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
  number?: { num?: number };
}

/**
 * The baseline: compromise's numbers, money and percentages over the article text, overlapping
 * matches merged (the longest kept), in document order (its ranking).
 */
export function baselinePredictions(text: string): Prediction[] {
  const doc = nlp(text);
  const found: Array<{ text: string; start: number; end: number; value: number | null }> = [];
  const add = (view: { json: (o: object) => unknown }) => {
    for (const m of view.json({ offset: true }) as CompromiseMatch[]) {
      const start = m.offset.start;
      const value = typeof m.number?.num === 'number' ? m.number.num : null;
      found.push({ text: m.text, start, end: start + m.offset.length, value });
    }
  };
  add(doc.numbers());
  add(doc.money());
  add(doc.percentages());
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof found = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) last.end = f.end;
      continue;
    }
    kept.push({ ...f });
  }
  return kept.map((f) => ({
    text: text.slice(f.start, f.end),
    value: f.value,
    ranges: [[f.start, f.end]],
  }));
}

export async function evalFigures(options: EvalOptions = {}): Promise<Metrics> {
  const withBaseline = options.baseline ?? true;
  const pages: PageRow[] = [];
  for (const { labels, path } of labelledPages(options.set)) {
    if (options.pages && !options.pages.includes(labels.page)) continue;
    const { summary, blockStart } = summariseFile(path);
    const { located, unlocated } = locateLabels(summary.articleText, labels.figures);
    const predictions = ledePredictions(summary.figures, blockStart);
    const lede = matchPage(summary.articleText, predictions, located, unlocated);
    const baseline = withBaseline
      ? matchPage(summary.articleText, baselinePredictions(summary.articleText), located, unlocated)
      : null;
    pages.push({
      page: labels.page,
      labels: labels.figures.length,
      keys: labels.figures.filter((f) => f.key).length,
      lede,
      baseline,
      predictions,
      scores: summary.figures.map((f) => f.score),
    });
  }
  const context = scoreContexts(pages, options.set === undefined || options.set === 'dev');
  const lede = totals(pages.map((p) => p.lede));
  const baseline = withBaseline ? totals(pages.map((p) => p.baseline as PageMatch)) : null;
  const row = (metric: string, pick: (t: Totals) => number, target: string, goal?: number) => ({
    metric,
    lede: round(pick(lede)),
    baseline: baseline ? round(pick(baseline)) : null,
    target,
    met: goal === undefined ? null : pick(lede) >= goal,
  });
  return {
    set: options.set ?? 'dev',
    rows: [
      row('figure precision', (t) => t.precision, '>= 0.95', 0.95),
      row('figure recall', (t) => t.recall, '>= 0.90', 0.9),
      row('figure F1', (t) => t.f1, ''),
      row('key figures in top 5 (the card)', (t) => t.keyTop5, '>= 0.90', 0.9),
      row('key labels shown on the card', (t) => t.keyRecallTop5, ''),
      row('figures on the card (per page)', (t) => t.cardMean, ''),
      row('value within 1% (matched)', (t) => t.valueAccuracy, ''),
      ...contextRows(context),
    ],
    pages,
    lede,
    baseline,
    context,
  };
}

function contextRows(c: ContextScore): MetricRow[] {
  const only = (metric: string, lede: number, target = '', met: boolean | null = null) => ({
    metric,
    lede: round(lede),
    baseline: null,
    target,
    met,
  });
  const rows: MetricRow[] = [];
  if (c.references > 0) {
    rows.push(only(`context F1, best reference (${c.references} key)`, c.f1));
  }
  rows.push(
    only('contexts ending on a/the/of/in...', c.dangling, '0', c.dangling === 0),
    only('contexts over 12 words', c.long, '0', c.long === 0),
    only('contexts under 2 words', c.short),
    only('context words (mean)', c.meanWords),
  );
  return rows;
}

/** Context scores over the pages evaluated; references only for the development set. */
function scoreContexts(pages: readonly PageRow[], withReferences: boolean): ContextScore {
  const refs = withReferences
    ? (
        JSON.parse(readFileSync(CONTEXTS_FILE, 'utf8')) as { contexts: ContextReference[] }
      ).contexts.filter((r) => pages.some((p) => p.page === r.page))
    : [];
  const details: ContextScore['details'] = [];
  for (const r of refs) {
    const page = pages.find((p) => p.page === r.page) as PageRow;
    const at = page.lede.labelOf.findIndex((l) => l?.text === r.figure);
    const got = at >= 0 ? (page.predictions[at]?.context ?? '') : null;
    const f1 = got === null ? 0 : Math.max(...r.contexts.map((c) => tokenF1(got, c)));
    details.push({ page: r.page, figure: r.figure, got, f1 });
  }
  const all = pages.flatMap((p) => p.predictions.map((x) => x.context ?? ''));
  const share = (f: (c: string) => boolean) =>
    all.length === 0 ? 0 : all.filter(f).length / all.length;
  return {
    scored: details.filter((d) => d.got !== null).length,
    references: refs.length,
    f1: details.length === 0 ? 0 : details.reduce((n, d) => n + d.f1, 0) / details.length,
    contexts: all.length,
    dangling: share(endsDangling),
    long: share((c) => contextWords(c) > 12),
    short: share((c) => contextWords(c) < 2),
    meanWords: all.length === 0 ? 0 : all.reduce((n, c) => n + contextWords(c), 0) / all.length,
    details,
  };
}

/**
 * --verbose: what the card shows (figures marked key, up to five, with their score and whether a
 * key label matches: KEY, a label that is not key: ---, no label: FP), then the key labels it
 * misses with their rank among all figures.
 */
function cardLines(p: PageRow): string[] {
  const lines: string[] = [];
  let shown = 0;
  const onCard = new Set<number>();
  p.predictions.forEach((x, i) => {
    if (x.key === false || shown >= 5) return;
    shown++;
    onCard.add(i);
    const label = p.lede.labelOf[i];
    const mark = label ? (label.key ? 'KEY' : '---') : 'FP ';
    lines.push(`    card ${mark} ${(p.scores[i] ?? 0).toFixed(2)} ${JSON.stringify(x.text)}`);
  });
  p.predictions.forEach((x, i) => {
    const label = p.lede.labelOf[i];
    if (!label?.key || onCard.has(i)) return;
    const score = (p.scores[i] ?? 0).toFixed(2);
    lines.push(`    off  KEY ${score} ${JSON.stringify(x.text)} (rank ${i + 1})`);
  });
  return lines;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The metrics as text lines (the table `npm run eval:figures` prints). */
export function formatFigureMetrics(m: Metrics, verbose = false, forBaseline = false): string {
  const lines: string[] = [];
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (n: number | null) => (n === null ? '-' : n.toFixed(3)).padStart(8);
  lines.push(
    `Key figures (${m.set} set): ${m.lede.pages} labelled pages, ${m.lede.tp + m.lede.fn} labelled figures`,
  );
  lines.push(`${pad('metric', 38)}${'Lede'.padStart(8)}${'baseline'.padStart(10)}  target`);
  for (const r of m.rows) {
    const mark = r.met === null ? '' : r.met ? '  met' : '  NOT met';
    lines.push(`${pad(r.metric, 38)}${num(r.lede)}  ${num(r.baseline)}  ${r.target}${mark}`);
  }
  lines.push('');
  lines.push(
    `${pad('page', 26)}${'labels'.padStart(7)}${'keys'.padStart(5)}  ${'Lede tp/fp/fn card'.padEnd(20)}  baseline tp/fp/fn card`,
  );
  for (const p of m.pages) {
    const cell = (x: PageMatch | null) =>
      x ? `${x.tp}/${x.fp}/${x.fn}  ${x.keyInTop5}/${x.top5}` : '-';
    lines.push(
      `${pad(p.page, 26)}${String(p.labels).padStart(7)}${String(p.keys).padStart(5)}  ${cell(p.lede).padEnd(20)}  ${cell(p.baseline)}`,
    );
    if (verbose) {
      const x = forBaseline ? p.baseline : p.lede;
      if (!x) continue;
      for (const fp of x.falsePositives) {
        lines.push(`    FP ${fp.duplicate ? '(duplicate) ' : ''}${JSON.stringify(fp.text)}`);
      }
      for (const fn of x.falseNegatives) lines.push(`    FN ${JSON.stringify(fn)}`);
      for (const u of x.unlocated) lines.push(`    label not found in text: ${JSON.stringify(u)}`);
      if (!forBaseline) lines.push(...cardLines(p));
    }
  }
  if (verbose && !forBaseline) {
    lines.push('', 'Contexts of the key figures (best reference F1, what Lede wrote):');
    for (const d of m.context.details) {
      lines.push(
        `  ${d.f1.toFixed(2)}  ${d.page}  ${JSON.stringify(d.figure)}: ${d.got === null ? '(figure not found)' : JSON.stringify(d.got)}`,
      );
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  // The set named by a flag ("--blind3"), the development set without one.
  const set = [...SET_DIRS.keys()].find((name) => args.includes(`--${name}`)) ?? 'dev';
  void evalFigures({ set }).then((metrics) => {
    process.stdout.write(
      `${formatFigureMetrics(metrics, args.includes('--verbose'), args.includes('--baseline'))}\n`,
    );
  });
}
