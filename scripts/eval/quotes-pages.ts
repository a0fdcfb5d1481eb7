/**
 * The labelled quote pages and how to run Lede and the baseline on them, for eval-quotes.ts and
 * the dev-set test. Reads only the repository (test/fixtures, test/golden/labels/quotes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import nlp from 'compromise';
import { articleFromHtml } from '../../src/cli/summarise-input.ts';
import { articleFromText } from '../../src/core/extract/article-from-text.ts';
import { summarise } from '../../src/core/summarise.ts';
import type { Summary } from '../../src/core/types.ts';
import { DEV_NEWS_OTHER, FIXTURE_PAGES, holdout, labelSourcePath, REPO } from '../lib/corpus.ts';
import type { BlindId } from './blind-sets.ts';
import type { FoundQuote, LabelQuote } from './quotes-match.ts';

export const LABELS_DIR = join(REPO, 'test/golden/labels/quotes');
export const REFERENCE_PAGE = 'alibaba-cloud-investment';
/** Validation labels: articles of the shared corpus labelled before Lede was run on them. */
export const VALIDATION_DIR = join(LABELS_DIR, 'validation');
/**
 * A blind set's quote labels (the sets, their pages and who has used them:
 * scripts/eval/blind-sets.ts).
 */
export function blindDir(id: BlindId): string {
  return join(LABELS_DIR, id);
}

/**
 * Benchmark pages whose (unlabelled) quotes the quotes4 branch read while writing rules (GUIDE,
 * "quotes4"), by file-name prefix. Twelve of blind set 3's sixteen pages are among them: picked
 * for having many quotes, as quotes4 had picked them. Their labels are new, but Lede's speakers
 * there were tuned on, so the eval also scores blind set 3 without them (those 4 pages were
 * then used for development by quotes6 too).
 */
export const READ_BY_QUOTES4 = new Set(
  '3d8f3404 7a664e40 8267acac c58aa507 c00962aa 291a8bf3 833caf3b 0d461229 1ee91d1f bdb56ac8 d48aeb9c 702d1da6 16c30add c50845a7 d1c57d78 c90731f0 eecd2575 6ebac05f 51d066b0 d0382c0d bc13ff87 db6b0816 06e5123e a6968f42 e7994d55 f8ff621a 9e8c9f08 686bb170 ea25dd7e 7bb1ca90'.split(
    ' ',
  ),
);

/** Whether quotes4 read this label file's page (see READ_BY_QUOTES4). */
export function readByQuotes4(file: LabelFile): boolean {
  const id = (file.source ?? '').split('/').pop()?.slice(0, 8) ?? '';
  return READ_BY_QUOTES4.has(id);
}

export interface LabelFile {
  page: string;
  /** For validation labels: the article's path in the shared corpus. */
  source?: string;
  note?: string;
  quotes: LabelQuote[];
}

/** Every label file, in name order. Refuses a reserved page. */
export function loadLabels(): LabelFile[] {
  const reserved = holdout();
  return readdirSync(LABELS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = wellFormed(
        JSON.parse(readFileSync(join(LABELS_DIR, f), 'utf8')) as LabelFile,
        join(LABELS_DIR, f),
      );
      if (reserved.has(file.page)) throw new Error(`${f} labels a reserved page`);
      return file;
    });
}

/**
 * The label file, after checking that every quote has its text and a speaker field (a name or
 * null): a field left out (blind set 16's telegraph-2 had three quotes without "speaker") would
 * otherwise count as a speaker nobody can match, or stop the scoring far from its cause.
 */
function wellFormed(file: LabelFile, path: string): LabelFile {
  file.quotes.forEach((q, i) => {
    if (typeof q.text !== 'string' || (q.speaker !== null && typeof q.speaker !== 'string')) {
      throw new Error(`${path}: quote ${i} needs a "text" and a "speaker" (a name, or null)`);
    }
  });
  return file;
}

/**
 * The validation labels (or, given BLIND_DIR, the blind ones) whose articles are present (they
 * live in the shared corpus, beside the checkout; none when it is absent).
 */
export function loadValidationLabels(dir: string = VALIDATION_DIR): LabelFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) =>
      wellFormed(JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelFile, join(dir, f)),
    )
    .filter((file) => file.source !== undefined && existsSync(labelSourcePath(file.source)))
    .map((file) => {
      if (holdout().has((file.source ?? '').replace(/\.html\.gz$/, '')))
        throw new Error(`${file.page} labels a reserved page`);
      return file;
    });
}

/**
 * Lede's summary of a validation article: a BBC article (plain text: headline, then paragraphs),
 * a page of the extraction benchmark (gzipped HTML) or a page copied into the repository (blind
 * set 6, HTML), the pages read as the CLI reads a page.
 */
export function summariseValidation(file: LabelFile): Summary {
  const path = labelSourcePath(file.source ?? '');
  if (path.endsWith('.html')) return summarise(articleFromHtml(readFileSync(path), null));
  if (path.endsWith('.html.gz'))
    return summarise(articleFromHtml(gunzipSync(readFileSync(path)), null));
  return summarise(articleFromText(readFileSync(path, 'utf8'), null));
}

/**
 * The two validation sets: BBC articles (labelled before Lede ran on them, then used to find the
 * failures fixed on the quotes2 branch) and pages of the extraction benchmark (labelled after
 * those fixes, before Lede ran on them: a fresh check).
 */
export function validationSet(file: LabelFile): 'bbc' | 'benchmark' {
  return (file.source ?? '').startsWith('article-extraction-benchmark/') ? 'benchmark' : 'bbc';
}

/** The HTML of a development page (or of the reference page). */
export function pagePath(page: string): string {
  return page === REFERENCE_PAGE
    ? join(REPO, 'test/fixtures/alibaba-cloud-investment.html')
    : join(FIXTURE_PAGES, page, 'source.html');
}

/** Lede's summary of a page, exactly as the CLI makes it (undeclared UTF-8 is read as UTF-8). */
export function summarisePage(page: string): Summary {
  return summarise(articleFromHtml(readFileSync(pagePath(page)), null));
}

export function ledeQuotes(summary: Summary): FoundQuote[] {
  return summary.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

const MARKS = /^[\s"'“”‘’«»„‚‹›「」]+|[\s"'“”‘’«»„‚‹›「」]+$/g;

/**
 * The baseline: compromise's quotations, with the first person compromise finds in the same
 * sentence as the speaker (null when none). Run on the same article text as Lede.
 */
export function baselineQuotes(summary: Summary): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const block of summary.blocks) {
    nlp(block.text)
      .sentences()
      .forEach((view) => {
        // forEach hands out the base view type; every view of a full-build document has the
        // full set of methods.
        const s = view as ReturnType<typeof nlp>;
        const quotes = s.quotations().out('array') as string[];
        if (quotes.length === 0) return;
        const people = s.people().out('array') as string[];
        const speaker = people[0]
          ? people[0].replace(/[^\p{L}\p{N}]+$/u, '').replace(/^[^\p{L}]+/u, '')
          : null;
        for (const q of quotes) out.push({ text: q.replace(MARKS, ''), speaker: speaker || null });
      });
  }
  return out;
}

export { DEV_NEWS_OTHER };
