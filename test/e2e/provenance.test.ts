import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

/** The text under Lede's highlight in the page, read from the page's own world. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
      'lede-passage',
    );
    return h ? [...h].map((r) => r.toString()).join(' | ') : null;
  });

/** Whether the highlighted passage is inside the viewport (after the smooth scroll). */
const inView = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
      'lede-passage',
    );
    const range = h ? [...h][0] : undefined;
    if (!range) return false;
    const r = range.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });

describe('provenance: a card item shows its passage in the article tab', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await serveFolder(resolve('test/fixtures'));
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    // A short window, so the article's passages start out of view and must be scrolled to.
    await page.setViewportSize({ width: 900, height: 400 });
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    await page.evaluate(() => {
      (window as unknown as { __loadedOnce: number }).__loadedOnce = 1;
    });
    popup = await ext.openPopup(page);
    await popup.waitForSelector('[data-state="card"]', { timeout: 15_000 });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('clicking a key point highlights that sentence in the page and scrolls to it', async () => {
    const point = popup.locator('.points button.passage').nth(1);
    const text = await point.textContent();
    await point.click();
    await expect.poll(() => highlighted(page)).toBe(text);
    await expect.poll(() => inView(page)).toBe(true);
    await expect
      .poll(() => popup.locator('.live').textContent())
      .toBe('Shown and highlighted in the page.');
  });

  it('Enter on a figure highlights the whole sentence it is in', async () => {
    await popup.locator('.figures button.passage').first().focus();
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => highlighted(page))
      .toBe(
        'Alibaba Cloud is to invest an additional 200 billion yuan ($28.2bn) into its cloud infrastructure during the next three years to help businesses in China overcome the Covid-19 pandemic.',
      );
  });

  it('clicking a quote highlights the quotation where it is said', async () => {
    await popup.locator('.quotes button.passage').nth(1).click();
    await expect.poll(() => highlighted(page)).toMatch(/^“The Covid-19 pandemic has posed/);
    expect(await highlighted(page)).toContain('added Zhang.');
    await expect.poll(() => inView(page)).toBe(true);
  });

  it('never reloads the page nor adds anything to it', async () => {
    expect(
      await page.evaluate(() => (window as unknown as { __loadedOnce?: number }).__loadedOnce),
    ).toBe(1);
    expect(
      await page.evaluate(() => document.querySelectorAll('[class*="lede"], [id*="lede"]').length),
    ).toBe(0);
  });

  it('says so when the passage is no longer in the page', async () => {
    await page.evaluate(() => {
      for (const p of Array.from(document.querySelectorAll('p')))
        if (p.textContent?.includes('South China Morning Post')) p.remove();
    });
    const point = popup.locator('.points button.passage', { hasText: 'South China Morning Post' });
    await point.click();
    await expect
      .poll(() => popup.locator('.live').textContent())
      .toBe(
        "Lede couldn't find this passage in the page. It may have changed since the card was made.",
      );
  });

  it('says the tab shows another page when it has navigated', async () => {
    await page.evaluate(() => history.pushState({}, '', '/another-story.html'));
    await popup.locator('.points button.passage').first().click();
    await expect
      .poll(() => popup.locator('.live').textContent())
      .toBe('The tab shows another page now. Open Lede there for a new card.');
  });
});
