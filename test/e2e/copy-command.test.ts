import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

interface Chrome {
  tabs: { query(q: object): Promise<{ id: number }[]> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
}
type Hooks = { chrome: Chrome; __ledeRunCommand(name: string, tab: { id: number }): Promise<void> };

/**
 * The copy shortcut (Alt+Shift+C). Automation cannot press a browser-level shortcut, so the test
 * build exposes the worker's real command handler and the test calls it with the active tab;
 * everything after the key press (summarising, the offscreen clipboard, the badge) is real.
 */
describe('the copy shortcut', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFolder(resolve('test/fixtures'));
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const runCopy = () =>
    ext.worker.evaluate(async () => {
      const g = globalThis as unknown as Hooks;
      const [tab] = await g.chrome.tabs.query({ active: true, currentWindow: true });
      if (!tab) throw new Error('no active tab');
      await g.__ledeRunCommand('copy-summary', tab);
      return {
        badge: await g.chrome.action.getBadgeText({ tabId: tab.id }),
        title: await g.chrome.action.getTitle({ tabId: tab.id }),
      };
    });

  it('puts the Markdown summary on the clipboard without opening anything, and confirms on the badge', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    await page.bringToFront();
    const pagesBefore = ext.context.pages().length;
    const { badge, title } = await runCopy();
    expect(badge).toBe('✓');
    expect(title).toBe('Lede: summary copied to the clipboard');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toMatch(/^## \[Alibaba Cloud to invest \$28bn/);
    expect(clip).toContain('*CloudTech News · James Bourne · 20 Apr 2020*');
    expect(ext.context.pages().length).toBe(pagesBefore);
  });

  it('copies rich text (HTML with a plain-text alternative) when the options say so', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    await page.bringToFront();
    await ext.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { set(v: object): Promise<void> } } };
        }
      ).chrome.storage.sync.set({ settings: { copyFormat: 'html' } }),
    );
    const { badge } = await runCopy();
    expect(badge).toBe('✓');
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        html: item ? await (await item.getType('text/html')).text() : '',
        text: item ? await (await item.getType('text/plain')).text() : '',
      };
    });
    expect(clip.html).toContain('<h2><a href="https://cloudtech.example/');
    expect(clip.text).toMatch(/^Alibaba Cloud to invest \$28bn/);
    await ext.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }
      ).chrome.storage.sync.clear(),
    );
  });

  it('warns on the badge, with the reason in the tooltip, when the page has no text', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/empty.html`);
    await page.bringToFront();
    await page.evaluate(() => navigator.clipboard.writeText('unchanged'));
    const { badge, title } = await runCopy();
    expect(badge).toBe('!');
    expect(title).toBe("Lede couldn't copy: there's no article text here");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('unchanged');
  });
});
