/** The parts of a runtime.MessageSender that say who sent a message. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * True only for Lede's own extension pages (popup, options, offscreen document). A content
 * script runs in a web page's tab and reports the page's URL; another extension has another id;
 * a web page cannot reach runtime.onMessage at all without externally_connectable (which Lede
 * does not declare), and this check would refuse it anyway.
 * Example: `{ id: 'abc', url: 'chrome-extension://abc/src/popup/index.html' }` -> true.
 */
export function isOwnSender(sender: SenderInfo, ownId: string, ownBaseUrl: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownBaseUrl);
}
