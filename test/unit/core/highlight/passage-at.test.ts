import { describe, expect, it } from 'vitest';
import { passageAt } from '../../../../src/core/highlight/passage-at.ts';
import type { Block, Span } from '../../../../src/core/types.ts';

const blocks: Block[] = [
  { kind: 'paragraph', text: 'It will invest 200 billion yuan. Shares rose 3% on the news.' },
  { kind: 'quote', text: '“We hope to help,” said Jeff Zhang. He smiled.' },
];

describe('passageAt', () => {
  it.each<[string, Span, string | null]>([
    [
      'a figure widens to its sentence',
      { block: 0, start: 15, end: 31 },
      'It will invest 200 billion yuan.',
    ],
    [
      'a figure in the second sentence',
      { block: 0, start: 45, end: 47 },
      'Shares rose 3% on the news.',
    ],
    [
      'a key point already a sentence',
      { block: 0, start: 0, end: 32 },
      'It will invest 200 billion yuan.',
    ],
    ['a span over two sentences keeps both', { block: 0, start: 20, end: 40 }, blocks[0]!.text],
    [
      'a quotation widens to its sentence',
      { block: 1, start: 1, end: 16 },
      '“We hope to help,” said Jeff Zhang.',
    ],
    ['an empty span at a word', { block: 1, start: 40, end: 40 }, 'He smiled.'],
    ['a block that is not there', { block: 7, start: 0, end: 3 }, null],
    ['offsets past the end are clamped', { block: 1, start: 40, end: 900 }, 'He smiled.'],
  ])('%s', (_name, span, expected) => expect(passageAt(blocks, span)?.text ?? null).toBe(expected));

  it('gives the whole block as context', () => {
    expect(passageAt(blocks, { block: 1, start: 1, end: 5 })?.context).toBe(blocks[1]!.text);
  });
});
