import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Worker,
} from 'playwright-core';
import { findChromium, INSTALL_HINT } from './chromium-path.ts';

export const TEST_BUILD = resolve('dist/chrome-test');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  debugPort: number;
  /** Open the real action popup for the given (focused) page and return it as a Page. */
  openPopup(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launch Debian's Chromium headless with the test build of Lede loaded. The real popup is opened
 * with chrome.action.openPopup() from the worker; a second client over CDP sees it as a page.
 */
export async function launchWithExtension(
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const port = await freePort();
  const userDataDir = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    permissions: ['clipboard-read', 'clipboard-write'],
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${TEST_BUILD}`,
      `--load-extension=${TEST_BUILD}`,
      `--remote-debugging-port=${port}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let cdp: Browser | null = null;

  async function openPopup(page: Page): Promise<Page> {
    await page.bringToFront();
    const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;
    await worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
      ).chrome.action.openPopup(),
    );
    // A CDP client sees only targets that exist when it connects, so connect once the popup is up.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
        type: string;
        url: string;
      }[];
      if (targets.some((t) => t.type === 'page' && t.url.startsWith(popupUrl))) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await cdp?.close().catch(() => undefined);
    cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const popup = allPages(cdp).find((p) => p.url().startsWith(popupUrl));
    if (!popup) throw new Error('The action popup did not open within 10 s.');
    return popup;
  }

  return {
    context,
    worker,
    extensionId,
    debugPort: port,
    openPopup,
    async close() {
      await cdp?.close().catch(() => undefined);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function allPages(b: Browser): Page[] {
  return b.contexts().flatMap((c) => c.pages());
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}
