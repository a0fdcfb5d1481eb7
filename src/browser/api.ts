import browser from 'webextension-polyfill';
import { t } from './i18n.ts';

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
 * Run the extractor in the tab's isolated world: inject the bundle (it defines
 * `__ledeExtract` there), then call it and take its return value. Two calls because an injected
 * file's bundle returns no useful value.
 */
export async function runExtractor(tabId: number): Promise<unknown> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as { __ledeExtract?: () => unknown }).__ledeExtract?.() ?? null,
  });
  return result?.result ?? null;
}

/**
 * Listen to messages from Lede's own pages (popup, options, offscreen) only: a web page or
 * another extension that messages Lede is ignored. A handler returns a promise for an answer, or
 * undefined to leave the message to other listeners.
 */
export function onOwnMessage(handler: (msg: unknown) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
    const own =
      sender.id === browser.runtime.id &&
      typeof sender.url === 'string' &&
      sender.url.startsWith(browser.runtime.getURL(''));
    return own ? handler(msg) : undefined;
  });
}

/**
 * Write text to the clipboard from the background, where there is no user click: Chrome's
 * service worker has no clipboard, so an offscreen document does it; Firefox's background page
 * can, with the clipboardWrite permission.
 */
export async function writeClipboardFromBackground(text: string): Promise<void> {
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
      const res = (await browser.runtime.sendMessage({ type: 'offscreen-copy', text })) as
        | { ok?: boolean; detail?: string }
        | undefined;
      if (!res?.ok) throw new Error(res?.detail ?? 'The clipboard refused the text.');
    } finally {
      await chromeGlobal.offscreen.closeDocument().catch(() => undefined);
    }
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
