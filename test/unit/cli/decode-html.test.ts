import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../src/cli/decode-html.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('reads undeclared UTF-8 as UTF-8, not windows-1252', () => {
    expect(decodeHtml(utf8('<p>Yahoo’s sale</p>'))).toBe('<p>Yahoo’s sale</p>');
  });
  it('uses the Content-Type charset when there is one', () => {
    expect(
      decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9]), 'text/html; charset=ISO-8859-1'),
    ).toBe('<p>é');
  });
  it('leaves a declared <meta charset> to the parser', () => {
    const bytes = utf8('<meta charset="windows-1252"><p>x</p>');
    expect(decodeHtml(bytes)).toBe(bytes);
  });
  it('leaves bytes that are not UTF-8 to the parser', () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x20]);
    expect(decodeHtml(bytes)).toBe(bytes);
  });
  it('leaves a byte-order mark to the parser', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]);
    expect(decodeHtml(bytes)).toBe(bytes);
  });
});
