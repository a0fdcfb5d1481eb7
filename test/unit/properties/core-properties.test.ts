import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/core/extract/article-from-text.ts';
import { summarise } from '../../../src/core/summarise.ts';
import type { Article, Block, BlockKind, Summary } from '../../../src/core/types.ts';

/**
 * Property tests over the pure core: for arbitrary text and arbitrary block lists it never
 * throws, never loops (each run is bounded by the test timeout), and everything it shows is
 * taken from its input: every figure form and every quote is a substring of the article, and
 * every span points at the text it claims.
 */

// Text that looks like news often enough to exercise figures and quotes: words, numbers,
// currencies, quote marks of several languages, punctuation and odd Unicode.
const newsToken = fc.oneof(
  fc.constantFrom(
    'said',
    'Zhang',
    'Jeff',
    'Mr.',
    'the',
    'president',
    'of',
    'Alibaba',
    'according',
    'to',
    'added',
    'told',
    'Reuters',
    'billion',
    'million',
    'yuan',
    'percent',
    'years',
    'three',
    'a third',
    'one in five',
    'Covid-19',
    '2020',
    '9:30am',
    'Section 230',
  ),
  fc.constantFrom(
    '$28.2bn',
    '200',
    '1,234.5',
    '1.234,5',
    '3,5 Mrd. €',
    '12%',
    '£1.5m',
    '€3 million',
    'US$4',
    '40,000',
    '°C',
    'km',
    '-',
    '–',
    '(',
    ')',
    ',',
  ),
  fc.constantFrom(
    '“',
    '”',
    '"',
    "'",
    '‘',
    '’',
    '„',
    '“',
    '«',
    '»',
    '‹',
    '›',
    '「',
    '」',
    '.',
    '!',
    '?',
    ':',
    ';',
    '…',
    '\n',
    '\n\n',
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const newsText = fc.array(newsToken, { maxLength: 120 }).map((t) => t.join(' '));
const kinds: BlockKind[] = [
  'paragraph',
  'heading',
  'quote',
  'list-item',
  'caption',
  'preformatted',
];
const block: fc.Arbitrary<Block> = fc.record({ kind: fc.constantFrom(...kinds), text: newsText });
const article: fc.Arbitrary<Article> = fc.record({
  url: fc.constant(null),
  canonicalUrl: fc.constant(null),
  title: newsText,
  authors: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
  siteName: fc.option(fc.string({ maxLength: 20 })),
  published: fc.constant(null),
  lang: fc.constantFrom(null, 'en', 'de', 'fr', 'es', 'pt', 'cs', 'zh', 'ar'),
  dir: fc.constantFrom(null, 'ltr' as const, 'rtl' as const),
  excerpt: fc.constant(null),
  favicon: fc.constant(null),
  blocks: fc.array(block, { maxLength: 12 }),
  source: fc.constant('article' as const),
  readerable: fc.boolean(),
});

function checkTraceable(s: Summary): void {
  const text = (span: { block: number; start: number; end: number }) =>
    s.blocks[span.block]?.text.slice(span.start, span.end);
  for (const k of s.keyPoints) {
    expect(s.articleText).toContain(text(k.at));
    expect(k.text.startsWith(text(k.at) ?? '\u0000') || (text(k.at) ?? '').length === 0).toBe(true);
  }
  for (const f of s.figures) {
    expect(f.forms.length).toBeGreaterThan(0);
    for (const form of f.forms) expect(s.articleText).toContain(form);
    for (const at of f.at) expect(f.forms).toContain(text(at));
  }
  for (const q of s.quotes) {
    // A split or multi-paragraph quote joins verbatim pieces: each piece is in the article.
    expect(s.articleText).toContain(text(q.at));
    expect(q.text.length).toBeGreaterThan(0);
  }
}

describe('core properties', () => {
  it('summarise never throws and only returns text taken from the article (arbitrary blocks)', () => {
    fc.assert(
      fc.property(article, (a) => {
        const s = summarise(a, { length: 'long' });
        checkTraceable(s);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('articleFromText + summarise never throws on arbitrary text', () => {
    fc.assert(
      fc.property(newsText, (t) => {
        checkTraceable(summarise(articleFromText(t, null)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a 50,000-word text is summarised in bounded time', () => {
    const para =
      'The council said 40,000 jobs were at risk. “We will act,” said Jane Roe, the mayor. ';
    const t0 = performance.now();
    const s = summarise(
      articleFromText(Array.from({ length: 2500 }, () => para).join('\n\n'), null),
    );
    const ms = performance.now() - t0;
    expect(s.keyPoints.length).toBeGreaterThan(0);
    // Past the analysis budget: the card says it covers the first part.
    expect(s.partial).toBe(true);
    // A loose bound against pathological (quadratic or worse) behaviour, not a speed target:
    // speed is measured by `npm run bench`.
    expect(ms).toBeLessThan(10_000);
  }, 30_000);
});
