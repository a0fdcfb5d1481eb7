import { describe, expect, it } from 'vitest';
import { cardSummary } from '../../../src/core/card-summary.ts';
import { summarise } from '../../../src/core/summarise.ts';
import type { Article } from '../../../src/core/types.ts';

const article = (paragraphs: string[]): Article => ({
  url: 'https://news.example/story',
  canonicalUrl: null,
  title: 'Council approves new library',
  authors: [],
  siteName: null,
  published: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  favicon: null,
  source: 'article',
  readerable: true,
  blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
});

describe('cardSummary', () => {
  it('drops the article text and the blocks past the last one the card points into', () => {
    const filler = Array.from(
      { length: 3_000 },
      (_, i) => `Paragraph ${i} of the archive goes on about the same few things at length.`,
    );
    const s = summarise(
      article([
        'The city council voted on Tuesday to build a new library that will cost 4 million euros.',
        '"It is a great day for readers," the mayor, Anna Berg, said.',
        ...filler,
      ]),
    );
    expect(s.partial).toBe(true);
    const card = cardSummary(s);
    expect('articleText' in card).toBe(false);
    const spans = [
      ...card.keyPoints.map((k) => k.at),
      ...card.quotes.map((q) => q.at),
      ...card.figures.flatMap((f) => f.at),
    ];
    const last = Math.max(...spans.map((a) => a.block));
    expect(card.blocks).toHaveLength(last + 1);
    expect(card.blocks.length).toBeLessThan(s.blocks.length);
    // Every span on the card still reads the same text.
    for (const a of spans) {
      expect(card.blocks[a.block]?.text.slice(a.start, a.end)).toBe(
        s.blocks[a.block]?.text.slice(a.start, a.end),
      );
    }
    expect({ ...card, blocks: [] }).toEqual({ ...s, articleText: undefined, blocks: [] });
  });

  it('keeps no blocks when the card points at none', () => {
    const s = summarise(article(['Ok.']));
    const card = cardSummary({ ...s, keyPoints: [], figures: [], quotes: [] });
    expect(card.blocks).toEqual([]);
  });
});
