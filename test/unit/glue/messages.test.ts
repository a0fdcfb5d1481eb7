import { describe, expect, it } from 'vitest';
import { isRequest } from '../../../src/messages.ts';

describe('isRequest', () => {
  it.each([
    [{ type: 'summarise', tabId: 3 }, true],
    [
      { type: 'summarise', tabId: 3, force: true, refresh: false, options: { length: 'short' } },
      true,
    ],
    [{ type: 'offscreen-copy', text: 'hi' }, true],
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
