import { describe, expect, it } from 'vitest';
import { cardFigures, keyFirst } from '../../../../src/core/figures/card-figures.ts';
import { toHtml } from '../../../../src/core/format/html.ts';
import { toMarkdown } from '../../../../src/core/format/markdown.ts';
import { toPlainText } from '../../../../src/core/format/plain-text.ts';
import { toTerminalCard } from '../../../../src/core/format/terminal-card.ts';
import type { Figure } from '../../../../src/core/types.ts';
import { fixedSummary } from '../format/summary-fixture.ts';

const figure = (name: string, key: boolean | undefined): Figure => {
  const f: Figure = { ...fixedSummary().figures[0]!, text: name, key: key ?? true };
  if (key === undefined) delete (f as Partial<Figure>).key;
  return f;
};
const names = (fs: Figure[]) => fs.map((f) => f.text);

describe('cardFigures: the key ones up to the limit', () => {
  it.each<[string, Array<[string, boolean | undefined]>, number, string[]]>([
    [
      'only key ones',
      [
        ['a', true],
        ['b', false],
        ['c', true],
      ],
      5,
      ['a', 'c'],
    ],
    [
      'cut to the limit',
      [
        ['a', true],
        ['b', true],
        ['c', true],
      ],
      2,
      ['a', 'b'],
    ],
    [
      'none key: none',
      [
        ['a', false],
        ['b', false],
      ],
      5,
      [],
    ],
    ['limit 0: none', [['a', true]], 0, []],
    // A summary made before `key` existed (a cached card) shows as before.
    [
      'no key mark counts as key',
      [
        ['a', undefined],
        ['b', undefined],
      ],
      5,
      ['a', 'b'],
    ],
  ])('%s', (_name, rows, limit, expected) => {
    expect(
      names(
        cardFigures(
          rows.map(([n, k]) => figure(n, k)),
          limit,
        ),
      ),
    ).toEqual(expected);
  });

  it('keyFirst keeps every figure, the key ones first, each group in order', () => {
    const fs = [figure('a', false), figure('b', true), figure('c', false), figure('d', true)];
    expect(names(keyFirst(fs))).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('the copy formats copy the card’s figures', () => {
  const summary = fixedSummary({
    figures: [figure('KEYFIG', true), figure('DETAILFIG', false)],
  });
  it.each<[string, (s: typeof summary) => string]>([
    ['Markdown', toMarkdown],
    ['plain text', toPlainText],
    ['HTML', toHtml],
    ['terminal', (s) => toTerminalCard(s, { width: 80, color: false })],
  ])('%s', (_name, format) => {
    const out = format(summary);
    expect(out).toContain('KEYFIG');
    expect(out).not.toContain('DETAILFIG');
  });

  it('no key figure: no figures heading', () => {
    const out = toMarkdown(fixedSummary({ figures: [figure('DETAILFIG', false)] }));
    expect(out).not.toContain('Key figures');
  });
});
