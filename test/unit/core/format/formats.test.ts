import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../src/core/format/format-date.ts';
import { escapeMarkdown, toMarkdown } from '../../../../src/core/format/markdown.ts';
import { toPlainText } from '../../../../src/core/format/plain-text.ts';
import { toTerminalCard, wrap } from '../../../../src/core/format/terminal-card.ts';
import { fixedSummary } from './summary-fixture.ts';

describe('formatDate', () => {
  it.each([
    ['2020-04-20T09:12:00+01:00', '20 Apr 2020'],
    ['2020-04-20T23:59:00-08:00', '20 Apr 2020'], // the page's calendar date, not the reader's
    ['2019-12-01', '1 Dec 2019'],
    ['April 20, 2020', null],
    [null, null],
    ['2020-13-01', null],
  ])('%s -> %s', (input, expected) => expect(formatDate(input)).toBe(expected));
});

describe('toMarkdown', () => {
  it('links the title, gives the source line, points, figures and quotes', () => {
    expect(toMarkdown(fixedSummary())).toBe(
      [
        '## [Alibaba Cloud to invest $28bn](https://cloudtech.example/news/story/)',
        '',
        '*CloudTech News · James Bourne · 20 Apr 2020*',
        '',
        '**Key points**',
        '',
        '- Alibaba Cloud is to invest 200 billion yuan.',
        '',
        '**Key figures**',
        '',
        '- **200 billion yuan ($28.2bn)**: investment in cloud infrastructure',
        '',
        '**Quotes**',
        '',
        '> “We hope to help”',
        '> — Jeff Zhang, president of Alibaba Cloud Intelligence',
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty sections and says Unattributed for unknown speakers', () => {
    const md = toMarkdown(
      fixedSummary({
        figures: [],
        url: null,
        quotes: [{ ...fixedSummary().quotes[0]!, speaker: null, role: null }],
      }),
    );
    expect(md).not.toContain('Key figures');
    expect(md.startsWith('## Alibaba Cloud')).toBe(true);
    expect(md).toContain('> — Unattributed');
  });

  it.each([
    ['*bold* [link](x)', '\\*bold\\* \\[link\\](x)'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
  ])('escapes %s', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

  it('keeps a URL with brackets from breaking the link', () => {
    expect(toMarkdown(fixedSummary({ url: 'https://x.test/a (b)' }))).toContain(
      '(https://x.test/a%20%28b%29)',
    );
  });
});

describe('toPlainText', () => {
  it('has the title, source, URL and sections', () => {
    const text = toPlainText(fixedSummary());
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Alibaba Cloud to invest $28bn',
      'CloudTech News · James Bourne · 20 Apr 2020',
      'https://cloudtech.example/news/story/',
    ]);
    expect(text).toContain(
      '“We hope to help” — Jeff Zhang, president of Alibaba Cloud Intelligence',
    );
  });
});

describe('toTerminalCard', () => {
  it('strips terminal escape sequences and bidi overrides from page text', () => {
    const card = toTerminalCard(fixedSummary({ title: 'Evil\u001b[2J title \u202eesrever' }), {
      width: 80,
      color: false,
    });
    expect(card).not.toContain('\u001b');
    expect(card).not.toContain('\u202e');
  });

  it('says so when there is nothing to show', () => {
    expect(
      toTerminalCard(fixedSummary({ keyPoints: [], figures: [], quotes: [] }), {
        width: 80,
        color: false,
      }),
    ).toContain('Nothing to summarise');
  });

  it.each([
    ['one two three four', 9, ['one two', 'three', 'four']],
    ['', 10, ['']],
    ['averyveryverylongword x', 5, ['averyveryverylongword', 'x']],
  ])('wrap(%j, %i)', (text, width, lines) => expect(wrap(text, width)).toEqual(lines));
});
