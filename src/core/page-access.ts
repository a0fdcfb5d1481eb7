/**
 * Why the browser will not let an extension read a tab, decided from its URL alone so the card
 * can say so before trying. Each reason has its own words on the card.
 */
export type Forbidden =
  | 'browser-page' // chrome://settings, about:preferences, edge://, brave://
  | 'extension-store' // Chrome Web Store, addons.mozilla.org: browsers protect them from extensions
  | 'extension-page' // another extension's pages (chrome-extension://, moz-extension://)
  | 'pdf-viewer' // the built-in PDF viewer
  | 'view-source' // view-source: pages
  | 'local-file' // file:// needs the user's per-extension "Allow access to file URLs"
  | 'not-web'; // data:, blob:, javascript:, anything else that is not http(s)

const BROWSER_SCHEMES =
  /^(chrome|about|edge|brave|opera|vivaldi|chrome-search|devtools|chrome-untrusted|resource|moz-extension-internal):/i;
const EXTENSION_SCHEMES = /^(chrome-extension|moz-extension|extension|safari-web-extension):/i;
// Hosts where browsers refuse script injection by any extension.
const STORES = [
  /^https:\/\/chrome\.google\.com\/webstore\b/i,
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons\b/i,
];

/** null when the page can be read; otherwise why not. `about:blank` is a page with nothing on it. */
export function forbiddenReason(url: string | null | undefined): Forbidden | null {
  if (!url) return 'not-web';
  if (/^view-source:/i.test(url)) return 'view-source';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (EXTENSION_SCHEMES.test(url)) {
    // Chrome's PDF viewer runs as a built-in extension page.
    return /^chrome-extension:\/\/mhjfbmdgcfjbbpaeojofohoefgiehjai\//i.test(url)
      ? 'pdf-viewer'
      : 'extension-page';
  }
  if (/^file:/i.test(url)) return /\.pdf(?:[?#]|$)/i.test(url) ? 'pdf-viewer' : 'local-file';
  if (!/^https?:/i.test(url)) return 'not-web';
  if (STORES.some((re) => re.test(url))) return 'extension-store';
  return null;
}

/** True for a URL whose path ends in .pdf: Firefox and Chrome show those in their PDF viewer. */
export function looksLikePdf(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
