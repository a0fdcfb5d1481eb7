/**
 * Quote evaluation: precision, recall, F1 and speaker accuracy of Lede's quotes on the labelled
 * development pages (test/golden/labels/quotes, see GUIDE.md there), beside a baseline built from
 * compromise (its quotations, and the first person it finds in the same sentence as speaker).
 *
 *   npm run eval:quotes             totals and per-page counts
 *   npm run eval:quotes -- --verbose  also every false positive, miss and wrong speaker
 *   npm run eval:quotes -- --blind2   also the second blind set (used for development by quotes5)
 *   npm run eval:quotes -- --blind3   also the third blind set (used for development by quotes6:
 *                                     no longer unseen)
 *   npm run eval:quotes -- --blind4   also the fourth blind set (used for development by quotes7:
 *                                     no longer unseen)
 *   npm run eval:quotes -- --blind5   also the fifth blind set (used for development by quotes8:
 *                                     no longer unseen)
 *   npm run eval:quotes -- --blind6   also the sixth blind set (pages from outside the shared
 *                                     corpora, in test/fixtures/goose; used for development by
 *                                     quotes9: no longer unseen)
 *   npm run eval:quotes -- --blind7   also the seventh blind set (20 more English news pages;
 *                                     used for development by quotes10: no longer unseen; quotes4
 *                                     had read ten of them, unlabelled)
 *   npm run eval:quotes -- --blind8   also the eighth blind set (24 English news pages from
 *                                     outside the shared corpora, test/fixtures/mercury; used
 *                                     for development by quotes11: no longer unseen)
 *   npm run eval:quotes -- --blind9   also the ninth blind set (19 more pages of
 *                                     test/fixtures/mercury; used for development by
 *                                     quotes12: no longer unseen)
 *   npm run eval:quotes -- --blind10  also the tenth blind set (19 more pages of
 *                                     test/fixtures/mercury; used for development by
 *                                     quotes13, pooled with sets 11 and 12)
 *   npm run eval:quotes -- --blind11  also the eleventh blind set (21 English news pages of
 *                                     test/fixtures/newspaper; used for development by
 *                                     quotes13, pooled with sets 10 and 12)
 *   npm run eval:quotes -- --blind12  also the twelfth blind set (17 more pages of
 *                                     test/fixtures/newspaper; used for development by
 *                                     quotes13, pooled with sets 10 and 11)
 *   npm run eval:quotes -- --blind13  also the thirteenth blind set (15 more pages of
 *                                     test/fixtures/newspaper; never tuned on: quotes13's
 *                                     check set, totals only)
 *   npm run eval:quotes -- --blind14  also the fourteenth blind set (48 English news pages of
 *                                     2023-2026 from a fourth outside source,
 *                                     test/fixtures/fundus; never tuned on)
 *
 * With the shared corpus present, two sets of BBC articles are scored apart: the validation set
 * and the blind sets (labelled before Lede was ever run on them; blind set 1 was then used for
 * development by quotes4, blind set 2 by quotes5, blind set 3 by quotes6 and blind set 4 by
 * quotes7, so none is unseen any more). Blind set 4 was labelled while quotes6 worked on blind
 * set 3 and first scored unseen (speaker accuracy 0.827); quotes7 then read its errors and wrote
 * general rules from them (0.827 -> 0.961, see the GUIDE). Blind set 5 was first scored unseen
 * (speaker accuracy 0.569); quotes8 then read its errors and wrote general rules from them
 * (0.569 -> 0.958, see the GUIDE), so it is no longer unseen either. Blind set 6 (news pages
 * from outside the shared corpora, test/fixtures/goose) was first scored unseen (speaker accuracy
 * 0.775) and then used for development by quotes9; blind set 7 was first scored unseen (speaker
 * accuracy 0.910) and then used for development by quotes10, so it is no longer unseen either; blind set 8
 * (test/fixtures/mercury) was first scored unseen (speaker accuracy 0.787) and then used for
 * development by quotes11; blind set 9 (test/fixtures/mercury) was first scored unseen (speaker
 * accuracy 0.672) and then used for development by quotes12 (0.672 -> 0.844, recall 0.935 ->
 * 0.970, see the GUIDE); blind sets 10 to 13 (test/fixtures/mercury and
 * test/fixtures/newspaper) were first scored unseen; quotes13 then pooled blind sets 10, 11 and
 * 12 for development (speaker accuracy 0.847 -> 0.871, 0.858 -> 0.876 and 0.745 -> 0.830,
 * precision and recall unchanged, see the GUIDE) and read only the totals of blind set 13, its
 * check (0.840 -> 0.840), which alone stays unseen.
 *
 * Matching is by tokens (see quotes-match.ts): a found quote is a true positive when it matches a
 * labelled quote that is not optional; recall is the share of labelled quotes matched; speaker
 * accuracy is the share of true positives whose speaker is the labelled person (full name, or an
 * accepted alternative; null for null). Totals are micro-averaged: every quote counts once.
 * Only repository files are read; reserved pages are never labelled (loadLabels refuses them).
 */
