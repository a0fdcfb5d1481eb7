/**
 * The page URL as a link target, or null when it must not be one. Only http(s) URLs become
 * links in copied text: a `javascript:` or `data:` URL pasted into a mail or a document as a
 * link would run or open something the reader did not ask for.
 * Example: "javascript:alert(1)" -> null; "https://x.test/a b" -> "https://x.test/a%20b".
 */
export function linkUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}

/** A URL inside Markdown's `(...)`: brackets and spaces would end or break the link. */
export function markdownUrl(url: string): string {
  const codes: Record<string, string> = { '(': '%28', ')': '%29' };
  return url.replace(/[()\s]/g, (c) => codes[c] ?? encodeURIComponent(c));
}
