import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.ts';

const split = (t: string) => splitSentences(t).map((r) => t.slice(r.start, r.end));

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Mr. Zhang said so. Then he left.', ['Mr. Zhang said so.', 'Then he left.']],
    ['It grew 3.5% in the U.S. economy. Next.', ['It grew 3.5% in the U.S. economy.', 'Next.']],
    ['“We will,” said Jeff Zhang. “Soon.”', ['“We will,” said Jeff Zhang.', '“Soon.”']],
    ['He said: “Go now.” She went.', ['He said: “Go now.”', 'She went.']],
    ['James T. Bourne wrote it.', ['James T. Bourne wrote it.']],
    ['Apple Inc. said so. Then it left.', ['Apple Inc. said so.', 'Then it left.']],
    [
      'said Jane Smith of Example Corp. “Demand keeps growing,” added Smith.',
      ['said Jane Smith of Example Corp.', '“Demand keeps growing,” added Smith.'],
    ],
    ['He met Dr. “Doc” Brown.', ['He met Dr. “Doc” Brown.']],
    ['Is it? Yes! Fine…', ['Is it?', 'Yes!', 'Fine…']],
    ['It costs $4. it is cheap.', ['It costs $4. it is cheap.']],
    ['他说好。我们走吧。', ['他说好。', '我们走吧。']],
    ['', []],
    ['   ', []],
  ])('%s', (input, expected) => {
    expect(split(input)).toEqual(expected);
  });
});