import { fileURLToPath } from 'node:url';
import { type PageScore, scorePage, type Totals, totals } from './quotes-match.ts';
import {
  BLIND_DIR,
  BLIND2_DIR,
  BLIND3_DIR,
  BLIND4_DIR,
  BLIND5_DIR,
  BLIND6_DIR,
  BLIND7_DIR,
  BLIND8_DIR,
  BLIND9_DIR,
  BLIND10_DIR,
  BLIND11_DIR,
  BLIND12_DIR,
  BLIND13_DIR,
  BLIND14_DIR,
  baselineQuotes,
  DEV_NEWS_OTHER,
  type LabelFile,
  ledeQuotes,
  loadLabels,
  loadValidationLabels,
  readByQuotes4,
  summarisePage,
  summariseValidation,
  validationSet,
} from './quotes-pages.ts';

export interface ScoredSet {
  lede: Totals;
  baseline: Totals;
  pages: { lede: PageScore; baseline: PageScore }[];
}

export interface Metrics {
  lede: Totals;
  baseline: Totals;
  pages: { lede: PageScore; baseline: PageScore }[];
  /**
   * The validation articles (BBC news, plain text, from the shared corpus), labelled before Lede
   * was run on them: a check on pages not tuned on. Empty without the shared corpus.
   */
  validation: ScoredSet;
  /**
   * Blind set 1 (BBC, labelled before Lede was ever run on them; used for development by quotes4,
   * so no longer unseen). Empty without the corpus.
   */
  blind: ScoredSet;
  /**
   * The second blind set (BBC and benchmark pages, labelled before Lede was ever run on them; used
   * for development by quotes5, so no longer unseen). Empty without the corpus.
   */
  blind2: ScoredSet;
  /**
   * The third blind set (benchmark pages; used for development by quotes6, so no longer unseen).
   * Empty unless asked for.
   */
  blind3: ScoredSet;
  /** Its pages that no branch had read before (see READ_BY_QUOTES4): the strictly unseen part. */
  blind3Unread: ScoredSet;
  /**
   * The fourth blind set (benchmark pages no branch had read before quotes7, which used them for
   * development: no longer unseen). Empty unless asked for.
   */
  blind4: ScoredSet;
  /** The fifth blind set (used for development by quotes8, so no longer unseen). Empty unless asked for. */
  blind5: ScoredSet;
  /** The sixth blind set (used for development by quotes9, so no longer unseen). */
  blind6: ScoredSet;
  /**
   * The seventh blind set (used for development by quotes10). Empty unless asked for, or without
   * the corpus.
   */
  blind7: ScoredSet;
  /**
   * Its pages whose quotes no branch had read: quotes4 read Lede's speakers on ten of its
   * benchmark pages, unlabelled (READ_BY_QUOTES4), so for quotes only the rest are unseen.
   */
  blind7Unread: ScoredSet;
  /** The eighth blind set (used for development by quotes11). Empty unless asked for. */
  blind8: ScoredSet;
  /** The ninth blind set (used for development by quotes12). Empty unless asked for. */
  blind9: ScoredSet;
  /** The tenth blind set (used for development by quotes13). Empty unless asked for. */
  blind10: ScoredSet;
  /** The eleventh blind set (used for development by quotes13). Empty unless asked for. */
  blind11: ScoredSet;
  /** The twelfth blind set (used for development by quotes13). Empty unless asked for. */
  blind12: ScoredSet;
  /** The thirteenth blind set (never tuned on: quotes13 read its totals only). Empty unless asked for. */
  blind13: ScoredSet;
  /** The fourteenth blind set (never tuned on). Empty unless asked for. */
  blind14: ScoredSet;
  /**
   * Pages of the extraction benchmark labelled after the quotes2 fixes, before Lede was run on
   * them; tuned on by quotes3, so no longer unseen. Empty without the shared corpus.
   */
  fresh: ScoredSet;
  /** Non-English pages (not labelled): how many quotes were found, and how many with a speaker. */
  other: { page: string; lang: string; quotes: number; withSpeaker: number }[];
}

