import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

const ARTIFACTS = resolve('test-results/e2e');

describe('the reference page, summarised through the real popup', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: Page;
  /**
   * Requests made by anything after the page finished loading: the extension must make none.
   * The context's request events cover the page (and so the injected scripts, which run in it)
   * and the extension's service worker; the popup, a page of another DevTools client, reports
   * its own.
   */
  const laterRequests: string[] = [];
  let served = 0;
  let loadedAt = 0;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveFolder(resolve('test/fixtures'));
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`, { waitUntil: 'networkidle' });
    served = server.requests.length;
    loadedAt = await page.evaluate(() => performance.now());
    ext.context.on('request', (r) => laterRequests.push(r.url()));
    popup = await ext.openPopup(page);
    popup.on('request', (r) => laterRequests.push(r.url()));
    await popup.waitForSelector('[data-state="card"]', { timeout: 15_000 });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows the title, site, byline and date', async () => {
    await expect(popup.locator('h1.title').textContent()).resolves.toBe(
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports',
    );
    await expect(popup.locator('.site').textContent()).resolves.toBe('CloudTech News');
    const meta = await popup.locator('.meta').textContent();
    expect(meta).toContain('James Bourne');
    expect(meta).toContain('20 Apr 2020');
  });

  it('lists the investment and its three-year span among the first figures, and nothing from outside the article', async () => {
    const figures = await popup.locator('.figures li .value').allTextContents();
    const firstThree = figures.slice(0, 3).join(' | ');
    expect(firstThree).toMatch(/200 billion yuan|\$28\.2bn/);
    expect(firstThree).toMatch(/three years/);
    const all = figures.join(' | ');
    for (const outside of ['19', '$10bn', '93%', '40,000']) {
      expect(figures).not.toContain(outside);
      expect(all).not.toContain(outside === '19' ? 'Covid-19' : outside);
    }
  });

  it('attributes both quotes to Jeff Zhang with his role', async () => {
    const speakers = await popup.locator('.quotes .speaker').allTextContents();
    const zhang = speakers.filter((s) => s.startsWith('Jeff Zhang'));
    expect(zhang).toHaveLength(2);
    for (const s of zhang) expect(s).toBe('Jeff Zhang, president of Alibaba Cloud Intelligence');
    const quotes = (await popup.locator('.quotes blockquote').allTextContents()).join(' ');
    expect(quotes).toContain('By increasing our investment on cloud infrastructure');
    expect(quotes).toContain('The Covid-19 pandemic has posed additional stress');
  });

  it('shows nothing of the page furniture', async () => {
    const text = (await popup.locator('main').textContent()) ?? '';
    for (const junk of [
      'can be found tweeting',
      'Share on Twitter',
      'Picture credit',
      'Interested in hearing',
      'Leave a Reply',
      'Most read',
      'Sign up to our newsletter',
      'All rights reserved',
    ]) {
      expect(text).not.toContain(junk);
    }
  });

  it('copies the summary as Markdown to the clipboard and says so', async () => {
    await popup.getByRole('button', { name: 'Copy the summary as Markdown' }).click();
    await expect
      .poll(() => popup.locator('.live').textContent())
      .toBe('Summary copied to the clipboard.');
    const clip = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain(
      '## [Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports](https://cloudtech.example/news/2020/apr/20/alibaba-cloud-invest-28bn-infrastructure/)',
    );
    expect(clip).toContain('*CloudTech News · James Bourne · 20 Apr 2020*');
    expect(clip).toContain('**Key points**');
    expect(clip).toMatch(/\*\*Key figures\*\*[\s\S]*200 billion yuan/);
    expect(clip).toContain('> — Jeff Zhang, president of Alibaba Cloud Intelligence');
  });

  it('is pictured in light and dark themes (test-results/e2e, and docs/ on request)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.screenshot({ path: resolve(ARTIFACTS, `card-${scheme}.png`), fullPage: true });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    // `LEDE_UPDATE_DOCS=1 npm run test:e2e` refreshes the README's pictures of the card.
    if (process.env.LEDE_UPDATE_DOCS === '1') {
      mkdirSync(resolve('docs'), { recursive: true });
      for (const f of ['card-light.png', 'card-dark.png'])
        copyFileSync(resolve(ARTIFACTS, f), resolve('docs', f));
    }
  });

  it('makes no network request while summarising and copying: page, injected scripts, worker, popup', async () => {
    expect(server.requests.slice(served)).toEqual([]);
    expect(laterRequests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
    // Resource timing lists every fetch a document or worker made, from its start.
    const own = `chrome-extension://${ext.extensionId}/`;
    const popupFetched = await popup.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => r.name),
    );
    expect(popupFetched.filter((u) => !u.startsWith(own))).toEqual([]);
    expect(
      await ext.worker.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name)),
    ).toEqual([]);
    expect(
      await page.evaluate(
        (t) =>
          performance
            .getEntriesByType('resource')
            .filter((r) => r.startTime > t)
            .map((r) => r.name),
        loadedAt,
      ),
    ).toEqual([]);
  });

  it('could not make one if it tried: the worker and popup CSP (connect-src none) refuses it', async () => {
    const probe = `${server.origin}/probe`;
    const attempt = (u: string) =>
      fetch(u).then(
        () => 'fetched',
        () => 'refused',
      );
    expect(await ext.worker.evaluate(attempt, probe)).toBe('refused');
    expect(await popup.evaluate(attempt, probe)).toBe('refused');
    expect(server.requests).not.toContain('/probe');
  });

  it('the recorder is not blind: a request from the page is seen', async () => {
    await page.evaluate(() => fetch('/seen-probe').catch(() => undefined));
    await expect.poll(() => laterRequests.some((u) => u.endsWith('/seen-probe'))).toBe(true);
  });
});
