/**
 * Key points against reference summaries, beside the Lead-k baseline in the same run.
 *
 * 1. BBC News Summary development slice (shared corpus, 40 articles with extractive reference
 *    summaries keeping ~40% of sentences): Lede-k (key points with a budget of k sentences) vs
 *    Lead-k (the first k sentences), k = the reference's sentence count.
 * 2. Labelled development pages (test/golden/labels/keypoints): Lede-k vs Lead-k with k = the
 *    reference key points' count, the card as shown (medium) vs Lead-3, and the lede rate: how
 *    many cards hold the lede, or the nut graf where the labels mark the lede as an anecdote.
 *
 * ROUGE F1 ×100 (scripts/eval/rouge.ts: rouge-score semantics, Porter stemming on), averaged
 * over documents. Sentences are lines for ROUGE-Lsum. Usage: npm run eval:summary [-- --no-stem]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromHtml } from '../../src/cli/summarise-input.ts';
import { cleanBlocks } from '../../src/core/clean/clean-blocks.ts';
import { articleFromText } from '../../src/core/extract/article-from-text.ts';
import { findFigures } from '../../src/core/figures/find-figures.ts';
import { chooseKeyPoints } from '../../src/core/keypoints/select-key-points.ts';
import { findQuotes } from '../../src/core/quotes/find-quotes.ts';
import { summarise } from '../../src/core/summarise.ts';
import { type Doc, makeDoc } from '../../src/core/text/doc.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';
import type { Article, KeyPoint } from '../../src/core/types.ts';
import { holdout, REPO, requireCorpus } from '../lib/corpus.ts';
import { type RougeScores, rouge, tokenize } from './rouge.ts';

const stem = !process.argv.includes('--no-stem');
const LABELS = join(REPO, 'test/golden/labels/keypoints');

interface Label {
  page: string;
  fixture: string;
  lede: string;
  nutGraf: string | null;
  keyPoints: string[];
}

type Metric = 'rouge1' | 'rouge2' | 'rougeLsum';
const METRICS: Metric[] = ['rouge1', 'rouge2', 'rougeLsum'];

class Mean {
  private readonly sums: Record<Metric, number> = { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  n = 0;
  add(s: RougeScores): void {
    for (const m of METRICS) this.sums[m] += s[m].f;
    this.n++;
  }
  get(m: Metric): number {
    return this.n > 0 ? (100 * this.sums[m]) / this.n : 0;
  }
  row(name: string): string {
    return `${name.padEnd(34)} ${METRICS.map((m) => this.get(m).toFixed(2).padStart(9)).join('')}`;
  }
}

const HEADER = `${''.padEnd(34)} ${['R-1', 'R-2', 'R-Lsum'].map((h) => h.padStart(9)).join('')}`;

/** One sentence a line, as ROUGE-Lsum wants; a joined key point gives two lines. */
function lines(texts: string[]): string {
  return texts.flatMap((t) => splitSentences(t).map((r) => t.slice(r.start, r.end))).join('\n');
}

function pipeline(article: Article): { doc: Doc; ctx: Parameters<typeof chooseKeyPoints>[1] } {
  const doc = makeDoc(article.title, cleanBlocks(article.blocks, article), article.lang);
  return { doc, ctx: { figures: findFigures(doc), quotes: findQuotes(doc) } };
}

function ledeK(article: Article, k: number): KeyPoint[] {
  const { doc, ctx } = pipeline(article);
  return chooseKeyPoints(doc, ctx, { points: k, sentences: k });
}

/** The first k sentences of the body's paragraphs: the baseline (and Lede's old placeholder). */
function leadK(article: Article, k: number): string[] {
  const { doc } = pipeline(article);
  return doc.sentences
    .filter((s) => doc.blocks[s.block]?.kind === 'paragraph')
    .slice(0, k)
    .map((s) => s.text);
}

function sentenceCount(text: string): number {
  return text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .reduce((n, l) => n + splitSentences(l).length, 0);
}

