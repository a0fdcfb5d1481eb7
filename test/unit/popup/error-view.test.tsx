// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Failure } from '../../../src/messages.ts';
import { type ErrorActions, ErrorView } from '../../../src/popup/ErrorView.tsx';
import { click, mount, texts } from './render.ts';

const actions = (): ErrorActions => ({
  onRetry: vi.fn(),
  onForce: vi.fn(),
  onCopyDetails: vi.fn(async () => undefined),
  onOpenFrame: vi.fn(),
});

describe('every state a user can meet has its words and a way forward', () => {
  it.each<[Omit<Failure, 'ok'>, string, string, string[]]>([
    [
      { code: 'not_article' },
      "This page doesn't look like an article",
      'Lede works best on news stories. It can still summarise the text it finds here.',
      ['Summarise anyway'],
    ],
    [
      { code: 'no_text' },
      "There's no article text here",
      'The page is empty, still loading, or keeps its text in a frame or an image.',
      ['Try again'],
    ],
    [
      { code: 'tab_gone' },
      'The page changed',
      'The tab was closed or moved to another page while Lede was reading it.',
      ['Try again'],
    ],
    [
      { code: 'timeout' },
      'The page took too long to read',
      'It may still be loading, or busy. Wait for it to finish, then try again. On a very long page, select the part you want and open Lede again.',
      ['Try again'],
    ],
    [
      { code: 'internal' },
      'Something went wrong',
      'Lede hit an unexpected error. Try again; if it happens again, copy the details into a bug report.',
      ['Try again', 'Copy details'],
    ],
    [
      { code: 'no_access' },
      'Lede needs your go-ahead',
      'Lede reads a page only when you ask. Click the Lede button or press Alt+Shift+S on the page.',
      ['Try again'],
    ],
    [
      { code: 'too_large', words: 312000 },
      'This page is too long to summarise',
      'It holds about 312,000 words, more than any article. Select the part you want, then open Lede again to summarise just that.',
      ['Try again'],
    ],
    [
      { code: 'in_frame', frameUrl: 'https://other.example/story' },
      'The article is in a frame',
      "This page shows the article from another site, inside a frame. Lede may read only the page you asked for, so open the frame's page on its own and try there. https://other.example/story",
      ["Open the frame's page"],
    ],
    [
      { code: 'not_html', fileKind: 'image' },
      'This tab shows a file, not an article',
      'This tab shows an image. Lede reads the articles of web pages; open the page the image belongs to.',
      [],
    ],
    [
      { code: 'not_html', fileKind: 'media' },
      'This tab shows a file, not an article',
      'This tab plays a video or audio file, which has no text for Lede to read.',
      [],
    ],
    [
      { code: 'forbidden', forbidden: 'browser-page' },
      "Lede can't read this page",
      'Browser pages such as settings, history and new tabs are closed to all extensions. Open a news article and try again.',
      [],
    ],
    [
      { code: 'forbidden', forbidden: 'extension-store' },
      "Lede can't read this page",
      'Browsers protect their extension stores from every extension, Lede included.',
      [],
    ],
    [
      { code: 'forbidden', forbidden: 'pdf-viewer' },
      "Lede can't read this page",
      "This is the browser's PDF viewer, which extensions can't read. Lede summarises web pages, not PDFs.",
      [],
    ],
    [
      { code: 'forbidden', forbidden: 'local-file' },
      "Lede can't read this page",
      'Lede can read files on your computer only if you turn on “Allow access to file URLs” for it in the extensions page.',
      [],
    ],
  ])('%j', (failure, title, body, buttons) => {
    const root = mount(<ErrorView res={{ ok: false, ...failure }} actions={actions()} />);
    expect(root.querySelector('h1')?.textContent).toBe(title);
    expect(texts(root, '.state-body').join(' ')).toBe(body);
    expect(texts(root, 'button')).toEqual(buttons);
    expect(root.querySelector('main')?.getAttribute('data-state')).toBe(failure.code);
  });

  it('each button does what it says', async () => {
    const a = actions();
    let root = mount(<ErrorView res={{ ok: false, code: 'internal' }} actions={a} />);
    await click(root.querySelector('button'));
    expect(a.onRetry).toHaveBeenCalled();
    await click(root.querySelectorAll('button')[1]);
    expect(a.onCopyDetails).toHaveBeenCalled();
    expect(root.querySelector('.live')?.textContent).toBe(
      'Details copied. Paste them into your bug report.',
    );
    root = mount(<ErrorView res={{ ok: false, code: 'not_article' }} actions={a} />);
    await click(root.querySelector('button'));
    expect(a.onForce).toHaveBeenCalled();
    root = mount(
      <ErrorView
        res={{ ok: false, code: 'in_frame', frameUrl: 'https://f.example/' }}
        actions={a}
      />,
    );
    await click(root.querySelector('button'));
    expect(a.onOpenFrame).toHaveBeenCalledWith('https://f.example/');
  });
});
