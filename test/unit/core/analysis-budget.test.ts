import { describe, expect, it } from 'vitest';
import { ANALYSIS_CHAR_BUDGET, withinBudget } from '../../../src/core/analysis-budget.ts';
import { articleFromText } from '../../../src/core/extract/article-from-text.ts';
import { summarise } from '../../../src/core/summarise.ts';
import type { Block } from '../../../src/core/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', text });

describe('withinBudget', () => {
  it('keeps every block of an article under the budget', () => {
    const blocks = [para('One two.'), para('Three four.')];
    expect(withinBudget(blocks, 100)).toEqual({ blocks, partial: false });
  });

  it('drops the blocks past the budget and says so', () => {
    const blocks = [para('a'.repeat(40)), para('b'.repeat(40)), para('c'.repeat(40))];
    const out = withinBudget(blocks, 80);
    expect(out.partial).toBe(true);
    expect(out.blocks).toEqual(blocks.slice(0, 2));
  });

  it('cuts a block that runs past the budget at a word boundary', () => {
    const out = withinBudget([para('Short one. And then a much longer sentence follows.')], 30);
    expect(out).toEqual({ blocks: [para('Short one. And then a much')], partial: true });
  });

  it('keeps nothing of an unbroken run of letters past the budget rather than cut a word', () => {
    expect(withinBudget([para('x'.repeat(50))], 10)).toEqual({ blocks: [], partial: true });
  });
});

describe('summarise on a very long article', () => {
  // A 190,000-character live blog: the same 600-character update, with its own numbers.
  const updates = Array.from(
    { length: 1000 },
    (_, i) =>
      `Update ${i + 1}: the council said ${i + 10} homes were flooded overnight and ${i + 2} roads closed. "We are doing all we can," said Jane Smith, the council leader. Crews worked through the night.`,
  );
  const summary = summarise(articleFromText(`Floods live\n\n${updates.join('\n\n')}`, null));

  it('is partial, and keeps the whole article text', () => {
    expect(summary.partial).toBe(true);
    expect(summary.articleText.length).toBeGreaterThan(ANALYSIS_CHAR_BUDGET);
    expect(summary.articleText).toContain('Update 1000:');
  });

  it('takes figures and quotes only from the part it read', () => {
    let read = 0;
    let lastBlock = 0;
    for (const [i, b] of summary.blocks.entries()) {
      read += b.text.length;
      if (read > ANALYSIS_CHAR_BUDGET) break;
      lastBlock = i;
    }
    expect(summary.figures.length).toBeGreaterThan(0);
    for (const f of summary.figures)
      for (const at of f.at) expect(at.block).toBeLessThanOrEqual(lastBlock + 1);
    for (const q of summary.quotes) expect(q.at.block).toBeLessThanOrEqual(lastBlock + 1);
    expect(summary.quotes.length).toBeGreaterThan(0);
  });

  it('a short article is not partial', () => {
    expect(summarise(articleFromText('Title\n\nOne paragraph of text.', null)).partial).toBe(false);
  });
});
