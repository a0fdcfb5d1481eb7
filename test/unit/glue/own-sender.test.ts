import { describe, expect, it } from 'vitest';
import { isOwnSender } from '../../../src/browser/own-sender.ts';

const ID = 'abcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('isOwnSender', () => {
  it.each([
    ['the popup', { id: ID, url: `${BASE}src/popup/index.html` }, true],
    ['the offscreen document', { id: ID, url: `${BASE}src/offscreen/index.html` }, true],
    [
      'a content script in a web page',
      { id: ID, url: 'https://news.example/story', tab: {} },
      false,
    ],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/page.html' }, false],
    ['another extension pretending with our URL', { id: 'zzzz', url: `${BASE}x.html` }, false],
    ['no id', { url: `${BASE}src/popup/index.html` }, false],
    ['no URL', { id: ID }, false],
    ['a look-alike origin', { id: ID, url: `chrome-extension://${ID}.evil/x` }, false],
  ])('%s -> %s', (_name, sender, expected) => expect(isOwnSender(sender, ID, BASE)).toBe(expected));
});
