import { describe, expect, it } from 'vitest';
import {
  scoresOf,
  shingleMatching,
  type TpFpFn,
  tokenize,
} from '../../../../scripts/eval/extraction-metric.ts';

// The benchmark's own method (scrapinghub/article-extraction-benchmark, evaluate.py).
describe('tokenize (Python \\w+)', () => {
  it.each([
    ['We’d buy a game', ['We', 'd', 'buy', 'a', 'game']],
    ['$28.2bn, 12%', ['28', '2bn', '12']],
    ['snake_case stays', ['snake_case', 'stays']],
    ['Aktuálně.cz', ['Aktuálně', 'cz']],
    ['他说好。', ['他说好']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('shingleMatching: [tp, fp, fn] normalised to sum 1', () => {
  it.each([
    // Same text: all true positives.
    ['a b c d e', 'a b c d e', [1, 0, 0]],
    // Nothing predicted: all false negatives.
    ['a b c d e', '', [0, 0, 1]],
    // One extra shingle of five: "a b c d", "b c d e" match; "c d e f" is extra.
    ['a b c d e', 'a b c d e f', [2 / 3, 1 / 3, 0]],
    // Short texts are one shingle of all their tokens.
    ['a b', 'a b', [1, 0, 0]],
    ['a b', 'a c', [0, 0.5, 0.5]],
    // Both empty: nothing to count.
    ['', '', [0, 0, 0]],
  ] as [string, string, TpFpFn][])('%s | %s', (truth, pred, expected) => {
    const got = shingleMatching(truth, pred);
    got.forEach((v, i) => {
      expect(v).toBeCloseTo(expected[i] as number, 10);
    });
  });
});

describe('scoresOf: precision and recall averaged over pages, F1 of the averages', () => {
  it.each([
    [[[1, 0, 0]], 1, 1],
    [
      [
        [0.5, 0.5, 0],
        [1, 0, 0],
      ],
      0.75,
      1,
    ],
    // A page with nothing predicted counts in recall (0) but not in precision.
    [
      [
        [0, 0, 1],
        [1, 0, 0],
      ],
      1,
      0.5,
    ],
  ] as [TpFpFn[], number, number][])('%j', (rows, precision, recall) => {
    const s = scoresOf(rows);
    expect(s.precision).toBeCloseTo(precision, 10);
    expect(s.recall).toBeCloseTo(recall, 10);
    expect(s.f1).toBeCloseTo((2 * precision * recall) / (precision + recall), 10);
  });
});
