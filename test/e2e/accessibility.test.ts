import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser.ts';
import { settledState } from './support/popup.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

const ARTIFACTS = resolve('test-results/e2e');

/** The focused element, described for comparison: tag, class and the start of its name. */
const focused = (popup: Page) =>
  popup.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const outline = getComputedStyle(el);
    return {
      id: `${el.tagName.toLowerCase()}.${el.className}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 30)}`,
      outline: outline.outlineStyle !== 'none' && Number.parseFloat(outline.outlineWidth) >= 2,
      top: el.getBoundingClientRect().top + scrollY,
    };
  });

/** Every focusable element of the popup in document order, described like `focused`. */
const focusables = (popup: Page) =>
  popup.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input, select'),
    )
      .filter((el) => el.offsetParent !== null)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 30)}`,
      ),
  );

const noSideScroll = (popup: Page) =>
  popup.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );

describe('keyboard, screen readers, themes and zoom', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveFolder(resolve('test/fixtures'), {
      '/not-article.html':
        '<!doctype html><html lang="en"><head><title>Links</title></head><body><ul><li><a href="/a">A story</a></li></ul><p>Welcome.</p></body></html>',
    });
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    popup = await ext.openPopup(page);
    expect(await settledState(popup)).toBe('card');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('Tab visits every control in reading order, top to bottom, each with a visible focus ring', async () => {
    const expected = await focusables(popup);
    expect(expected.length).toBeGreaterThan(10);
    const seen: { id: string; outline: boolean; top: number }[] = [];
    for (let i = 0; i < expected.length; i++) {
      await popup.keyboard.press('Tab');
      const f = await focused(popup);
      if (f) seen.push(f);
    }
    expect(seen.map((f) => f.id)).toEqual(expected);
    expect(seen.every((f) => f.outline)).toBe(true);
    // Reading order: never back up the card (controls on one line share a top).
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]!.top).toBeGreaterThanOrEqual(seen[i - 1]!.top - 1);
    // Shift+Tab goes back the same way.
    await popup.keyboard.press('Shift+Tab');
    expect((await focused(popup))?.id).toBe(expected[expected.length - 2]);
  });

  it('Enter on a section heading folds it away and unfolds it', async () => {
    const toggle = popup.getByRole('button', { name: /^Key points/ });
    await toggle.focus();
    await popup.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await popup.locator('.points').isVisible()).toBe(false);
    await popup.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await popup.locator('.points').isVisible()).toBe(true);
  });

  it('has a main landmark, one h1 and a heading per section', async () => {
    expect(await popup.getByRole('main').count()).toBe(1);
    expect(await popup.getByRole('heading', { level: 1 }).allTextContents()).toEqual([
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports',
    ]);
    expect(
      (await popup.getByRole('heading', { level: 2 }).allTextContents()).map((h) =>
        h.replace(/\s*\(\d+\)$/, ''),
      ),
    ).toEqual(['Key points', 'Key figures', 'Quotes']);
  });

  it('axe-core finds no violations in the card, light and dark', async () => {
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({
      path: resolve(ARTIFACTS, 'card-reference-light.png'),
      fullPage: true,
    });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: resolve(ARTIFACTS, 'card-reference-dark.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('reflows with no sideways scroll: at 400 px, at 320 px, and with text at 200%', async () => {
    expect(await noSideScroll(popup)).toBe(true);
    expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(400);
    // A popup's window cannot be resized from outside; narrowing the body is what a narrower
    // window would do to it (the body is 400 px, at most 100vw).
    expect(
      await popup.evaluate(() => {
        document.body.style.width = '320px';
        const fits = document.body.scrollWidth <= 320;
        document.body.style.width = '';
        return fits;
      }),
    ).toBe(true);
    await popup.evaluate(() => {
      document.documentElement.style.fontSize = '175%'; // 28 px: twice the card's 14 px
    });
    expect(await noSideScroll(popup)).toBe(true);
    expect(await popup.evaluate(() => document.body.scrollWidth <= 400)).toBe(true);
    await popup.screenshot({ path: resolve(ARTIFACTS, 'card-text-200.png'), fullPage: true });
    await popup.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
  });

  it('axe-core finds no violations in a state page (not an article)', async () => {
    await page.goto(`${server.origin}/not-article.html`);
    const state = await ext.openPopup(page);
    expect(await settledState(state)).toBe('not_article');
    expect(await axeViolations(state)).toEqual([]);
  });

  it('axe-core finds no violations in the options page, light and dark', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.optionsUrl);
    await options.waitForSelector('h1');
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: resolve(ARTIFACTS, 'options-dark.png'), fullPage: true });
    await options.close();
  });

  it('Escape closes the popup', async () => {
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    const p = await ext.openPopup(page);
    expect(await settledState(p)).toBe('card');
    const closed = p.waitForEvent('close', { timeout: 5_000 });
    // The popup is gone before the key press returns: that is the point.
    await p.keyboard.press('Escape').catch(() => undefined);
    await closed;
    expect(p.isClosed()).toBe(true);
  });
});
