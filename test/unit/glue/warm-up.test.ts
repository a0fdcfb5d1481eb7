import { describe, expect, it } from 'vitest';
import { warmUpArticle, warmUpParts, warmUpWhile } from '../../../src/background/warm-up.ts';
import { summarise } from '../../../src/core/summarise.ts';

describe('the worker warm-up sample', () => {
  // The warm-up only helps if its sample goes through every step: figures (with a conversion),
  // quotes with a speaker and role, key points, and the cleaning rules (a pointer, a credit).
  const summary = summarise(warmUpArticle());

  it('has figures, quotes with a speaker and role, and key points', () => {
    expect(summary.figures.map((f) => f.text)).toEqual(
      expect.arrayContaining(['£1.2bn ($1.5bn)', '4.5%', 'more than 1,500 jobs']),
    );
    expect(summary.quotes.map((q) => q.speaker)).toEqual(
      expect.arrayContaining(['Maria Okafor', 'Tom Brennan']),
    );
    expect(summary.quotes.find((q) => q.speaker === 'Maria Okafor')?.role).toMatch(
      /head of transport/,
    );
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
  });

  it('has its furniture lines (a pointer, a credit) cleaned away', () => {
    expect(summary.articleText).toMatch(/tram/);
    expect(summary.articleText).not.toMatch(/Read more|Photo:/);
  });

  it('is cut into parts that each carry the headline and some of the story', () => {
    const parts = warmUpParts();
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.title).toMatch(/tram line/);
      expect(() => summarise(part)).not.toThrow();
    }
  });

  it('stops once the reading is in, and carries on from there the next time', async () => {
    const parts = warmUpParts().length;
    // Already settled: only the part under way when the settling is seen.
    const first = await warmUpWhile(Promise.resolve('reading'));
    expect(first).toBe(1);
    // Pending all along: every remaining part runs, then it stops by itself.
    let settle: (v: unknown) => void = () => undefined;
    const pending = new Promise((resolve) => {
      settle = resolve;
    });
    expect(await warmUpWhile(pending)).toBe(parts - first);
    // Nothing left: returns at once although the reading is still pending.
    expect(await warmUpWhile(pending)).toBe(0);
    settle('reading');
  });
});
