import { JSDOM, VirtualConsole } from 'jsdom';

export interface ParseOptions {
  url?: string | null;
  contentType?: string;
}

// <style ...> ... </style>, lazily, so each stylesheet is emptied on its own.
const STYLE_BODY = /(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi;

/**
 * Parse a page without running its scripts or loading anything (jsdom's defaults). jsdom's CSS
 * parser throws on a few real stylesheets ("Cannot create property 'border-width' on string
 * 'inherit'", seen on pages of the extraction benchmark); Lede never reads a stylesheet, so the
 * page is then parsed again with its <style> contents emptied. Bytes (a page that declares its
 * charset, see decode-html.ts) are edited as latin1, which maps every byte to one character and
 * back, so the charset jsdom reads from the page is untouched.
 */
export function parseHtml(html: string | Uint8Array, options: ParseOptions = {}): JSDOM {
  const jsdomOptions = {
    url: options.url ?? undefined,
    // jsdom reports every stylesheet it cannot parse ("Could not parse CSS stylesheet"); the
    // page's CSS is irrelevant to the article, and a person running the CLI should not see it.
    virtualConsole: new VirtualConsole(),
    contentType: options.contentType?.includes('xhtml') ? 'application/xhtml+xml' : 'text/html',
  };
  const input = typeof html === 'string' ? html : Buffer.from(html);
  try {
    return new JSDOM(input, jsdomOptions);
  } catch {
    const unstyled =
      typeof input === 'string'
        ? input.replace(STYLE_BODY, '$1$2')
        : Buffer.from(input.toString('latin1').replace(STYLE_BODY, '$1$2'), 'latin1');
    return new JSDOM(unstyled, jsdomOptions);
  }
}
