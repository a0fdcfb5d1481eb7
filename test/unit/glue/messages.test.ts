import { describe, expect, it } from 'vitest';
import { asPageReading, isRequest, isSummariseResponse } from '../../../src/messages.ts';
import { fixedSummary } from '../core/format/summary-fixture.ts';

describe('isRequest', () => {
  it.each([
    [{ type: 'summarise', tabId: 3 }, true],
    [
      { type: 'summarise', tabId: 3, force: true, refresh: false, options: { length: 'short' } },
      true,
    ],
    [{ type: 'summarise', tabId: 3, first: true }, true],
    [{ type: 'summarise', tabId: 3, first: 1 }, false],
    [{ type: 'prepare' }, true],
    [{ type: 'offscreen-copy', text: 'hi' }, true],
    [{ type: 'offscreen-copy', text: 'hi', html: '<b>hi</b>' }, true],
    [{ type: 'offscreen-copy', text: 'hi', html: 5 }, false],
    [{ type: 'summarise', tabId: '3' }, false],
    [{ type: 'summarise', tabId: -1 }, false],
    [{ type: 'summarise', tabId: 1.5 }, false],
    [{ type: 'summarise', tabId: 3, force: 'yes' }, false],
    [{ type: 'summarise', tabId: 3, options: { length: 'huge' } }, false],
    [{ type: 'offscreen-copy', text: 5 }, false],
    [{ type: 'eval', code: 'alert(1)' }, false],
    [null, false],
    ['summarise', false],
  ])('%j -> %s', (msg, ok) => expect(isRequest(msg)).toBe(ok));
});

describe('isSummariseResponse', () => {
  const tab = { id: 1, url: 'https://a.test/', title: 'A' };
  it.each([
    [{ ok: true, summary: fixedSummary(), tab, cached: false }, true],
    [{ ok: true, summary: { title: 'x' }, tab, cached: false }, false],
    [{ ok: true, summary: fixedSummary(), cached: false }, false],
    [{ ok: false, code: 'not_article' }, true],
    [{ ok: false, code: 'too_large', words: 300000 }, true],
    [{ ok: false, code: 'rm -rf' }, false],
    [undefined, false],
    ['ok', false],
  ])('%j -> %s', (res, ok) => expect(isSummariseResponse(res)).toBe(ok));
});

describe('asPageReading', () => {
  it.each([
    [
      { kind: 'html', article: { title: 't' }, chars: 10, fromFrame: false, frameUrl: null },
      { kind: 'html', article: { title: 't' }, chars: 10, fromFrame: false, frameUrl: null },
    ],
    [
      { kind: 'html', article: null, chars: -5, frameUrl: 'javascript:alert(1)' },
      { kind: 'html', article: null, chars: 0, fromFrame: false, frameUrl: null },
    ],
    [
      { kind: 'html', frameUrl: 'https://f.test/a', chars: Number.NaN },
      { kind: 'html', article: null, chars: 0, fromFrame: false, frameUrl: 'https://f.test/a' },
    ],
    [
      { kind: 'image' },
      { kind: 'image', article: null, chars: 0, fromFrame: false, frameUrl: null },
    ],
    [{ kind: 'exe' }, null],
    [{ title: 'an old-style article' }, null],
    [null, null],
  ])('%j', (raw, expected) => expect(asPageReading(raw)).toEqual(expected));
});
