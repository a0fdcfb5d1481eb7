import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rouge, tokenize } from '../../scripts/eval/rouge.ts';
import { articleFromHtml } from '../../src/cli/summarise-input.ts';
import { summarise } from '../../src/core/summarise.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';
import type { Summary } from '../../src/core/types.ts';

/**
 * Key points on the development pages copied in test/fixtures, against the reference key points
 * in test/golden/labels/keypoints (see GUIDE.md there): the card holds the lede (or the nut graf
 * where the lede is an anecdote), and ROUGE against the references stays above a floor a little
 * under what the selector reaches (npm run eval:summary prints the same numbers). Reads only this
 * repository.
 */
const REPO = join(import.meta.dirname, '../..');
const LABELS = join(REPO, 'test/golden/labels/keypoints');

interface Label {
  page: string;
  fixture: string;
  lede: string;
  nutGraf: string | null;
  keyPoints: string[];
}

const labels: Label[] = readdirSync(LABELS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(LABELS, f), 'utf8')) as Label);

const cards = new Map<string, Summary>();

beforeAll(() => {
  // jsdom reports stylesheets it cannot parse on the console; they are not our concern here.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  for (const label of labels) {
    const article = articleFromHtml(readFileSync(join(REPO, label.fixture)), null);
    cards.set(label.page, summarise(article, { length: 'medium' }));
  }
  quiet.mockRestore();
}, 120_000);

afterAll(() => cards.clear());

const shown = (page: string) => (cards.get(page)?.keyPoints ?? []).map((p) => p.text);

/** Compared as ROUGE tokens: robust to quote marks and to pages decoded without their charset. */
function holds(point: string, sentence: string): boolean {
  return ` ${tokenize(point, false).join(' ')} `.includes(
    ` ${tokenize(sentence, false).join(' ')} `,
  );
}

function hasLede(label: Label): boolean {
  return [label.lede, label.nutGraf].some(
    (s) => s !== null && shown(label.page).some((p) => holds(p, s)),
  );
}

/**
 * Pages whose lede the card misses, with the reason (none today: breitbart was one until the CLI
 * decoded pages without a declared charset as UTF-8, see src/cli/decode-html.ts).
 */
const KNOWN_MISSES: Record<string, string> = {};

describe('key points on the development pages hold the lede or the nut graf', () => {
  it.each(labels.filter((l) => !(l.page in KNOWN_MISSES)).map((l) => [l.page, l] as const))(
    '%s',
    (_page, label) => {
      expect(hasLede(label), shown(label.page).join('\n')).toBe(true);
    },
  );

  it.fails.each(labels.filter((l) => l.page in KNOWN_MISSES).map((l) => [l.page, l] as const))(
    '%s (known miss, see KNOWN_MISSES)',
    (_page, label) => {
      expect(hasLede(label)).toBe(true);
    },
  );

  it('on at least 9 pages in 10', () => {
    const rate = labels.filter(hasLede).length / labels.length;
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });
});

function lines(texts: string[]): string {
  return texts.flatMap((t) => splitSentences(t).map((r) => t.slice(r.start, r.end))).join('\n');
}

describe('ROUGE of the card (medium) against the reference key points', () => {
  // Reached when the floors were set: R-1 66.1, R-2 54.5, R-Lsum 64.5 (npm run eval:summary,
  // "Lede card (medium)"); Lead-3 on the same pages: 40.6 / 30.7 / 39.0.
  it.each([
    ['rouge1', 62],
    ['rouge2', 50],
    ['rougeLsum', 61],
  ] as const)('mean %s F1 ≥ %i', (metric, floor) => {
    let total = 0;
    for (const label of labels) {
      total += rouge(lines(label.keyPoints), lines(shown(label.page)))[metric].f;
    }
    expect((100 * total) / labels.length).toBeGreaterThanOrEqual(floor);
  });
});

describe('the reference page', () => {
  const page = 'alibaba-cloud-investment';
  it('opens with the investment, and shows no credit, promo or sidebar', () => {
    const points = shown(page);
    expect(points[0]).toMatch(/^Alibaba Cloud is to invest an additional 200 billion yuan/);
    for (const p of points) {
      expect(p).not.toMatch(/Picture credit|Attend the|Interested in|\$10bn|93%|40,000/);
    }
  });
});
