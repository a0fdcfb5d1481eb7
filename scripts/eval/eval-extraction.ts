/**
 * Extraction evaluation.
 *
 *   npm run eval:extraction                 benchmark score (Lede, plain Readability, stored baseline)
 *   npm run eval:extraction -- --verbose    ... and the worst non-reserved pages
 *   npm run eval:extraction -- --page <id>  Lede's text for one non-reserved benchmark page
 *   npm run eval:extraction -- --readability  paragraph recall on Readability's expected.html pages
 *
 * Reserved pages (HOLDOUT.txt) count in the whole-set score but are never listed or printed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { holdout, requireCorpus } from '../lib/corpus.ts';
import { type Scores, scoresOf, shingleMatching, type TpFpFn } from './extraction-metric.ts';
import { readabilityRegression } from './extraction-readability.ts';
import { ledeText, parseUtf8Html } from './extraction-run.ts';

interface Truth {
  articleBody: string;
  url: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const pageArg = args.includes('--page') ? args[args.indexOf('--page') + 1] : null;

if (args.includes('--readability')) {
  readabilityRegression(verbose);
} else {
  benchmark();
}

function benchmark(): void {
  const dir = requireCorpus('article-extraction-benchmark', 'The extraction benchmark');
  const reserved = holdout();
  const isReserved = (id: string) => reserved.has(`article-extraction-benchmark/html/${id}`);
  const truth: Record<string, Truth> = JSON.parse(
    readFileSync(join(dir, 'ground-truth.json'), 'utf8'),
  );
  const stored: { output: Record<string, { articleBody: string }> } = JSON.parse(
    readFileSync(join(dir, 'baseline-output/readability_js.json'), 'utf8'),
  );
  if (pageArg) {
    if (isReserved(pageArg)) throw new Error(`${pageArg} is reserved: its output is not shown.`);
    const t = truth[pageArg];
    if (!t) throw new Error(`no page ${pageArg}`);
    const html = gunzipSync(readFileSync(join(dir, 'html', `${pageArg}.html.gz`)));
    const { text } = ledeText(html, t.url);
    process.stdout.write(`${text}\n`);
    const [tp, fp, fn] = shingleMatching(t.articleBody, text);
    process.stdout.write(
      `\n--- P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)}\n`,
    );
    return;
  }

  const ids = Object.keys(truth).sort();
  const rows = { lede: [] as TpFpFn[], plain: [] as TpFpFn[], stored: [] as TpFpFn[] };
  const open = { lede: [] as TpFpFn[], plain: [] as TpFpFn[], stored: [] as TpFpFn[] };
  const perPage: { id: string; lede: TpFpFn; plain: TpFpFn; ms: number; bytes: number }[] = [];
  let slowest = { ms: 0, bytes: 0, reserved: false };
  let biggestOpen = { ms: 0, bytes: 0 };
  let totalMs = 0;
  for (const id of ids) {
    const t = truth[id] as Truth;
    const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)));
    const { text, ms } = ledeText(html, t.url);
    const plain = plainReadability(html, t.url);
    const lede = shingleMatching(t.articleBody, text);
    const plainRow = shingleMatching(t.articleBody, plain);
    const storedRow = shingleMatching(t.articleBody, stored.output[id]?.articleBody ?? '');
    rows.lede.push(lede);
    rows.plain.push(plainRow);
    rows.stored.push(storedRow);
    totalMs += ms;
    if (ms > slowest.ms) slowest = { ms, bytes: html.length, reserved: isReserved(id) };
    if (isReserved(id)) continue;
    if (html.length > biggestOpen.bytes) biggestOpen = { ms, bytes: html.length };
    open.lede.push(lede);
    open.plain.push(plainRow);
    open.stored.push(storedRow);
    perPage.push({ id, lede, plain: plainRow, ms, bytes: html.length });
  }

  const line = (name: string, s: Scores) =>
    `${name.padEnd(34)} precision=${s.precision.toFixed(3)}  recall=${s.recall.toFixed(3)}  F1=${s.f1.toFixed(3)}  (${s.pages} pages)\n`;
  const out = process.stdout;
  out.write(`Extraction benchmark (${ids.length} pages, ${reserved.size} reserved entries)\n`);
  out.write(line('stored readability_js.json', scoresOf(rows.stored)));
  out.write(line('plain Readability (jsdom)', scoresOf(rows.plain)));
  out.write(line('Lede', scoresOf(rows.lede)));
  out.write('Non-reserved pages only:\n');
  out.write(line('stored readability_js.json', scoresOf(open.stored)));
  out.write(line('plain Readability (jsdom)', scoresOf(open.plain)));
  out.write(line('Lede', scoresOf(open.lede)));
  out.write(
    `Lede extraction time: total ${totalMs.toFixed(0)} ms, slowest page ${slowest.ms.toFixed(0)} ms ` +
      `(${(slowest.bytes / 1e6).toFixed(2)} MB${slowest.reserved ? ', reserved' : ''}); ` +
      `biggest non-reserved page ${(biggestOpen.bytes / 1e6).toFixed(2)} MB in ${biggestOpen.ms.toFixed(0)} ms\n`,
  );

  if (verbose) {
    const f1 = ([tp, fp, fn]: TpFpFn) => (2 * tp) / (2 * tp + fp + fn || 1);
    const worst = [...perPage].sort((a, b) => f1(a.lede) - f1(b.lede)).slice(0, 30);
    out.write('\nWorst non-reserved pages (Lede F1, P, R | plain Readability F1):\n');
    for (const p of worst) {
      const [tp, fp, fn] = p.lede;
      out.write(
        `${p.id.slice(0, 16)}  F1 ${f1(p.lede).toFixed(3)}  P ${(tp / (tp + fp || 1)).toFixed(3)}  ` +
          `R ${(tp / (tp + fn || 1)).toFixed(3)} | ${f1(p.plain).toFixed(3)}\n`,
      );
    }
  }
}

/** Readability.js as-is on the same jsdom document: its textContent. */
function plainReadability(html: Uint8Array, url: string): string {
  const dom = parseUtf8Html(html, url);
  try {
    return new Readability(dom.window.document).parse()?.textContent ?? '';
  } finally {
    dom.window.close();
  }
}
