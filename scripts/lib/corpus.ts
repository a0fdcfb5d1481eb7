import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared corpora beside the checkout, or LEDE_CORPUS when set. */
export const CORPUS = process.env.LEDE_CORPUS
  ? resolve(process.env.LEDE_CORPUS)
  : resolve(REPO, '../shared/corpus');

/** The development pages copied into the repository (test/fixtures/readability). */
export const FIXTURE_PAGES = join(REPO, 'test/fixtures/readability');

/**
 * Exit plainly when the shared corpus is missing: evaluation and benchmarks need it, a user's
 * clone does not have it, and a stack trace would not say why.
 */
export function requireCorpus(sub: string, what: string): string {
  const dir = join(CORPUS, sub);
  if (!existsSync(dir)) {
    process.stderr.write(
      `${what} needs the shared corpus at ${dir}, which is absent.\n` +
        'It lives beside the checkout as ../shared/corpus (or set LEDE_CORPUS=/path/to/corpus).\n' +
        'Nothing was measured.\n',
    );
    process.exit(3);
  }
  return dir;
}

/**
 * Where a label file's article is: a path in the shared corpus ("article-extraction-benchmark/
 * html/....html.gz"), or a page copied into the repository, named from its root
 * ("test/fixtures/goose/cnn1.html", blind set 6).
 */
export function labelSourcePath(source: string): string {
  return source.startsWith('test/') ? join(REPO, source) : join(CORPUS, source);
}

/** Reserved pages: folder names of readability/ and paths of the extraction benchmark. */
export function holdout(): Set<string> {
  const file = join(CORPUS, 'HOLDOUT.txt');
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
}

/** The English news development set: labelled, tested and tuned on. Never a reserved page. */
export const DEV_NEWS_EN = [
  'nytimes-2',
  'wapo-2',
  'cnn',
  'yahoo-3',
  'theverge',
  'engadget',
  'herald-sun-1',
  'citylab-1',
  'ars-1',
  'breitbart',
  'salon-1',
  'quanta-1',
  'webmd-1',
  'yahoo-2',
  'webmd-2',
];

/** Non-English news pages of the development set, with their language. */
export const DEV_NEWS_OTHER: Record<string, string> = {
  aktualne: 'cs',
  folha: 'pt',
  heise: 'de',
  'la-nacion': 'es',
  'lemonde-1': 'fr',
  'liberation-1': 'fr',
  'nytimes-5': 'es',
};
