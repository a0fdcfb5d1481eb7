import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html.ts';
import { articleFromHtml } from '../../../src/cli/summarise-input.ts';

// A stylesheet jsdom's CSS parser throws on (found on a page of the extraction benchmark):
// "Cannot create property 'border-width' on string 'inherit'".
const CRASHING_STYLE = '<style>a{border:inherit;border-color:red}</style>';
const PAGE = `<html><head><title>T</title>${CRASHING_STYLE}</head><body><article><p>${'The council said 40 homes were flooded. '.repeat(20)}</p></article></body></html>`;

describe('parseHtml', () => {
  it('parses a page whose stylesheet crashes jsdom, with the stylesheet emptied', () => {
    const doc = parseHtml(PAGE).window.document;
    expect(doc.querySelector('style')?.textContent).toBe('');
    expect(doc.querySelector('p')?.textContent).toContain('40 homes');
  });

  it('keeps the bytes of a page given as bytes (its declared charset still applies)', () => {
    const bytes = Buffer.concat([
      Buffer.from(`<meta charset="windows-1252">${CRASHING_STYLE}<p>caf`),
      Buffer.from([0xe9]),
      Buffer.from('</p>'),
    ]);
    expect(parseHtml(bytes).window.document.querySelector('p')?.textContent).toBe('café');
  });

  it('leaves a page that parses alone as it is', () => {
    const doc = parseHtml('<style>p{color:red}</style><p>x</p>').window.document;
    expect(doc.querySelector('style')?.textContent).toBe('p{color:red}');
  });
});

describe('articleFromHtml on such a page', () => {
  it('reads the article instead of crashing', () => {
    const article = articleFromHtml(new TextEncoder().encode(PAGE), null);
    expect(article.blocks.map((b) => b.text).join(' ')).toContain('40 homes were flooded');
  });
});
