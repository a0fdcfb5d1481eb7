import browser from 'webextension-polyfill';
import type { Passage } from '../core/highlight/passage-at.ts';
import { t } from './i18n.ts';
import { isOwnSender } from './own-sender.ts';
import { asSettings, DEFAULT_SETTINGS, type Settings } from './settings.ts';

/**
 * The one module that touches browser extension APIs. Everything else imports from here, so the
 * rest of Lede can be read (and unit-tested) without a browser, and the Chrome/Firefox
 * differences live in one place.
 */
export { browser };

/** Chrome's offscreen API is not in the polyfill; Firefox has a DOM in its background page instead. */
interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
const chromeGlobal = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome;

export const CONTENT_SCRIPT = 'src/content/main.js';
/** The small script that finds a card's passage in the page and highlights it. */
export const REVEAL_SCRIPT = 'src/content/reveal.js';
const OFFSCREEN_PAGE = 'src/offscreen/index.html';

/** The tab the user is looking at, from the popup or a command. */
export async function activeTab(): Promise<browser.Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function getTab(tabId: number): Promise<browser.Tabs.Tab> {
  return browser.tabs.get(tabId);
}

/**
 * Run the extractor in the tab's isolated world and take its reading. The injected bundle
 * defines `__ledeExtract` and ends by calling it (see vite.config.ts), so the injection's result
 * is the reading itself. Should a browser not pass a file's completion value back, the function
 * the file defined is called in a second round trip.
 */
export async function runExtractor(tabId: number): Promise<unknown> {
  const [injected] = await browser.scripting.executeScript({
    target: { tabId },
    files: [CONTENT_SCRIPT],
  });
  if (injected?.result !== undefined && injected.result !== null) return injected.result;
  const [called] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as { __ledeExtract?: () => unknown }).__ledeExtract?.() ?? null,
  });
  return called?.result ?? null;
}

/**
 * Listen to messages from Lede's own pages (popup, options, offscreen) only: a web page or
 * another extension that messages Lede is ignored. A handler returns a promise for an answer, or
 * undefined to leave the message to other listeners.
 */
export function onOwnMessage(handler: (msg: unknown) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) =>
    isOwnSender(sender, browser.runtime.id, browser.runtime.getURL('')) ? handler(msg) : undefined,
  );
}

/** What the page says when asked to show a card's passage. */
export type RevealResult =
  | 'shown' // found and highlighted
  | 'shown_partial' // only the beginning of the passage was found, and highlighted
  | 'selected' // found; no Custom Highlight API, so the passage was selected instead
  | 'not_found'
  | 'tab_changed' // the tab shows another page now
  | 'failed';

// The highlight lives in the page's own stylesheet cascade as a user style: page CSS (and a
// strict page CSP) cannot block it, and it adds no element to the page.
const HIGHLIGHT_CSS =
  '::highlight(lede-passage){background-color:#ffe066;color:#111;text-decoration:underline 2px #b78103}';

/**
 * Scroll the article tab to a card's passage and highlight it, without reloading the page.
 * The finding is done by the reveal script in the tab's isolated world; it is injected only the
 * first time (the function it defines stays until the page navigates).
 */
export async function revealInTab(
  tabId: number,
  expectedUrl: string,
  passage: Passage,
): Promise<RevealResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return 'tab_changed';
  if (tab.url !== undefined && tab.url !== expectedUrl) return 'tab_changed';
  const call = async (): Promise<unknown> => {
    const [res] = await browser.scripting.executeScript({
      target: { tabId },
      func: (text: string, context: string) => {
        const g = globalThis as { __ledeReveal?: (t: string, c: string) => string };
        return g.__ledeReveal ? g.__ledeReveal(text, context) : 'missing';
      },
      args: [passage.text, passage.context],
    });
    return res?.result;
  };
  try {
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    let result = await call();
    if (result === 'missing') {
      await browser.scripting.executeScript({ target: { tabId }, files: [REVEAL_SCRIPT] });
      result = await call();
    }
    return ['shown', 'shown_partial', 'selected', 'not_found'].includes(result as string)
      ? (result as RevealResult)
      : 'failed';
  } catch (e) {
    return /No tab with id|Frame with ID 0 was removed|Tab not found/i.test(String(e))
      ? 'tab_changed'
      : 'failed';
  }
}

