import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../../src/core/figures/find-figures.ts';
import { makeDoc } from '../../../../src/core/text/doc.ts';
import type { Block } from '../../../../src/core/types.ts';

// Pieces that make numbers, units, names, dates and furniture meet in every order.
const PIECES = [
  'The',
  'firm',
  'said',
  'about',
  'more than',
  'nearly',
  'between',
  'and',
  'to',
  'or',
  'of',
  '$28.2bn',
  '200 billion yuan',
  '($28.2bn)',
  '£1.5m',
  '€3',
  'million',
  'US$4',
  '12%',
  'percent',
  '40,000',
  'jobs',
  'people',
  'three',
  'years',
  'two-thirds',
  'a third',
  'half',
  'a dozen',
  'one in five',
  '6 ½',
  'minutes',
  '190 km',
  '(118 miles)',
  '35°C',
  'Covid-19',
  'Xbox One X',
  'Section 230',
  'Windows 10',
  '9:30am',
  'in 2019',
  'March 3,',
  '1. Finland 2. Norway',
  '[3]',
  '(555) 123-4567',
  '1.234,5',
  '3,5 Mrd. €',
  '2 209',
  '10^5',
  '24/7',
  'the',
  'two',
  'sides',
  '-',
  '–',
  '(',
  ')',
  ',',
  '.',
  ';',
  '"',
  '“',
  '”',
  '’',
  'à',
  'é',
  '—',
  '\u00A0',
  '4K',
  '1080p',
];

const sentence = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 })
  .map((words) => words.join(' '));

describe('every figure points back at its own text', () => {
  it('text, forms and spans are verbatim substrings of the blocks', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('en', 'de', 'fr', 'es', 'cs', null),
        (texts, lang) => {
          const blocks: Block[] = texts.map((text) => ({ kind: 'paragraph', text }));
          const figures = findFigures(makeDoc(texts[0] ?? '', blocks, lang));
          for (const f of figures) {
            const first = f.at[0];
            expect(first).toBeDefined();
            if (!first) continue;
            // The figure's text is exactly what its first span points at.
            expect(blocks[first.block]?.text.slice(first.start, first.end)).toBe(f.text);
            for (const s of f.at) {
              const text = blocks[s.block]?.text ?? '';
              expect(s.start).toBeGreaterThanOrEqual(0);
              expect(s.end).toBeLessThanOrEqual(text.length);
              expect(s.start).toBeLessThan(s.end);
            }
            // Every form is written somewhere in the article.
            for (const form of f.forms) expect(texts.some((t) => t.includes(form))).toBe(true);
            expect(f.value === null || Number.isFinite(f.value)).toBe(true);
            expect(Number.isFinite(f.score)).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.FIGURE_RUNS ?? 300) },
    );
  }, 120_000);
});
