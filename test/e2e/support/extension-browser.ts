import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  chromium,
  type Page,
  type Worker,
} from 'playwright-core';
import { findChromium, INSTALL_HINT } from './chromium-path.ts';

export const TEST_BUILD = resolve('dist/chrome-test');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The worker as it was at launch; `currentWorker()` after it has been stopped. */
  worker: Worker;
  extensionId: string;
  debugPort: number;
  popupUrl: string;
  optionsUrl: string;
  /** Open the real action popup for the given page (brought to the front) and return it. */
  openPopup(page: Page): Promise<Page>;
  /** The running worker, waiting for the browser to start it again if it was stopped. */
  currentWorker(): Promise<Worker>;
  /** Stop the extension's service worker, as the browser does after 30 s idle. */
  stopWorker(): Promise<void>;
  /** A DevTools session on the whole browser (for Target.* and friends). */
  browserSession(): Promise<CDPSession>;
  close(): Promise<void>;
}

/**
 * Launch Debian's Chromium headless with the test build of Lede loaded. The real popup is opened
 * with chrome.action.openPopup() from an extension context; a second client over CDP sees it as
 * a page. Requests to anything but 127.0.0.1 are refused, so the corpus pages' third-party
 * scripts and images fail at once instead of waiting on a network this machine does not have.
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
  await context.route(/^https?:\/\//, (route) =>
    /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(route.request().url())
      ? route.continue()
      : route.abort('blockedbyclient'),
  );
  let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;
  const optionsUrl = `chrome-extension://${extensionId}/src/options/index.html`;
  let cdp: Browser | null = null;
  let helper: Page | null = null;
  let session: CDPSession | null = null;
  let workerAlive = true;
  /** DevTools clients holding workers started again (closed with the browser). */
  const revived: Browser[] = [];
  const track = (w: Worker) => {
    w.on('close', () => {
      if (w === worker) workerAlive = false;
    });
  };
  track(worker);
  context.on('serviceworker', (w) => {
    if (w.url().startsWith(`chrome-extension://${extensionId}/`)) {
      worker = w;
      workerAlive = true;
      track(w);
    }
  });

  async function browserSession(): Promise<CDPSession> {
    if (!session) {
      const b = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      session = await b.newBrowserCDPSession();
    }
    return session;
  }

  async function popupTargets(): Promise<{ id: string; url: string }[]> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      id: string;
      type: string;
      url: string;
    }[];
    return targets.filter((t) => t.type === 'page' && t.url.startsWith(popupUrl));
  }

  async function openPopup(page: Page): Promise<Page> {
    // One popup at a time, as in the browser: close one a previous test left open, and wait
    // until it is gone (Chrome refuses to open a popup while one is still closing).
    for (const t of await popupTargets())
      await fetch(`http://127.0.0.1:${port}/json/close/${t.id}`).catch(() => undefined);
    for (let i = 0; i < 100 && (await popupTargets()).length > 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    await page.bringToFront();
    const open = () =>
      (
        globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
      ).chrome.action.openPopup();
    let callOpen = () => worker.evaluate(open);
    if (!workerAlive) {
      // The worker is stopped: call openPopup from an extension page in the background
      // instead, as the toolbar button would, without waking the worker ourselves.
      if (!helper || helper.isClosed()) {
        helper = await context.newPage();
        await helper.goto(optionsUrl);
      }
      const h = helper;
      callOpen = () => h.evaluate(open);
      await page.bringToFront();
    }
    // "Failed to open popup" now and then on a loaded machine, when the window has not taken
    // the focus back yet: try again shortly.
    for (let attempt = 1; ; attempt++) {
      try {
        await callOpen();
        break;
      } catch (e) {
        if (attempt >= 5 || !/Failed to open popup/.test(String(e))) throw e;
        await page.bringToFront();
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    // A CDP client sees only targets that exist when it connects, so connect once the popup is up.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await popupTargets()).length === 0)
      await new Promise((r) => setTimeout(r, 25));
    await cdp?.close().catch(() => undefined);
    cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const popup = allPages(cdp).find((p) => p.url().startsWith(popupUrl));
    if (!popup) throw new Error('The action popup did not open within 10 s.');
    return popup;
  }

  return {
    context,
    get worker() {
      return worker;
    },
    extensionId,
    debugPort: port,
    popupUrl,
    optionsUrl,
    openPopup,
    async currentWorker() {
      if (workerAlive) return worker;
      // Playwright's own context does not attach to a worker the browser started again; a new
      // DevTools client sees it among the targets that exist when it connects.
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const b = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
        const found = b
          .contexts()
          .flatMap((c) => c.serviceWorkers())
          .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
        if (found) {
          revived.push(b);
          worker = found;
          workerAlive = true;
          track(found);
          return found;
        }
        await b.close();
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('The service worker did not start again within 10 s.');
    },
    async stopWorker() {
      const s = await browserSession();
      const { targetInfos } = (await s.send('Target.getTargets')) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const sw = targetInfos.find(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}`),
      );
      if (!sw) throw new Error('No running service worker to stop.');
      await s.send('Target.closeTarget', { targetId: sw.targetId });
      const deadline = Date.now() + 5_000;
      while (workerAlive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      workerAlive = false;
    },
    browserSession,
    async close() {
      for (const b of revived) await b.close().catch(() => undefined);
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