/**
 * `blind2` ... `blind14`: also score the second to fourteenth blind sets. `npm run eval`
 * does; `npm run eval:quotes` only with `--blind2` ... `--blind14`, so the day-to-day
 * tuning command never shows the unseen set.
 */
export async function evalQuotes(
  opts: {
    blind2?: boolean;
    blind3?: boolean;
    blind4?: boolean;
    blind5?: boolean;
    blind6?: boolean;
    blind7?: boolean;
    blind8?: boolean;
    blind9?: boolean;
    blind10?: boolean;
    blind11?: boolean;
    blind12?: boolean;
    blind13?: boolean;
    blind14?: boolean;
  } = {},
): Promise<Metrics> {
  const pages: Metrics['pages'] = [];
  for (const file of loadLabels()) {
    const summary = summarisePage(file.page);
    pages.push({
      lede: scorePage(file.page, ledeQuotes(summary), file.quotes),
      baseline: scorePage(file.page, baselineQuotes(summary), file.quotes),
    });
  }
  const validationFiles = loadValidationLabels();
  const blind3 = opts.blind3 ? loadValidationLabels(BLIND3_DIR) : [];
  const blind7 = opts.blind7 ? loadValidationLabels(BLIND7_DIR) : [];
  const other = Object.entries(DEV_NEWS_OTHER).map(([page, lang]) => {
    const quotes = summarisePage(page).quotes;
    return {
      page,
      lang,
      quotes: quotes.length,
      withSpeaker: quotes.filter((q) => q.speaker).length,
    };
  });
  return {
    lede: totals(pages.map((p) => p.lede)),
    baseline: totals(pages.map((p) => p.baseline)),
    pages,
    validation: scoreSet(validationFiles.filter((f) => validationSet(f) === 'bbc')),
    fresh: scoreSet(validationFiles.filter((f) => validationSet(f) === 'benchmark')),
    blind: scoreSet(loadValidationLabels(BLIND_DIR)),
    blind2: scoreSet(opts.blind2 ? loadValidationLabels(BLIND2_DIR) : []),
    blind3: scoreSet(blind3),
    blind3Unread: scoreSet(blind3.filter((f) => !readByQuotes4(f))),
    blind4: scoreSet(opts.blind4 ? loadValidationLabels(BLIND4_DIR) : []),
    blind5: scoreSet(opts.blind5 ? loadValidationLabels(BLIND5_DIR) : []),
    blind6: scoreSet(opts.blind6 ? loadValidationLabels(BLIND6_DIR) : []),
    blind7: scoreSet(blind7),
    blind7Unread: scoreSet(blind7.filter((f) => !readByQuotes4(f))),
    blind8: scoreSet(opts.blind8 ? loadValidationLabels(BLIND8_DIR) : []),
    blind9: scoreSet(opts.blind9 ? loadValidationLabels(BLIND9_DIR) : []),
    blind10: scoreSet(opts.blind10 ? loadValidationLabels(BLIND10_DIR) : []),
    blind11: scoreSet(opts.blind11 ? loadValidationLabels(BLIND11_DIR) : []),
    blind12: scoreSet(opts.blind12 ? loadValidationLabels(BLIND12_DIR) : []),
    blind13: scoreSet(opts.blind13 ? loadValidationLabels(BLIND13_DIR) : []),
    blind14: scoreSet(opts.blind14 ? loadValidationLabels(BLIND14_DIR) : []),
    other,
  };
}

