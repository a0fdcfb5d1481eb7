// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/browser/settings.ts';
import type { Figure, Quote, Summary } from '../../../src/core/types.ts';
import { Card, type CardProps } from '../../../src/popup/Card.tsx';
import { fixedSummary } from '../core/format/summary-fixture.ts';
import { click, mount, texts } from './render.ts';

function card(summary: Summary, over: Partial<CardProps> = {}): HTMLElement {
  return mount(
    <Card
      summary={summary}
      settings={DEFAULT_SETTINGS}
      favicon={null}
      onCopy={vi.fn(async () => undefined)}
      onCopyQuote={vi.fn(async () => undefined)}
      onReveal={vi.fn(async () => 'shown' as const)}
      onOpenOptions={vi.fn()}
      {...over}
    />,
  );
}

const quote = (i: number): Quote => ({
  text: `Quote number ${i}`,
  speaker: `Speaker ${i}`,
  role: null,
  partial: false,
  at: { block: 1, start: 0, end: 5 },
  score: 40 - i,
});

describe('the card from fixed summaries', () => {
  it('has the header: site, title, byline, date and both reading times', () => {
    const root = card(fixedSummary());
    expect(root.querySelector('.site')?.textContent).toBe('CloudTech News');
    expect(root.querySelector('.monogram')?.textContent).toBe('C');
    expect(root.querySelector('h1')?.textContent).toBe('Alibaba Cloud to invest $28bn');
    expect(root.querySelector('.reading')?.textContent).toBe('1 min read → 5 s');
    expect(root.querySelector('.meta')?.textContent).toBe(
      'James Bourne · 20 Apr 2020 · 1 min read → 5 s1 minute read; this card takes 5 s to read',
    );
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2020-04-20');
  });

  it.each<[string, Partial<Summary>, (root: HTMLElement) => void]>([
    [
      'a very long title stays whole in the text (the style clamps it to five lines)',
      { title: `${'Very long title '.repeat(700)}end` },
      (root) => {
        expect(root.querySelector('h1')?.textContent?.length).toBe(11_203);
        expect(root.querySelector('h1')?.getAttribute('dir')).toBe('auto');
      },
    ],
    [
      'no byline: the meta line starts with the date',
      { byline: null, authors: [] },
      (root) => {
        expect(root.querySelector('.byline')).toBeNull();
        expect(root.querySelector('.meta')?.textContent).toMatch(/^20 Apr 2020 · /);
      },
    ],
    [
      'no date and no byline: only the reading times',
      { byline: null, published: null },
      (root) => expect(root.querySelector('.meta')?.textContent).toMatch(/^1 min read → 5 s/),
    ],
    [
      'no figures: no figures section',
      { figures: [] },
      (root) => {
        expect(root.querySelector('.figures')).toBeNull();
        expect(texts(root, 'h2')).toEqual(['Key points (1)', 'Quotes (1)']);
      },
    ],
    [
      'no quotes: no quotes section',
      { quotes: [] },
      (root) => expect(texts(root, 'h2')).toEqual(['Key points (1)', 'Key figures (1)']),
    ],
    [
      'nothing at all: says so',
      { keyPoints: [], figures: [], quotes: [] },
      (root) =>
        expect(root.querySelector('.note')?.textContent).toBe(
          'Lede found no key points, figures or quotes in this text.',
        ),
    ],
    [
      'right-to-left text: lists take the article direction and language',
      { dir: 'rtl', lang: 'ar', title: 'الشركة تستثمر' },
      (root) => {
        expect(root.querySelector('.points')?.getAttribute('dir')).toBe('rtl');
        expect(root.querySelector('.points')?.getAttribute('lang')).toBe('ar');
        expect(root.querySelector('.quotes blockquote')?.getAttribute('dir')).toBe('rtl');
        expect(root.querySelector('h1')?.getAttribute('lang')).toBe('ar');
      },
    ],
    [
      'unknown direction: lists are isolated with dir=auto',
      { dir: null, lang: null },
      (root) => expect(root.querySelector('.points')?.getAttribute('dir')).toBe('auto'),
    ],
    [
      'no site name: the URL host names the site',
      { siteName: null, url: 'https://www.example.org/a' },
      (root) => expect(root.querySelector('.site')?.textContent).toBe('example.org'),
    ],
    [
      'a selection: says the card is of the selection',
      { source: 'selection' },
      (root) => expect(texts(root, '.note')).toContain('Summary of your selection'),
    ],
    [
      'a quote with no speaker: Unattributed',
      { quotes: [{ ...quote(1), speaker: null }] },
      (root) => expect(root.querySelector('.speaker')?.textContent).toBe('Unattributed'),
    ],
  ])('%s', (_name, over, check) => check(card(fixedSummary(over))));

  it('40 quotes: shows three at medium, then all 40 on request', async () => {
    const root = card(fixedSummary({ quotes: Array.from({ length: 40 }, (_, i) => quote(i)) }));
    expect(root.querySelectorAll('.quotes > li')).toHaveLength(3);
    expect(texts(root, 'h2')).toContain('Quotes (40)');
    const more = root.querySelector('button.more');
    expect(more?.textContent).toBe('Show all 40');
    await click(more);
    expect(root.querySelectorAll('.quotes > li')).toHaveLength(40);
    expect(root.querySelector('button.more')?.textContent).toBe('Show fewer');
    expect(root.querySelector('button.more')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('page text only ever becomes text: markup and scripts in every field stay characters', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const root = card(
      fixedSummary({
        title: evil,
        byline: evil,
        siteName: evil,
        keyPoints: [{ text: evil, at: { block: 0, start: 0, end: 1 } }],
        figures: [{ ...fixedSummary().figures[0]!, text: evil, context: evil }],
        quotes: [{ ...quote(1), text: evil, speaker: evil, role: evil }],
      }),
    );
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.querySelector('h1')?.textContent).toBe(evil);
    expect(root.querySelector('.speaker')?.textContent).toBe(`${evil}, ${evil}`);
  });

  it('hides sections and cuts lists as the settings say', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      sections: {
        keyPoints: { show: false, length: 'medium' },
        figures: { show: true, length: 'short' },
        quotes: { show: false, length: 'long' },
      },
    };
    const figures = Array.from({ length: 6 }, (_, i) => ({
      ...fixedSummary().figures[0]!,
      text: `figure ${i}`,
    }));
    const root = card(fixedSummary({ figures }), { settings });
    expect(texts(root, 'h2')).toEqual(['Key figures (6)']);
    expect(texts(root, '.figures .value')).toEqual(['figure 0', 'figure 1', 'figure 2']);
  });

  // The card shows the key figures up to its length and no other; "Show all" lists them all.
  const figure = (i: number, key: boolean): Figure => ({
    ...fixedSummary().figures[0]!,
    text: `figure ${i}`,
    key,
  });
  const withKeys = (keys: boolean[]) => keys.map((k, i) => figure(i, k));

  it.each<[string, boolean[], Settings['sections']['figures']['length'], string[]]>([
    [
      'two key of six: only those two',
      [true, true, false, false, false, false],
      'medium',
      ['figure 0', 'figure 1'],
    ],
    [
      'six key at medium: the first five',
      [true, true, true, true, true, true],
      'medium',
      ['figure 0', 'figure 1', 'figure 2', 'figure 3', 'figure 4'],
    ],
    [
      'four key at short: the first three',
      [true, true, true, true, false],
      'short',
      ['figure 0', 'figure 1', 'figure 2'],
    ],
    ['none key: none on the card', [false, false, false], 'medium', []],
    ['a key one after a non-key one: still on the card', [false, true], 'medium', ['figure 1']],
  ])('figures: %s', (_name, keys, length, shown) => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      sections: { ...DEFAULT_SETTINGS.sections, figures: { show: true, length } },
    };
    const root = card(fixedSummary({ figures: withKeys(keys) }), { settings });
    expect(texts(root, '.figures .value')).toEqual(shown);
    expect(texts(root, 'h2')).toContain(`Key figures (${keys.length})`);
  });

  it('"Show all" reveals every figure, the key ones first', async () => {
    const root = card(fixedSummary({ figures: withKeys([false, true, false, true]) }));
    expect(texts(root, '.figures .value')).toEqual(['figure 1', 'figure 3']);
    const more = root.querySelector('.figures + button.more');
    expect(more?.textContent).toBe('Show all 4');
    await click(more);
    expect(texts(root, '.figures .value')).toEqual([
      'figure 1',
      'figure 3',
      'figure 0',
      'figure 2',
    ]);
  });

  it('the card reading time counts only the figures on the card', () => {
    const long = 'a context of many words '.repeat(20);
    const hidden = { ...figure(9, false), context: long };
    const a = card(fixedSummary({ figures: [figure(0, true)] }));
    const timeA = a.querySelector('.reading')?.textContent;
    const b = card(fixedSummary({ figures: [figure(0, true), hidden] }));
    expect(b.querySelector('.reading')?.textContent).toBe(timeA);
  });

  it('a section folds away and back from its heading button', async () => {
    const root = card(fixedSummary());
    const toggle = root.querySelector('#h-points button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((root.querySelector('#s-points') as HTMLElement).hidden).toBe(true);
    await click(toggle);
    expect((root.querySelector('#s-points') as HTMLElement).hidden).toBe(false);
  });

  it('a key point asks for its passage and announces the outcome', async () => {
    const onReveal = vi.fn(async () => 'not_found' as const);
    const root = card(fixedSummary(), { onReveal });
    await click(root.querySelector('.points button.passage'));
    expect(onReveal).toHaveBeenCalledWith({ block: 0, start: 0, end: 44 });
    expect(root.querySelector('.live')?.textContent).toBe(
      "Lede couldn't find this passage in the page. It may have changed since the card was made.",
    );
  });

  it.each([
    ['the Copy button uses the chosen format', 'button.copy', 'html'],
    ['"Copy as: Plain text"', '.copy-as button[data-format="text"]', 'text'],
    ['"Copy as: Markdown"', '.copy-as button[data-format="markdown"]', 'markdown'],
  ])('%s', async (_name, selector, format) => {
    const onCopy = vi.fn(async () => undefined);
    const root = card(fixedSummary(), {
      onCopy,
      settings: { ...DEFAULT_SETTINGS, copyFormat: 'html' },
    });
    await click(root.querySelector(selector));
    expect(onCopy).toHaveBeenCalledWith(format);
    expect(root.querySelector('.live')?.textContent).toBe('Summary copied to the clipboard.');
  });

  it('the Copy button names its format for screen readers', () => {
    const root = card(fixedSummary(), { settings: { ...DEFAULT_SETTINGS, copyFormat: 'text' } });
    expect(root.querySelector('button.copy')?.getAttribute('aria-label')).toBe(
      'Copy the summary as plain text',
    );
  });

  it('a refused clipboard is announced with the reason', async () => {
    const root = card(fixedSummary(), {
      onCopy: async () => {
        throw new Error('Document is not focused.');
      },
    });
    await click(root.querySelector('button.copy'));
    expect(root.querySelector('.live')?.textContent).toBe(
      "Couldn't copy: Document is not focused.",
    );
  });

  it('"Copy quote with source" passes its quote, and names the speaker', async () => {
    const onCopyQuote = vi.fn(async () => undefined);
    const root = card(fixedSummary(), { onCopyQuote });
    const button = root.querySelector('button.cite');
    expect(button?.getAttribute('aria-label')).toBe('Copy quote with source (Jeff Zhang)');
    await click(button);
    expect(onCopyQuote).toHaveBeenCalledWith(fixedSummary().quotes[0]);
    expect(root.querySelector('.live')?.textContent).toBe('Quote copied with its source.');
  });

  it('uses the browser favicon when it has one', () => {
    const root = card(fixedSummary(), { favicon: 'chrome-extension://id/_favicon/?x' });
    expect(root.querySelector('img.favicon')?.getAttribute('alt')).toBe('');
    expect(root.querySelector('.monogram')).toBeNull();
  });
});
