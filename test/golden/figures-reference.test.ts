import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../src/cli/summarise-input.ts';
import { summarise } from '../../src/core/summarise.ts';

// The reference page: its card must show the 200 billion yuan ($28.2bn) investment and its
// three-year span among the first figures, never "19" from Covid-19, nothing from the sidebar
// ($10bn, 93%) or the newsletter box (40,000).
const html = readFileSync(join(import.meta.dirname, '../fixtures/alibaba-cloud-investment.html'));
const summary = summarise(articleFromHtml(html, null));
// The card: the key figures, up to five.
const card = summary.figures.filter((f) => f.key).slice(0, 5);
const texts = summary.figures.flatMap((f) => [f.text, ...f.forms]);

describe('reference page figures', () => {
  it('puts the investment first, with both forms merged', () => {
    const first = summary.figures[0];
    expect(first?.text).toContain('200 billion yuan ($28.2bn)');
    expect(first?.value).toBe(200e9);
    expect(first?.unit).toBe('CNY');
    expect(first?.forms).toEqual(['200 billion yuan', '$28.2bn']);
  });

  it('puts both on the card, and nothing else (the article has no other figure)', () => {
    expect(card.map((f) => f.text)).toEqual(['200 billion yuan ($28.2bn)', 'three years']);
  });

  it('shows the three-year span on the card', () => {
    const span = card.find((f) => f.text === 'three years');
    expect(span?.value).toBe(3);
    expect(span?.unit).toBe('years');
  });

  it('says what the investment measures, from its own sentence', () => {
    const context = summary.figures[0]?.context ?? '';
    expect(context).toContain('cloud infrastructure');
    expect(context.length).toBeLessThan(summary.blocks[0]?.text.length ?? 0);
  });

  it.each(['19', '$10bn', '10bn', '93%', '40,000'])('never reports %s', (text) => {
    expect(texts.some((t) => t.includes(text))).toBe(false);
  });

  it('points every figure back at the article text', () => {
    for (const f of summary.figures) {
      const at = f.at[0];
      expect(at && summary.blocks[at.block]?.text.slice(at.start, at.end)).toBe(f.text);
    }
  });
});
