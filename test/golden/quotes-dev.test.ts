import { describe, expect, it } from 'vitest';
import { scorePage, totals } from '../../scripts/eval/quotes-match.ts';
import { ledeQuotes, loadLabels, summarisePage } from '../../scripts/eval/quotes-pages.ts';

// The labelled development set (test/golden/labels/quotes, read from test/fixtures only) keeps
// quote precision, recall and speaker accuracy above a floor a little under what Lede reaches
// (raised by quotes3, when Lede reached P 1.000, R 1.000, speaker accuracy 1.000 on 87 labels).
const FLOOR = { precision: 0.98, recall: 0.98, speakerAccuracy: 0.97 };

describe('quotes on the labelled development pages', () => {
  const pages = loadLabels().map((file) =>
    scorePage(file.page, ledeQuotes(summarisePage(file.page)), file.quotes),
  );
  const t = totals(pages);

  it('has labels for the English news pages and the reference page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(16);
    expect(t.labels).toBeGreaterThanOrEqual(60);
  });

  it.each([
    ['precision', t.precision, FLOOR.precision],
    ['recall', t.recall, FLOOR.recall],
    ['speaker accuracy', t.speakerAccuracy, FLOOR.speakerAccuracy],
  ])('%s %f ≥ %f', (_name, value, floor) => {
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
