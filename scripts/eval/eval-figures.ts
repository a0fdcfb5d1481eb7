/**
 * Key figures evaluation: Lede against the hand labels in test/golden/labels/figures, beside an
 * off-the-shelf baseline (compromise's numbers, money and percentages in document order).
 *
 *   npm run eval:figures              table of precision, recall, F1, key figures in top 5
 *   npm run eval:figures -- --verbose also lists every false positive and false negative
 *   npm run eval:figures -- --verbose --baseline   ... for the baseline instead of Lede
 *   npm run eval:figures -- --validation  the validation set instead (BBC articles from the shared
 *                                         corpus, labelled blind; needs ../shared/corpus)
 *   npm run eval:figures -- --blind   the blind set (16 more BBC articles, labelled before Lede
 *                                         was ever run on them and never tuned on)
 *
 * The development set reads only files in the repository (labels and test/fixtures pages), so it
 * runs in a bare clone. Matching rules: scripts/eval/lib/match-figures.ts. Labelling rules:
 * test/golden/labels/figures/GUIDE.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { articleFromHtml } from '../../src/cli/summarise-input.ts';
import { articleFromText } from '../../src/core/extract/article-from-text.ts';
import { summarise } from '../../src/core/summarise.ts';
import type { Summary } from '../../src/core/types.ts';
import { FIXTURE_PAGES, REPO, requireCorpus } from '../lib/corpus.ts';
import {
  type LabelFile,
  locateLabels,
  matchPage,
  type PageMatch,
  type Prediction,
  type Range,
  type Totals,
  totals,
} from './lib/match-figures.ts';

export const LABELS_DIR = join(REPO, 'test/golden/labels/figures');
/** Validation labels: pages outside the repository, labelled blind, never tuned on. */
export const VALIDATION_DIR = join(REPO, 'test/golden/labels/figures/validation');
/** Blind labels: BBC pages labelled before Lede was ever run on them; never tuned on. */
export const BLIND_DIR = join(REPO, 'test/golden/labels/figures/blind');

/** The label sets: the development pages, and two sets of BBC articles from the shared corpus. */
export type FigureSet = 'dev' | 'validation' | 'blind';

export interface PageRow {
  page: string;
  labels: number;
  keys: number;
  lede: PageMatch;
  baseline: PageMatch | null;
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
}

export interface EvalOptions {
  /** 'dev' (default): the development pages in test/fixtures; 'validation', 'blind': BBC pages. */
  set?: FigureSet;
  /** Only these pages (default: every labelled page). */
  pages?: readonly string[];
  /** Also run the compromise baseline (default true). */
  baseline?: boolean;
}

/** The labelled pages of a set and where their article is (HTML, or text for the BBC sets). */
export function labelledPages(set: FigureSet = 'dev'): Array<{ labels: LabelFile; path: string }> {
  const dir = set === 'dev' ? LABELS_DIR : set === 'validation' ? VALIDATION_DIR : BLIND_DIR;
  const corpus = set === 'dev' ? '' : requireCorpus('bbc-news-summary-dev', `The ${set} set`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const labels = JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelFile;
      const path = labels.text
        ? join(corpus, '..', labels.text)
        : labels.html
          ? join(REPO, labels.html)
          : join(FIXTURE_PAGES, labels.page, 'source.html');
      return { labels, path };
    });
}

/** The article as the CLI would summarise it, with each block's offset in `articleText`. */
export function summariseFile(path: string): { summary: Summary; blockStart: number[] } {
  const article = path.endsWith('.txt')
    ? articleFromText(readFileSync(path, 'utf8'), null)
    : articleFromHtml(readFileSync(path), null);
  const summary = summarise(article);
  const blockStart: number[] = [];
  let at = 0;
  for (const b of summary.blocks) {
    blockStart.push(at);
    at += b.text.length + 2;
  }
  return { summary, blockStart };
}

export function ledePredictions(summary: Summary, blockStart: readonly number[]): Prediction[] {
  return summary.figures.map((f) => ({
    text: f.text,
    value: f.value,
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
    const lede = matchPage(
      summary.articleText,
      ledePredictions(summary, blockStart),
      located,
      unlocated,
    );
    const baseline = withBaseline
      ? matchPage(summary.articleText, baselinePredictions(summary.articleText), located, unlocated)
      : null;
    pages.push({
      page: labels.page,
      labels: labels.figures.length,
      keys: labels.figures.filter((f) => f.key).length,
      lede,
      baseline,
    });
  }
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
      row('key figures in top 5', (t) => t.keyTop5, '>= 0.90', 0.9),
      row('  (best any ordering could reach)', (t) => t.keyTop5Ceiling, ''),
      row('key labels found in top 5', (t) => t.keyRecallTop5, ''),
      row('value within 1% (matched)', (t) => t.valueAccuracy, ''),
    ],
    pages,
    lede,
    baseline,
  };
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
  lines.push(`${pad('metric', 36)}${'Lede'.padStart(8)}${'baseline'.padStart(10)}  target`);
  for (const r of m.rows) {
    const mark = r.met === null ? '' : r.met ? '  met' : '  NOT met';
    lines.push(`${pad(r.metric, 36)}${num(r.lede)}  ${num(r.baseline)}  ${r.target}${mark}`);
  }
  lines.push('');
  lines.push(
    `${pad('page', 26)}${'labels'.padStart(7)}${'keys'.padStart(5)}  ${'Lede tp/fp/fn key5'.padEnd(20)}  baseline tp/fp/fn key5`,
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
    }
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const set = args.includes('--blind')
    ? 'blind'
    : args.includes('--validation')
      ? 'validation'
      : 'dev';
  void evalFigures({ set }).then((metrics) => {
    process.stdout.write(
      `${formatFigureMetrics(metrics, args.includes('--verbose'), args.includes('--baseline'))}\n`,
    );
  });
}
