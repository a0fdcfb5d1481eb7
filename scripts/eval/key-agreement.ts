/**
 * `npm run eval:key-agreement`: how far two people agree on which figures are "key", beside how
 * far Lede agrees with each of them.
 *
 * The issue's target for the card is "at least 9 in 10 of the card's figures are ones a
 * journalist would call key". Measured against one labeller, a second careful journalist would
 * not score 1.0 either: the choice of key figures is a judgement. On most blind sets
 * (scripts/eval/blind-sets.ts, `secondOpinion`) a second labeller, who never saw the first
 * one's choices, Lede or its rules, marked and ranked the key figures on the first labeller's
 * list of figures (test/golden/labels/figures/second-opinion/).
 * This prints, per set:
 *   - the second labeller's card (their top five by rank) judged by the first labeller's keys:
 *     the score a human journalist gets on the issue's measure, the ceiling that is realistic;
 *   - the first labeller's keys that the second also marked, and Cohen's kappa over all figures;
 *   - Lede's card judged by each labeller (the eval's "key figures in top 5").
 * Needs ../shared/corpus (blind sets 3, 4 and 7's pages) for those sets' Lede rows; the other
 * sets' pages are in the repository, and the human rows read only labels.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BLIND_SETS } from './blind-sets.ts';
import { evalFigures, type FigureSet, secondOf } from './eval-figures.ts';
import type { LabelFile } from './lib/match-figures.ts';

const LABELS = fileURLToPath(new URL('../../test/golden/labels/figures/', import.meta.url));

/** The card's length (as in eval-figures: "key figures in top 5"). */
const CARD = 5;

interface Agreement {
  pages: number;
  figures: number;
  /** Of the second labeller's top five, how many the first calls key. */
  secondCardKey: number;
  secondCard: number;
  /** Of the first labeller's keys, how many the second also marked. */
  firstKeysAlso: number;
  firstKeys: number;
  kappa: number;
}

type Ranked = LabelFile['figures'][number] & { rank?: number };

/** Agreement of the two labellers over one blind set's pages. */
export function agreement(set: (typeof SETS)[number][0]): Agreement {
  const dir = join(LABELS, 'second-opinion', set);
  let [figures, both, firstOnly, secondOnly, neither] = [0, 0, 0, 0, 0];
  let [secondCardKey, secondCard, pages] = [0, 0, 0];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const second = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LabelFile;
    const first = JSON.parse(readFileSync(join(LABELS, set, file), 'utf8')) as LabelFile;
    if (first.figures.length !== second.figures.length)
      throw new Error(`${set}/${file}: the second opinion lists other figures than the labels`);
    pages++;
    first.figures.forEach((a, i) => {
      const b = second.figures[i] as Ranked;
      figures++;
      if (a.key && b.key) both++;
      else if (a.key) firstOnly++;
      else if (b.key) secondOnly++;
      else neither++;
    });
    const card = (second.figures as Ranked[])
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.key)
      .sort(
        (x, y) => (x.f.rank ?? Number.POSITIVE_INFINITY) - (y.f.rank ?? Number.POSITIVE_INFINITY),
      )
      .slice(0, CARD);
    secondCard += card.length;
    secondCardKey += card.filter(({ i }) => first.figures[i]?.key).length;
  }
  const observed = (both + neither) / figures;
  const pFirst = (both + firstOnly) / figures;
  const pSecond = (both + secondOnly) / figures;
  const chance = pFirst * pSecond + (1 - pFirst) * (1 - pSecond);
  return {
    pages,
    figures,
    secondCardKey,
    secondCard,
    firstKeysAlso: both,
    firstKeys: both + firstOnly,
    kappa: (observed - chance) / (1 - chance),
  };
}

/**
 * The blind sets with a second opinion whose labels are in place, each beside its second-opinion
 * set for evalFigures.
 */
const SETS = BLIND_SETS.filter(
  (b) => b.secondOpinion && existsSync(join(LABELS, 'second-opinion', b.id)),
).map((b) => [b.id, secondOf(b)] as const);

/**
 * All sets together: pages, the share of the second labeller's top five that the first calls
 * key (the issue's measure for a second journalist) and the share of the first labeller's keys
 * the second also marked. `npm run eval` prints the first of these as the ceiling.
 */
export function overallAgreement(): {
  /** The sets' numbers (3, 4, 6 ...). */
  sets: number[];
  pages: number;
  secondCardShare: number;
  firstKeysShare: number;
} {
  const all = SETS.map(([set]) => agreement(set));
  const sum = (pick: (a: Agreement) => number) => all.reduce((n, a) => n + pick(a), 0);
  return {
    sets: BLIND_SETS.filter((b) => SETS.some(([id]) => id === b.id)).map((b) => b.n),
    pages: sum((a) => a.pages),
    secondCardShare: sum((a) => a.secondCardKey) / sum((a) => a.secondCard),
    firstKeysShare: sum((a) => a.firstKeysAlso) / sum((a) => a.firstKeys),
  };
}

const f3 = (n: number) => n.toFixed(3);

async function main(): Promise<void> {
  const lines = ['Agreement on key figures: two labellers, and Lede against each', ''];
  lines.push(
    `${'set'.padEnd(8)}${'pages'.padStart(6)}${'figures'.padStart(9)}  ${'2nd card by 1st'.padEnd(17)}${'1st keys by 2nd'.padEnd(17)}${'kappa'.padEnd(7)}${'Lede card by 1st'.padEnd(18)}Lede card by 2nd`,
  );
  for (const [set, second] of SETS) {
    const a = agreement(set);
    const lede = async (s: FigureSet) =>
      (await evalFigures({ set: s, baseline: false })).lede.keyTop5;
    const [byFirst, bySecond] = [await lede(set), await lede(second)];
    lines.push(
      `${set.padEnd(8)}${String(a.pages).padStart(6)}${String(a.figures).padStart(9)}  ${`${f3(a.secondCardKey / a.secondCard)} (${a.secondCardKey}/${a.secondCard})`.padEnd(17)}${`${f3(a.firstKeysAlso / a.firstKeys)} (${a.firstKeysAlso}/${a.firstKeys})`.padEnd(17)}${f3(a.kappa).padEnd(7)}${f3(byFirst).padEnd(18)}${f3(bySecond)}`,
    );
  }
  const all = overallAgreement();
  lines.push(
    `${'all'.padEnd(8)}${''.padStart(15)}  ${f3(all.secondCardShare).padEnd(17)}${f3(all.firstKeysShare)}`,
    '',
    `A second journalist's card scores ${f3(all.secondCardShare)} on the issue's measure (target 0.9): the realistic ceiling.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
