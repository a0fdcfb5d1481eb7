import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser.ts';
import { settledState } from './support/popup.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

type Hooks = {
  chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } };
  __ledeRunCommand(name: string, tab: { id: number }): Promise<void>;
  __ledeMarker?: number;
};

/**
 * MV3 stops an idle service worker after 30 s. Stopping it between two uses must lose nothing:
 * the card is in storage.session, and every listener is registered again at start.
 */
describe('the worker stopped by the browser between two uses', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(resolve('test/fixtures'));
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    const popup = await ext.openPopup(page);
    expect(await settledState(popup)).toBe('card');
    expect(await popup.locator('main').getAttribute('data-cached')).toBe('false');
    await ext.worker.evaluate(() => {
      (globalThis as unknown as Hooks).__ledeMarker = 1;
    });
    await popup.close();
    await ext.stopWorker();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('reopening the popup shows the cached card at once', async () => {
    const popup = await ext.openPopup(page);
    expect(await settledState(popup)).toBe('card');
    expect(await popup.locator('main').getAttribute('data-cached')).toBe('true');
    expect(await popup.locator('h1.title').textContent()).toMatch(/^Alibaba Cloud to invest/);
  });

  it('a new page is summarised by a fresh worker', async () => {
    await page.goto(`${server.origin}/readability/cnn/source.html`);
    const popup = await ext.openPopup(page);
    expect(await settledState(popup)).toBe('card');
    expect(await popup.locator('main').getAttribute('data-cached')).toBe('false');
    const worker = await ext.currentWorker();
    // A started-again worker: the global set before the stop is gone.
    expect(
      await worker.evaluate(() => (globalThis as unknown as Hooks).__ledeMarker),
    ).toBeUndefined();
  });

  it('the copy shortcut works after the restart too', async () => {
    await ext.stopWorker();
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    await page.bringToFront();
    // The shortcut is an event that starts the worker; the test starts it with the popup's
    // message first, then calls the same handler the command would.
    const popup = await ext.openPopup(page);
    expect(await settledState(popup)).toBe('card');
    await popup.close();
    const worker = await ext.currentWorker();
    await worker.evaluate(async () => {
      const g = globalThis as unknown as Hooks;
      const [tab] = await g.chrome.tabs.query({ active: true, currentWindow: true });
      if (tab) await g.__ledeRunCommand('copy-summary', tab);
    });
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toMatch(/^## \[Alibaba Cloud to invest \$28bn/);
  });
});
