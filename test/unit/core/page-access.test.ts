import { describe, expect, it } from 'vitest';
import { forbiddenReason, looksLikePdf } from '../../../src/core/page-access.ts';

describe('forbiddenReason', () => {
  it.each([
    ['https://www.bbc.co.uk/news/business-1', null],
    ['http://127.0.0.1:8080/story.html', null],
    ['chrome://settings', 'browser-page'],
    ['about:preferences', 'browser-page'],
    ['edge://newtab', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'extension-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'extension-store'],
    ['https://addons.mozilla.org/en-GB/firefox/', 'extension-store'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf-viewer'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'extension-page'],
    ['moz-extension://1234/page.html', 'extension-page'],
    ['view-source:https://example.com', 'view-source'],
    ['file:///home/me/story.html', 'local-file'],
    ['file:///home/me/report.pdf', 'pdf-viewer'],
    ['data:text/html,hi', 'not-web'],
    ['', 'not-web'],
    [undefined, 'not-web'],
  ])('%s -> %s', (url, reason) => expect(forbiddenReason(url)).toBe(reason));

  it.each([
    ['https://example.com/report.pdf', true],
    ['https://example.com/report.PDF?x=1', true],
    ['https://example.com/pdf-news', false],
    ['not a url', false],
  ])('looksLikePdf(%s) = %s', (url, expected) => expect(looksLikePdf(url)).toBe(expected));
});
