import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../src/cli/summarise-input.ts';
import { summarise } from '../../src/core/summarise.ts';

// The reference page: both Jeff Zhang quotes first, attributed to "Jeff Zhang" with his role
// (the second says only "added Zhang"); nothing from the sidebar, newsletter or comments.
const html = readFileSync(join(import.meta.dirname, '../fixtures/alibaba-cloud-investment.html'));
const summary = summarise(
  articleFromHtml(
    html,
    'https://cloudtech.example/news/2020/apr/20/alibaba-cloud-invest-28bn-infrastructure/',
  ),
);

describe('quotes on the reference page', () => {
  it('puts the two Jeff Zhang quotes first, with his full name and role', () => {
    const [first, second] = summary.quotes;
    expect(first).toMatchObject({
      speaker: 'Jeff Zhang',
      role: 'president of Alibaba Cloud Intelligence',
      partial: false,
    });
    expect(first?.text).toMatch(/^By increasing our investment on cloud infrastructure/);
    expect(second).toMatchObject({
      speaker: 'Jeff Zhang',
      role: 'president of Alibaba Cloud Intelligence',
      partial: false,
    });
    expect(second?.text).toMatch(/^The Covid-19 pandemic has posed additional stress/);
  });

  it('points each quote at its words in the cleaned blocks', () => {
    for (const q of summary.quotes) {
      const block = summary.blocks[q.at.block]!;
      expect(q.text.startsWith(block.text.slice(q.at.start, q.at.end))).toBe(true);
    }
  });

  it('takes nothing from the sidebar, the newsletter box or the comments', () => {
    for (const q of summary.quotes) {
      expect(q.text).not.toMatch(/\$10bn|93%|40,000|newsletter|subscribe/i);
    }
  });

  it('keeps the unattributed fragment last, as a partial quote without speaker', () => {
    const last = summary.quotes[summary.quotes.length - 1];
    expect(summary.quotes).toHaveLength(3);
    expect(last).toMatchObject({ speaker: null, role: null, partial: true });
    expect(last?.text).toMatch(/^facilitate continued communication/);
  });
});