/** Lede and the baseline on plain-text articles of the shared corpus (validation or blind). */
function scoreSet(files: readonly LabelFile[]): ScoredSet {
  const pages: ScoredSet['pages'] = [];
  for (const file of files) {
    const summary = summariseValidation(file);
    pages.push({
      lede: scorePage(file.page, ledeQuotes(summary), file.quotes),
      baseline: scorePage(file.page, baselineQuotes(summary), file.quotes),
    });
  }
  return {
    lede: totals(pages.map((p) => p.lede)),
    baseline: totals(pages.map((p) => p.baseline)),
    pages,
  };
}

const f3 = (n: number) => n.toFixed(3);

function line(name: string, t: Totals): string {
  return (
    `${name.padEnd(9)} precision ${f3(t.precision)}  recall ${f3(t.recall)}  F1 ${f3(t.f1)}  ` +
    `speaker accuracy ${f3(t.speakerAccuracy)}  (labels ${t.labels}, recalled ${t.recalled}, ` +
    `TP ${t.tp}, FP ${t.fp}, speaker right ${t.speakerRight}; wrong: another person ${t.wrongPerson}, ` +
    `none ${t.noSpeaker}, a name for nobody ${t.nameForNobody})`
  );
}

function printPage(name: string, s: PageScore): void {
  for (const t of s.falsePositives) console.log(`    ${name} FP: ${t.slice(0, 110)}`);
  for (const t of s.missed) console.log(`    ${name} FN: ${t.slice(0, 110)}`);
  for (const w of s.wrongSpeakers) {
    console.log(
      `    ${name} speaker ${w.found ?? 'null'} ≠ ${w.expected ?? 'null'}: ${w.text.slice(0, 80)}`,
    );
  }
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const m = await evalQuotes({
    blind2: process.argv.includes('--blind2'),
    blind3: process.argv.includes('--blind3'),
    blind4: process.argv.includes('--blind4'),
    blind5: process.argv.includes('--blind5'),
    blind6: process.argv.includes('--blind6'),
    blind7: process.argv.includes('--blind7'),
    blind8: process.argv.includes('--blind8'),
    blind9: process.argv.includes('--blind9'),
    blind10: process.argv.includes('--blind10'),
    blind11: process.argv.includes('--blind11'),
    blind12: process.argv.includes('--blind12'),
    blind13: process.argv.includes('--blind13'),
    blind14: process.argv.includes('--blind14'),
  });
  console.log(`Quotes on ${m.pages.length} labelled pages`);
  console.log(line('Lede', m.lede));
  console.log(line('baseline', m.baseline));
  console.log('');
  printPages(m.pages, verbose);
  const sets: [string, ScoredSet][] = [
    [
      `Validation: ${m.validation.pages.length} BBC articles labelled before Lede ran on them`,
      m.validation,
    ],
    [
      `Blind set 1: ${m.blind.pages.length} BBC articles labelled before Lede was ever run on them (used for development by quotes4: no longer unseen)`,
      m.blind,
    ],
    [
      `Blind set 2: ${m.blind2.pages.length} BBC articles and extraction-benchmark pages labelled before Lede was ever run on them (used for development by quotes5: no longer unseen)`,
      m.blind2,
    ],
    [
      `Blind set 3: ${m.blind3.pages.length} extraction-benchmark news pages labelled from their text before Lede was ever run on them, after quotes5 (used for development by quotes6: no longer unseen; quotes4 had also read Lede's speakers on ${m.blind3.pages.length - m.blind3Unread.pages.length} of them, unlabelled)`,
      m.blind3,
    ],
    [
      `Blind set 3, the ${m.blind3Unread.pages.length} pages quotes4 had not read (used for development by quotes6: no longer unseen)`,
      m.blind3Unread,
    ],
    [
      `Blind set 4: ${m.blind4.pages.length} more extraction-benchmark news pages, labelled from their text before Lede was ever run on them (used for development by quotes7: no longer unseen)`,
      m.blind4,
    ],
    [
      `Blind set 5: ${m.blind5.pages.length} more extraction-benchmark pages, labelled from their text before Lede was ever run on them (used for development by quotes8: no longer unseen)`,
      m.blind5,
    ],
    [
      `Blind set 6: ${m.blind6.pages.length} English news pages from outside the shared corpora (test/fixtures/goose), labelled from their text before Lede was ever run on them (used for development by quotes9: no longer unseen)`,
      m.blind6,
    ],
    [
      `Blind set 7: ${m.blind7.pages.length} more English news pages (extraction benchmark and goose), labelled from their text before Lede was ever run on them (used for development by quotes10: no longer unseen)`,
      m.blind7,
    ],
    [
      `Blind set 7, the ${m.blind7Unread.pages.length} pages whose quotes no branch had read (quotes4 had read Lede's speakers, unlabelled, on the other ${m.blind7.pages.length - m.blind7Unread.pages.length})`,
      m.blind7Unread,
    ],
    [
      `Blind set 8: ${m.blind8.pages.length} English news pages from outside the shared corpora (test/fixtures/mercury), labelled from their text before Lede was ever run on them (used for development by quotes11: no longer unseen)`,
      m.blind8,
    ],
    [
      `Blind set 9: ${m.blind9.pages.length} more English news pages of test/fixtures/mercury, labelled from their text before Lede was ever run on them (used for development by quotes12: no longer unseen)`,
      m.blind9,
    ],
    [
      `Blind set 10: ${m.blind10.pages.length} more English news pages of test/fixtures/mercury, labelled from their text before Lede was ever run on them (used for development by quotes13, pooled with blind sets 11 and 12: no longer unseen)`,
      m.blind10,
    ],
    [
      `Blind set 11: ${m.blind11.pages.length} English news pages of test/fixtures/newspaper (a third outside source), labelled from their text before Lede was ever run on them (used for development by quotes13, pooled with blind sets 10 and 12: no longer unseen)`,
      m.blind11,
    ],
    [
      `Blind set 12: ${m.blind12.pages.length} more English news pages of test/fixtures/newspaper, labelled from their text before Lede was ever run on them (used for development by quotes13, pooled with blind sets 10 and 11: no longer unseen)`,
      m.blind12,
    ],
    [
      `Blind set 13: ${m.blind13.pages.length} more English news pages of test/fixtures/newspaper, labelled from their text before Lede was ever run on them (never tuned on: quotes13's check set, totals only)`,
      m.blind13,
    ],
    [
      `Blind set 14: ${m.blind14.pages.length} English news pages of 2023-2026 from test/fixtures/fundus (a fourth outside source), labelled from their text before Lede was ever run on them (never tuned on)`,
      m.blind14,
    ],
    [
      `Fresh set: ${m.fresh.pages.length} extraction-benchmark pages labelled after the quotes2 fixes, before Lede ran on them (tuned on by quotes3: no longer unseen)`,
      m.fresh,
    ],
  ];
  for (const [title, set] of sets) {
    // A set whose articles are absent (no ../shared/corpus) prints nothing.
    if (set.pages.length === 0) continue;
    console.log('');
    console.log(title);
    console.log(line('Lede', set.lede));
    console.log(line('baseline', set.baseline));
    console.log('');
    printPages(set.pages, verbose);
  }
  console.log('');
  console.log('Other languages (not labelled): quotes found, with a speaker');
  for (const o of m.other) {
    console.log(
      `  ${o.page.padEnd(14)} ${o.lang}  ${o.quotes} quotes, ${o.withSpeaker} with a speaker`,
    );
  }
}

function printPages(pages: Metrics['pages'], verbose: boolean): void {
  console.log(
    'page                      labels | Lede found TP FP recalled speaker | baseline found TP FP recalled speaker',
  );
  const n = (x: number, w: number) => String(x).padStart(w);
  for (const { lede: l, baseline: b } of pages) {
    console.log(
      `${l.page.padEnd(25)} ${n(l.labels, 6)} | ${n(l.found, 10)} ${n(l.tp, 2)} ${n(l.fp, 2)} ${n(l.recalled, 8)} ${n(l.speakerRight, 7)} | ${n(b.found, 14)} ${n(b.tp, 2)} ${n(b.fp, 2)} ${n(b.recalled, 8)} ${n(b.speakerRight, 7)}`,
    );
    if (verbose) {
      printPage('Lede', l);
      printPage('baseline', b);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