// 1. BBC development slice.
const bbc = requireCorpus('bbc-news-summary-dev', 'eval:summary');
const bbcLede = new Mean();
const bbcLead = new Mean();
const bbcLede3 = new Mean();
const bbcLead3 = new Mean();
let wins = 0;
let losses = 0;
for (const topic of readdirSync(join(bbc, 'article')).sort()) {
  for (const file of readdirSync(join(bbc, 'article', topic)).sort()) {
    const text = readFileSync(join(bbc, 'article', topic, file), 'utf8');
    const reference = lines(
      readFileSync(join(bbc, 'summary', topic, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim()),
    );
    const k = sentenceCount(reference);
    const article = articleFromText(text, null);
    const ours = rouge(reference, lines(ledeK(article, k).map((p) => p.text)), { stem });
    const lead = rouge(reference, lines(leadK(article, k)), { stem });
    bbcLede.add(ours);
    bbcLead.add(lead);
    bbcLede3.add(rouge(reference, lines(ledeK(article, 3).map((p) => p.text)), { stem }));
    bbcLead3.add(rouge(reference, lines(leadK(article, 3)), { stem }));
    if (ours.rougeLsum.f > lead.rougeLsum.f + 1e-9) wins++;
    else if (ours.rougeLsum.f < lead.rougeLsum.f - 1e-9) losses++;
  }
}
console.log(`BBC News Summary dev slice: ${bbcLede.n} articles, k = reference sentence count`);
console.log(HEADER);
console.log(bbcLede.row('Lede-k'));
console.log(bbcLead.row('Lead-k'));
console.log(bbcLede3.row('Lede-3'));
console.log(bbcLead3.row('Lead-3'));
console.log(
  `Lede-k vs Lead-k by R-Lsum: ${wins} better, ${losses} worse, ${bbcLede.n - wins - losses} equal`,
);

// 2. Labelled development pages. (jsdom reports stylesheets it cannot parse; not our concern.)
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  if (!String(args[0]).includes('Could not parse CSS stylesheet')) consoleError(...args);
};
const reserved = holdout();
const pageLede = new Mean();
const pageLead = new Mean();
const card = new Mean();
const lead3 = new Mean();
let withLede = 0;
/** Shown lines that are not sentences (no end punctuation: "Photo", "Credit Harry Campbell"). */
const rough = { lede: 0, ledeOf: 0, lead: 0, leadOf: 0 };
const notASentence = (t: string) => !/[.!?…]["'”’»)\]]*$/.test(t.trim());
let pages = 0;
let slowest = 0;
let slowestPage = '';
const rows: string[] = [];
for (const file of readdirSync(LABELS)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const label = JSON.parse(readFileSync(join(LABELS, file), 'utf8')) as Label;
  if (reserved.has(label.page)) {
    console.error(`skipped ${label.page}: reserved page (HOLDOUT.txt), it must not be labelled`);
    continue;
  }
  const article = articleFromHtml(readFileSync(join(REPO, label.fixture)), null);
  const reference = lines(label.keyPoints);
  const k = sentenceCount(reference);
  const ours = rouge(reference, lines(ledeK(article, k).map((p) => p.text)), { stem });
  const lead = rouge(reference, lines(leadK(article, k)), { stem });
  // Processor time, best of 5 runs (the first compiles the code; the machine may be busy).
  let ms = Number.POSITIVE_INFINITY;
  let summary = summarise(article, { length: 'medium' });
  for (let run = 0; run < 5; run++) {
    const cpu = process.cpuUsage();
    summary = summarise(article, { length: 'medium' });
    const used = process.cpuUsage(cpu);
    ms = Math.min(ms, (used.user + used.system) / 1000);
  }
  if (ms > slowest) {
    slowest = ms;
    slowestPage = `${label.page}, ${summary.wordCount} words`;
  }
  const shown = summary.keyPoints.map((p) => p.text);
  card.add(rouge(reference, lines(shown), { stem }));
  const lead3Shown = leadK(article, 3);
  lead3.add(rouge(reference, lines(lead3Shown), { stem }));
  rough.lede += shown.filter(notASentence).length;
  rough.ledeOf += shown.length;
  rough.lead += lead3Shown.filter(notASentence).length;
  rough.leadOf += lead3Shown.length;
  pageLede.add(ours);
  pageLead.add(lead);
  const hit = [label.lede, label.nutGraf].some((s) => s !== null && shown.some((p) => holds(p, s)));
  if (hit) withLede++;
  pages++;
  rows.push(
    `  ${label.page.padEnd(26)} lede ${hit ? 'yes' : 'NO '}  R-Lsum Lede-k ${(100 * ours.rougeLsum.f).toFixed(1).padStart(5)}  Lead-k ${(100 * lead.rougeLsum.f).toFixed(1).padStart(5)}`,
  );
}
console.log(`\nLabelled development pages: ${pages} (test/golden/labels/keypoints)`);
console.log(HEADER);
console.log(pageLede.row('Lede-k (k = reference count)'));
console.log(pageLead.row('Lead-k'));
console.log(card.row('Lede card (medium)'));
console.log(lead3.row('Lead-3'));
console.log(rows.join('\n'));
console.log(
  `Shown lines that are not sentences (no end punctuation): Lede card ${rough.lede}/${rough.ledeOf}, Lead-3 ${rough.lead}/${rough.leadOf}`,
);
console.log(
  `Lede or nut graf among the card's key points: ${withLede}/${pages} (${((100 * withLede) / Math.max(1, pages)).toFixed(0)}%)`,
);
console.log(
  `Slowest whole analysis (summarise, processor time, best of 5): ${slowest.toFixed(1)} ms (${slowestPage})`,
);

/** Whether a key point holds a sentence, compared as ROUGE tokens (robust to quote marks and mis-decoded pages). */
function holds(point: string, sentence: string): boolean {
  const p = ` ${tokenize(point, false).join(' ')} `;
  const s = ` ${tokenize(sentence, false).join(' ')} `;
  return s.trim().length > 0 && p.includes(s);
}
