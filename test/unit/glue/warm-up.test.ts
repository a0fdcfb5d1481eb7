import { describe, expect, it } from 'vitest';
import { warmUp, warmUpArticle } from '../../../src/background/warm-up.ts';
import { summarise } from '../../../src/core/summarise.ts';

describe('the worker warm-up sample', () => {
  // The warm-up only helps if its sample goes through every step: figures (with a conversion),
  // quotes with a speaker, key points, and the cleaning rules (a pointer, a credit; the bio line
  // goes through the bio rules, which keep it here as it sits among short story paragraphs).
  const summary = summarise(warmUpArticle());

  it('has figures, quotes with a speaker and key points', () => {
    expect(summary.figures.map((f) => f.text)).toEqual(
      expect.arrayContaining(['14 billion yuan ($2bn)', 'three years', '12%']),
    );
    expect(summary.quotes.map((q) => q.speaker)).toEqual(['Jane Smith', 'Jane Smith']);
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
  });

  it('has its furniture lines (a pointer, a credit) cleaned away', () => {
    expect(summary.articleText).not.toMatch(/Read more|Getty/);
  });

  it('runs once per worker, without throwing', () => {
    expect(() => {
      warmUp();
      warmUp();
    }).not.toThrow();
  });
});
