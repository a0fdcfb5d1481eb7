import { describe, expect, it } from 'vitest';
import { locatePassage, type TextPiece } from '../../../../src/core/highlight/locate-passage.ts';

/** The located text, read back from the pieces the way a DOM Range would. */
function readBack(pieces: TextPiece[], passage: string, context?: string): string | null {
  const r = locatePassage(pieces, passage, context);
  if (!r) return null;
  let out = '';
  for (let p = r.start.piece; p <= r.end.piece; p++) {
    const text = (pieces[p] as TextPiece).text;
    const from = p === r.start.piece ? r.start.offset : 0;
    const to = p === r.end.piece ? r.end.offset : text.length;
    out += text.slice(from, to);
  }
  return `${r.match}:${out}`;
}

const P = (...texts: (string | [string, 'break'])[]): TextPiece[] =>
  texts.map((t) => (typeof t === 'string' ? { text: t } : { text: t[0], breakBefore: true }));

describe('locatePassage', () => {
  it.each<[string, TextPiece[], string, string | undefined, string | null]>([
    [
      'one text node',
      P('Before. The passage is here. After.'),
      'The passage is here.',
      undefined,
      'exact:The passage is here.',
    ],
    [
      'across inline elements',
      P('Alibaba ', 'Cloud', ' is to invest'),
      'Cloud is to invest',
      undefined,
      'exact:Cloud is to invest',
    ],
    [
      'page white space and line breaks',
      P('It will\n   invest\u00a0200 billion'),
      'It will invest 200 billion',
      undefined,
      'exact:It will\n   invest\u00a0200 billion',
    ],
    [
      'curly and straight quotes',
      P('“We hope so,” he said.'),
      '"We hope so," he said.',
      undefined,
      'exact:“We hope so,” he said.',
    ],
    [
      'soft hyphens inserted by a hyphenation script',
      P('in\u00adfra\u00adstruc\u00adture spend'),
      'infrastructure spend',
      undefined,
      'exact:in\u00adfra\u00adstruc\u00adture spend',
    ],
    [
      'an ellipsis written as one character',
      P('Wait… then go.'),
      'Wait... then go.',
      undefined,
      'exact:Wait… then go.',
    ],
    [
      'en dash against hyphen',
      P('from 2019–2020 on'),
      'from 2019-2020 on',
      undefined,
      'exact:from 2019–2020 on',
    ],
    [
      'blocks with no space between their text nodes',
      P('End of one.', ['Start of two.', 'break']),
      'one. Start',
      undefined,
      'exact:one.Start',
    ],
    [
      'without the block break the words would run together',
      P('End of one.', 'Start of two.'),
      'one. Start',
      undefined,
      null,
    ],
    [
      'a second copy inside the right paragraph wins',
      P('Pull quote: We will win. ', ['Intro. We will win. Outro.', 'break']),
      'We will win.',
      'Intro. We will win. Outro.',
      'exact:We will win.',
    ],
    [
      'without context the first copy is taken',
      P('Pull quote: We will win. ', ['Intro. We will win. Outro.', 'break']),
      'We will win.',
      undefined,
      'exact:We will win.',
    ],
    [
      'the beginning when a word changed later on',
      P('The company said on Monday it would invest heavily in new data centres.'),
      'The company said on Monday it would invest massively in new data centres.',
      undefined,
      'partial:The company said on Monday it would invest',
    ],
    [
      'a short passage is never matched by its beginning',
      P('One two three four.'),
      'One two three five.',
      undefined,
      null,
    ],
    ['not on the page', P('Something else entirely.'), 'The passage is here.', undefined, null],
    ['empty passage', P('Text.'), '   ', undefined, null],
    [
      'case matters (a heading in capitals is another text)',
      P('THE PASSAGE IS HERE.'),
      'The passage is here.',
      undefined,
      null,
    ],
    [
      'right-to-left text',
      P('قال المتحدث ', 'إن الشركة ستستثمر'),
      'المتحدث إن الشركة',
      undefined,
      'exact:المتحدث إن الشركة',
    ],
  ])('%s', (_name, pieces, passage, context, expected) =>
    expect(readBack(pieces, passage, context)).toBe(expected),
  );

  it('gives piece indexes and offsets a DOM Range can take', () => {
    expect(locatePassage(P('Alibaba ', 'Cloud', ' is to invest'), 'Cloud is to invest')).toEqual({
      start: { piece: 1, offset: 0 },
      end: { piece: 2, offset: 13 },
      match: 'exact',
    });
  });

  it('stays linear on a long page (1 MB of text, far more than any article, in under 500 ms)', () => {
    const para = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
    const pieces = Array.from({ length: 17_000 }, (_, i) => ({
      text: `${para}${i}. `,
      breakBefore: i % 5 === 0,
    }));
    const t0 = performance.now();
    const r = locatePassage(pieces, 'adipiscing elit. 16999.');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r?.start.piece).toBe(16_999);
  });
});
