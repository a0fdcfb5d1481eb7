/**
 * `npm run bench`: time Lede's stages over the shared corpus pages and plain Readability on the
 * same documents, in one run, so the overhead is a ratio that does not depend on the machine.
 *
 * Per page: parse the HTML once with jsdom (not timed: in the browser the page is already
 * parsed), then time, each as the median of --runs runs:
 *   readability  plain Readability.js on a clone of the document (clone + parse), the baseline
 *   extraction   Lede's extractArticle (metadata, DOM cleaning, Readability, blocks)
 *   cleaning     the core's text rules over the blocks
 *   analysis     sentences, figures, quotes and key points
 *   total        extraction + cleaning + analysis
 * Options: --runs N (default 3), --limit N pages per corpus, --json (machine-readable).
 *
 * jsdom keeps part of every parsed page alive after window.close() (about 5 MB a page here), so
 * a single process runs out of memory after about 200 pages. The pages are therefore timed in
 * batches of BATCH, each in a fresh child process that prints its rows as JSON (--rows FROM:TO);
 * the parent only adds them up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { cleanBlocks } from '../../src/core/clean/clean-blocks.ts';
import { extractArticle } from '../../src/core/extract/extract-article.ts';
import { analyse } from '../../src/core/summarise.ts';
import { countWords } from '../../src/core/text/words.ts';
import { requireCorpus } from '../lib/corpus.ts';
import { median, percentile, sum } from './stats.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = flag('--runs', 3);
const LIMIT = flag('--limit', Number.POSITIVE_INFINITY);
const BATCH = 40;

interface Page {
  name: string;
  html: () => string;
}

function pages(): Page[] {
  const readability = requireCorpus('readability', 'npm run bench');
  const aeb = requireCorpus('article-extraction-benchmark/html', 'npm run bench');
  const out: Page[] = [];
  for (const d of readdirSync(readability).sort().slice(0, LIMIT)) {
    const file = join(readability, d, 'source.html');
    // Not every entry is a page folder (README, licence).
    if (existsSync(file))
      out.push({ name: `readability/${d}`, html: () => readFileSync(file, 'utf8') });
  }
  for (const f of readdirSync(aeb).sort().slice(0, LIMIT)) {
    out.push({
      name: `aeb/${f.slice(0, 12)}`,
      html: () => gunzipSync(readFileSync(join(aeb, f))).toString('utf8'),
    });
  }
  return out;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  let best: { ms: number; value: T } | null = null;
  const all: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const value = fn();
    const ms = performance.now() - t0;
    all.push(ms);
    best ??= { ms, value };
  }
  return { ms: median(all), value: (best as { value: T }).value };
}

interface Row {
  name: string;
  words: number;
  readability: number;
  extraction: number;
  cleaning: number;
  analysis: number;
  total: number;
}

/** Time the pages list[from..to) in this process. */
function timePages(list: Page[], from: number, to: number): Row[] {
  const out: Row[] = [];
  for (const [i, page] of list.slice(from, to).entries()) {
    const dom = parseHtml(page.html(), { url: 'https://example.org/article' });
    const doc = dom.window.document;
    if (i === 0) {
      // Warm the JIT on one page so the first timings are not compile time.
      for (let w = 0; w < 3; w++) {
        const warm = extractArticle(doc, { url: null });
        analyse(warm, cleanBlocks(warm.blocks, warm));
      }
    }
    const readability = time(() => new Readability(doc.cloneNode(true) as Document).parse());
    const extraction = time(() => extractArticle(doc, { url: 'https://example.org/article' }));
    const cleaning = time(() => cleanBlocks(extraction.value.blocks, extraction.value));
    const analysis = time(() => analyse(extraction.value, cleaning.value));
    out.push({
      name: page.name,
      words: countWords(cleaning.value.map((b) => b.text).join('\n')),
      readability: readability.ms,
      extraction: extraction.ms,
      cleaning: cleaning.ms,
      analysis: analysis.ms,
      total: extraction.ms + cleaning.ms + analysis.ms,
    });
    dom.window.close();
  }
  return out;
}

const list = pages();
const rowsArg = args.indexOf('--rows');
if (rowsArg >= 0) {
  // A child: time one batch and print its rows.
  const [from, to] = String(args[rowsArg + 1])
    .split(':')
    .map(Number) as [number, number];
  process.stdout.write(JSON.stringify(timePages(list, from, to)));
  process.exit(0);
}

process.stderr.write(`timing ${list.length} pages, ${RUNS} run(s) each...\n`);
const rows: Row[] = [];
for (let from = 0; from < list.length; from += BATCH) {
  const to = Math.min(from + BATCH, list.length);
  const out = execFileSync(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      ...args.filter((a) => a !== '--json'),
      '--rows',
      `${from}:${to}`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  rows.push(...(JSON.parse(out) as Row[]));
  process.stderr.write(`  ${to}/${list.length}\n`);
}

const col = (k: keyof (typeof rows)[number]) => rows.map((r) => r[k] as number);
const fmt = (n: number) => `${n.toFixed(2)} ms`.padStart(11);
const stages = ['readability', 'extraction', 'cleaning', 'analysis', 'total'] as const;
const labels: Record<(typeof stages)[number], string> = {
  readability: 'plain Readability.js (baseline)',
  extraction: 'Lede extraction',
  cleaning: 'Lede cleaning',
  analysis: 'Lede analysis',
  total: 'Lede total',
};
const around2000 = rows.filter((r) => r.words >= 1500 && r.words <= 2500);

if (args.includes('--json')) {
  console.log(JSON.stringify({ pages: rows.length, runs: RUNS, rows }, null, 1));
} else {
  console.log(
    `\nLede bench: ${rows.length} pages of ../shared/corpus (readability + article-extraction-benchmark), median of ${RUNS} run(s) per page, Node ${process.version}, jsdom`,
  );
  console.log(`HTML parsing is not timed (the browser has already parsed the page).\n`);
  console.log(
    `${'stage'.padEnd(34)}${'median'.padStart(11)}${'p95'.padStart(11)}${'max'.padStart(11)}`,
  );
  for (const s of stages) {
    const v = col(s);
    console.log(
      `${labels[s].padEnd(34)}${fmt(median(v))}${fmt(percentile(v, 95))}${fmt(Math.max(...v))}`,
    );
  }
  const ratios = rows.map((r) => r.total / r.readability);
  console.log(
    `\nLede total / plain Readability: ${(sum(col('total')) / sum(col('readability'))).toFixed(2)}x over all pages (sum of times), median per-page ratio ${median(ratios).toFixed(2)}x  [target <= 1.3x]`,
  );
  console.log(`Analysis p95: ${percentile(col('analysis'), 95).toFixed(2)} ms  [target < 20 ms]`);
  if (around2000.length > 0) {
    const a = around2000.map((r) => r.analysis);
    console.log(
      `Analysis of articles of 1,500-2,500 words (${around2000.length} pages): median ${median(a).toFixed(2)} ms, max ${Math.max(...a).toFixed(2)} ms  [target well under 20 ms]`,
    );
  }
  const slowest = [...rows].sort((a, b) => b.analysis - a.analysis).slice(0, 3);
  console.log(
    `Slowest analyses: ${slowest.map((r) => `${r.name} (${r.words} words) ${r.analysis.toFixed(1)} ms`).join('; ')}`,
  );
}
