/**
 * `npm run eval`: key figures and quotes, Lede beside an off-the-shelf NLP baseline (compromise)
 * run in the same command, on the labelled development pages (in the repository), on the
 * validation articles (BBC articles of ../shared/corpus labelled blind, when the corpus is there)
 * and on every blind set (scripts/eval/blind-sets.ts: pages labelled before Lede was ever run on
 * them), one block each; then the sets nobody has developed on yet pooled, the headline measure
 * of unseen pages.
 *
 * The details, per page and with every miss, come from `npm run eval:figures -- --verbose` and
 * `npm run eval:quotes -- --verbose`. Key points and extraction have their own evaluations:
 * `npm run eval:summary`, `npm run eval:extraction`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../lib/corpus.ts';
import { BLIND_SETS, setStatus } from './blind-sets.ts';
import { evalFigures } from './eval-figures.ts';
import { evalQuotes, scoredSet } from './eval-quotes.ts';
import { overallAgreement } from './key-agreement.ts';
import { totals as figureTotals } from './lib/match-figures.ts';
import { totals as quoteTotals } from './quotes-match.ts';

interface Row {
  metric: string;
  lede: number;
  baseline: number;
  target: number;
}

const f3 = (n: number) => n.toFixed(3);

function print(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log(`${'metric'.padEnd(34)}${'Lede'.padStart(8)}${'baseline'.padStart(10)}  target`);
  for (const r of rows) {
    const met = r.lede >= r.target ? 'met' : 'NOT met';
    console.log(
      `${r.metric.padEnd(34)}${f3(r.lede).padStart(8)}${f3(r.baseline).padStart(10)}  >= ${r.target.toFixed(2)}  ${met}`,
    );
  }
}

async function main(): Promise<void> {
  // A set whose pages are in the shared corpus is skipped when its folder is absent (a user's
  // clone has none); the others are in the repository and always run.
  const present = BLIND_SETS.filter((b) => !b.corpus || existsSync(join(CORPUS, b.corpus)));
  const hasBbc = existsSync(join(CORPUS, 'bbc-news-summary-dev'));
  const [figDev, quotes] = await Promise.all([
    evalFigures({ set: 'dev' }),
    evalQuotes({ sets: BLIND_SETS.map((b) => b.id) }),
  ]);
  const figVal = hasBbc ? await evalFigures({ set: 'validation' }) : null;
  const figBlind = new Map<string, typeof figDev>();
  for (const b of present) figBlind.set(b.id, await evalFigures({ set: b.id }));

  const figureRows = (m: Pick<typeof figDev, 'lede' | 'baseline'>): Row[] => {
    const b = m.baseline;
    if (!b) throw new Error('the figures eval ran without its baseline');
    return [
      { metric: 'figure precision', lede: m.lede.precision, baseline: b.precision, target: 0.95 },
      { metric: 'figure recall', lede: m.lede.recall, baseline: b.recall, target: 0.9 },
      {
        metric: 'key figures among the card’s top 5',
        lede: m.lede.keyTop5,
        baseline: b.keyTop5,
        target: 0.9,
      },
    ];
  };
  const quoteRows = (l: typeof quotes.lede, b: typeof quotes.lede): Row[] => [
    { metric: 'quote precision', lede: l.precision, baseline: b.precision, target: 0.95 },
    { metric: 'quote recall', lede: l.recall, baseline: b.recall, target: 0.95 },
    {
      metric: 'speaker accuracy (full name)',
      lede: l.speakerAccuracy,
      baseline: b.speakerAccuracy,
      target: 0.95,
    },
  ];

  // A blind set's block, skipped when its pages are absent (no ../shared/corpus, or a set not
  // labelled yet): true when printed.
  const printSet = (
    fig: typeof figDev | undefined,
    q: typeof quotes.validation,
    title: string,
  ): boolean => {
    if (!fig || fig.pages.length === 0 || q.pages.length === 0) return false;
    print(title, [...figureRows(fig), ...quoteRows(q.lede, q.baseline)]);
    return true;
  };

  console.log(
    'Lede evaluation: key figures and quotes (baseline: compromise, run in the same command)',
  );
  print(
    `Development set: ${figDev.pages.length} English news pages for figures, ${quotes.pages.length} for quotes (labelled in test/golden/labels; tuned on)`,
    [...figureRows(figDev), ...quoteRows(quotes.lede, quotes.baseline)],
  );
  if (figVal && quotes.validation.pages.length > 0) {
    print(
      `Validation set: BBC articles labelled blind (${figVal.pages.length} for figures, ${quotes.validation.pages.length} for quotes; first run before any fix is in the labelling guides)`,
      [...figureRows(figVal), ...quoteRows(quotes.validation.lede, quotes.validation.baseline)],
    );
  } else {
    console.log(
      `\nValidation set skipped: the shared corpus's BBC articles are absent at ${CORPUS} (set LEDE_CORPUS).`,
    );
  }
  const absent = BLIND_SETS.filter((b) => !present.includes(b)).map((b) => b.n);
  if (absent.length > 0)
    console.log(
      `\nBlind sets ${absent.join(', ')} skipped: their pages are in the shared corpus, absent at ${CORPUS} (set LEDE_CORPUS).`,
    );
  // A lone unseen set is printed once, as the pool below.
  const unseen = present.filter((b) => !b.usedBy);
  for (const b of present) {
    if (unseen.length === 1 && unseen[0] === b) continue;
    const fig = figBlind.get(b.id);
    const q = scoredSet(quotes, b.id);
    if (
      !printSet(
        fig,
        q,
        `Blind set ${b.n} (${b.about}; labelled from their text before Lede was run on them; ${setStatus(b)}): ${fig?.pages.length} pages for figures, ${q.pages.length} for quotes`,
      )
    )
      continue;
    // Blind sets 3 and 7: the pages whose speakers no branch had read when first scored.
    const part = quotes.unread.get(b.id);
    if (part)
      print(
        `  of which for quotes: the ${part.pages.length} pages no branch had read before (quotes4 had read Lede's speakers, unlabelled, on the other ${q.pages.length - part.pages.length})`,
        quoteRows(part.lede, part.baseline),
      );
  }
  // The unseen sets pooled: every figure and quote of every page never tuned on counts once, so
  // the headline numbers rest on all of them.
  const figPages = unseen.flatMap((b) => figBlind.get(b.id)?.pages ?? []);
  const quotePages = unseen.flatMap((b) => scoredSet(quotes, b.id).pages);
  if (figPages.length === 0 || quotePages.length === 0) {
    console.log('\nNo unseen set: every labelled blind set has been developed on.');
  } else {
    const pooledQuotes = quoteTotals(quotePages.map((p) => p.lede));
    print(
      `All unseen pages together, blind set${unseen.length > 1 ? 's' : ''} ${unseen.map((b) => `${b.n} (${b.about})`).join(', ')}, UNSEEN (labelled from their text before Lede was run on them, never tuned on): ${figPages.length} pages for figures, ${quotePages.length} for quotes`,
      [
        ...figureRows({
          lede: figureTotals(figPages.map((p) => p.lede)),
          baseline: figureTotals(figPages.flatMap((p) => (p.baseline ? [p.baseline] : []))),
        }),
        ...quoteRows(pooledQuotes, quoteTotals(quotePages.map((p) => p.baseline))),
      ],
    );
    // What a wrong speaker looks like on the card: another person's name is the one a reader
    // cannot tell from a right one; "Unattributed" at least says it does not know.
    console.log(
      `  of the ${pooledQuotes.tp} quotes found there, ${pooledQuotes.tp - pooledQuotes.speakerRight} have a wrong speaker: another person named ${pooledQuotes.wrongPerson}, no speaker where the article names one ${pooledQuotes.noSpeaker}, a name where it names nobody ${pooledQuotes.nameForNobody}`,
    );
  }
  // How far two journalists agree on "key" (scripts/eval/key-agreement.ts): the realistic
  // ceiling for the key-figures row above, which is measured against one labeller.
  const agree = overallAgreement();
  console.log(
    `\nKey figures, human agreement (blind sets ${agree.sets.join(', ')}: ${agree.pages} pages): a second labeller's top five are key for the first in ${f3(agree.secondCardShare)} of cases (npm run eval:key-agreement)`,
  );
  console.log('\nOther languages (not labelled): quotes found / with a speaker');
  console.log(
    `  ${quotes.other.map((o) => `${o.page} (${o.lang}) ${o.quotes}/${o.withSpeaker}`).join(', ')}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