/** Settings from storage.sync, or storage.local where sync is off or unavailable. */
export async function loadSettings(): Promise<Settings> {
  for (const area of [browser.storage.sync, browser.storage.local]) {
    try {
      const { settings } = await area.get('settings');
      if (settings !== undefined) return asSettings(settings);
    } catch {
      // storage.sync throws when sync is disabled by policy; try local.
    }
  }
  return DEFAULT_SETTINGS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  try {
    await browser.storage.sync.set({ settings });
  } catch {
    await browser.storage.local.set({ settings });
  }
}

/**
 * The page's icon from the browser's own favicon cache (Chrome's `favicon` permission: no
 * warning, no network request), or null where there is no such cache (Firefox: the card shows
 * a monogram instead of loading the icon from the web).
 */
export function faviconUrl(pageUrl: string | null): string | null {
  if (!pageUrl || !/^https?:/i.test(pageUrl)) return null;
  const permissions = browser.runtime.getManifest().permissions ?? [];
  if (!permissions.includes('favicon')) return null;
  const url = new URL(browser.runtime.getURL('/_favicon/'));
  url.searchParams.set('pageUrl', pageUrl);
  url.searchParams.set('size', '32');
  return url.href;
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** Open a page in a new tab next to the current one (the "Open the frame's page" button). */
export async function openTab(url: string): Promise<void> {
  if (!/^https?:\/\//i.test(url)) return;
  await browser.tabs.create({ url });
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

/**
 * Write text to the clipboard from the background, where there is no user click: Chrome's
 * service worker has no clipboard, so an offscreen document does it; Firefox's background page
 * can, with the clipboardWrite permission.
 */
export async function writeClipboardFromBackground(text: string, html?: string): Promise<void> {
  if (chromeGlobal?.offscreen) {
    try {
      await chromeGlobal.offscreen.createDocument({
        url: OFFSCREEN_PAGE,
        reasons: ['CLIPBOARD'],
        justification: 'Copy the summary to the clipboard when the user presses the copy shortcut.',
      });
    } catch (e) {
      // Only one offscreen document may exist; a previous copy may still have it open.
      if (!/single offscreen|already/i.test(String(e))) throw e;
    }
    try {
      const res = (await browser.runtime.sendMessage({ type: 'offscreen-copy', text, html })) as
        | { ok?: boolean; detail?: string }
        | undefined;
      if (!res?.ok) throw new Error(res?.detail ?? 'The clipboard refused the text.');
    } finally {
      await chromeGlobal.offscreen.closeDocument().catch(() => undefined);
    }
    return;
  }
  if (html && typeof ClipboardItem === 'function') {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(text);
}

/** Briefly mark the toolbar button of a tab: "✓" for done, "!" for a problem; cleared after a while. */
export async function flashBadge(
  tabId: number,
  text: string,
  color: string,
  title: string,
  ms = 4_000,
): Promise<void> {
  const action = browser.action;
  await action.setBadgeBackgroundColor({ tabId, color });
  await action.setBadgeText({ tabId, text });
  await action.setTitle({ tabId, title });
  setTimeout(() => {
    action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    action.setTitle({ tabId, title: t('actionTitle') }).catch(() => undefined);
  }, ms);
}

export const session = {
  async get<T>(key: string): Promise<T | undefined> {
    const all = await browser.storage.session.get(key);
    return all[key] as T | undefined;
  },
  set(key: string, value: unknown): Promise<void> {
    return browser.storage.session.set({ [key]: value });
  },
  remove(key: string): Promise<void> {
    return browser.storage.session.remove(key);
  },
};

export { t } from './i18n.ts';
