import { describe, expect, it } from 'vitest';
import { rankFigures } from '../../../../src/core/figures/find-figures.ts';
import { makeDoc } from '../../../../src/core/text/doc.ts';

/**
 * figures15's ranking rule, from the card errors that recurred over the pool of blind sets 14
 * and 15: each row an invented passage of the kind that rule is for, and a cross-negative (a
 * near miss the rule must leave as it was).
 */

/** Whether the ranking weighs the figure written `text` as a hedged estimate. */
function hedgedOf(sentence: string, text: string): boolean | undefined {
  const doc = makeDoc('', [{ kind: 'paragraph', text: sentence }], 'en');
  return rankFigures(doc).find((r) => r.figure.text === text)?.evidence.hedged;
}

describe('figures15: a hedge that makes the amount small earns no estimate bonus', () => {
  it.each<[string, string, boolean]>([
    // Minimizers: the writer's aside about a small amount (deadspin, voiceofamerica).
    ['He has pitched in just 73 games since the trade.', 'just 73 games', false],
    ['The campaign has spent less than $21 million on ads.', 'less than $21 million', false],
    ['Fewer than 10 staff remain at the plant.', 'Fewer than 10 staff', false],
    ['Half have household incomes under $25,000 a year.', 'under $25,000', false],
    // Cross-negatives: estimates that stress the amount keep it.
    ['More than 200 people were evacuated.', 'More than 200 people', true],
    ['The deal is worth at least $1bn to the firm.', 'at least $1bn', true],
    ['Just over 30 seconds later, shots were heard.', 'Just over 30 seconds', true],
    ['Nearly 40 homes were damaged.', 'Nearly 40 homes', true],
    ['The county recorded 12 deaths.', '12 deaths', false],
  ])('%s', (sentence, text, hedged) => {
    expect(hedgedOf(sentence, text)).toBe(hedged);
  });
});

/** Whether the ranking reads the figure written `text` as a specification (never key). */
function specOf(sentence: string, text: string): boolean | undefined {
  const doc = makeDoc('', [{ kind: 'paragraph', text: sentence }], 'en');
  return rankFigures(doc).find((r) => r.figure.text === text)?.evidence.spec;
}

describe("figures15: a document's length hyphened onto it is a specification", () => {
  it.each<[string, string, boolean]>([
    ['To read the 70-page TNO report, follow the link.', '70-page', true],
    ['Justice Thomas wrote in a 91-page dissent that the law stood.', '91-page', true],
    ['It provided a 15-page breakdown of sitcom formats.', '15-page', true],
    // Cross-negatives: pages counted plainly, another compound.
    ['The report ran to 70 pages and named no one.', '70 pages', false],
    ['The agency signed a 70-year lease on the site.', '70-year', false],
  ])('%s', (sentence, text, spec) => {
    expect(specOf(sentence, text)).toBe(spec);
  });
});
