/**
 * Decode an HTML file the way a browser would for a page served today. The HTML standard's
 * fallback for a page that declares no charset is windows-1252, which turns the UTF-8 of most
 * saved pages into mojibake ("Yahoo’s" becomes "Yahooâ€™s"). So: a charset from the
 * Content-Type header wins; a byte-order mark or a <meta charset> is left to the parser's own
 * sniffing; otherwise valid UTF-8 is read as UTF-8, and only bytes that are not UTF-8 fall back
 * to the parser (windows-1252).
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string | Uint8Array {
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (header) {
    try {
      return new TextDecoder(header).decode(bytes);
    } catch {
      // An unknown label: let the parser sniff.
    }
  }
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe);
  if (hasBom) return bytes;
  // The standard's prescan looks at the first 1024 bytes for a declared charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (/<meta[^>]+charset\s*=/i.test(head)) return bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes;
  }
}
