import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser.ts';
import { clearHooks } from './support/hooks.ts';
import { describeState, markTime, settledState } from './support/popup.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

const para = (i: number) =>
  `<p>Paragraph ${i} of a very long page, which goes on and on about the same few things so that it holds far more text than any news article ever would.</p>`;

/**
 * Every state of the card a user can meet, each in its own words and with a way forward, on
 * pages served from 127.0.0.1 (and chrome:// and data: tabs, which the browser forbids).
 */
describe('the card states', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    const png = readFileSync(resolve('public/icons/icon-128.png'));
    server = await serveFolder(resolve('test/fixtures'), {
      '/not-article.html': `<!doctype html><html lang="en"><head><title>Links</title></head><body>
        <nav><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/s${i}">Story ${i}</a></li>`).join('')}</ul></nav>
        <p>Welcome to our site. Pick a story.</p></body></html>`,
      '/same-site-frame.html': `<!doctype html><html lang="en"><head><title>Reader</title></head><body>
        <p>Menu</p><iframe title="story" src="/alibaba-cloud-investment.html" style="width:100%;height:90vh;border:0"></iframe></body></html>`,
      '/photo.png': { type: 'image/png', body: png },
      '/notes.txt': {
        type: 'text/plain; charset=utf-8',
        body: 'Council approves new library\n\nThe city council voted on Tuesday to build a new library in the town centre. The building will cost 4 million euros.\n\nWork starts next spring, the mayor said.\n',
      },
      // Its own script keeps the main thread busy for 8 s once loaded, so the extractor cannot run.
      '/busy.html': `<!doctype html><html lang="en"><head><title>Busy</title></head><body>
        <p>The council voted on Tuesday to build a new library in the town centre.</p>
        <script>addEventListener('load', () => setTimeout(() => { const end = Date.now() + 8000; while (Date.now() < end) {} }, 0));</script></body></html>`,
      '/giant.html': `<!doctype html><html lang="en"><head><title>Everything</title></head><body>${Array.from({ length: 11_000 }, (_, i) => para(i)).join('')}</body></html>`,
    });
    ext = await launchWithExtension();
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const open = async (url: string) => {
    await page.goto(url);
    return ext.openPopup(page);
  };

  it('not an article: says so, and "Summarise anyway" makes the card', async () => {
    const popup = await open(`${server.origin}/not-article.html`);
    expect(await describeState(popup)).toMatchObject({
      state: 'not_article',
      title: "This page doesn't look like an article",
      buttons: ['Summarise anyway'],
    });
    await popup.getByRole('button', { name: 'Summarise anyway' }).click();
    expect(await settledState(popup)).toBe('card');
  });

  it('an empty page: no article text, with Try again', async () => {
    const popup = await open(`${server.origin}/empty.html`);
    expect(await describeState(popup)).toMatchObject({
      state: 'no_text',
      title: "There's no article text here",
      buttons: ['Try again'],
    });
  });

  it('an article in a frame from another site: names the frame and opens it on its own', async () => {
    const framed = `http://localhost:${new URL(server.origin).port}/alibaba-cloud-investment.html`;
    await page.route(`${server.origin}/frameset.html`, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html><head><title>Frames</title></head><frameset cols="15%,85%"><frame src="/empty.html"><frame src="${framed}"></frameset></html>`,
      }),
    );
    const popup = await open(`${server.origin}/frameset.html`);
    expect(await describeState(popup)).toMatchObject({
      state: 'in_frame',
      title: 'The article is in a frame',
      buttons: ["Open the frame's page"],
    });
    expect(await popup.locator('.frame-url').textContent()).toBe(framed);
    const opened = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: "Open the frame's page" }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(framed);
    await tab.close();
  });

  it('an article in a frame of the same site: summarised from the frame', async () => {
    const popup = await open(`${server.origin}/same-site-frame.html`);
    expect(await settledState(popup)).toBe('card');
    expect(await popup.locator('.points li').first().textContent()).toMatch(
      /^Alibaba Cloud is to invest/,
    );
  });

  it('an image tab: says it shows a file, not an article', async () => {
    const popup = await open(`${server.origin}/photo.png`);
    expect(await describeState(popup)).toMatchObject({
      state: 'not_html',
      title: 'This tab shows a file, not an article',
      body: expect.stringContaining('This tab shows an image.'),
    });
  });

  it('a plain-text file: summarised as paragraphs, and says so', async () => {
    const popup = await open(`${server.origin}/notes.txt`);
    expect(await settledState(popup)).toBe('card');
    expect(await popup.locator('h1.title').textContent()).toBe('Council approves new library');
    expect(await popup.locator('.note').allTextContents()).toContain(
      'Read from a plain-text file: paragraphs are taken from blank lines.',
    );
  });

  it('a PDF: the browser viewer is closed to extensions, and the card says why', async () => {
    await page.route(`${server.origin}/report.pdf`, (r) =>
      r.fulfill({ contentType: 'application/pdf', body: '%PDF-1.4\n%%EOF\n' }),
    );
    await page.goto(`${server.origin}/report.pdf`).catch(() => undefined);
    const popup = await ext.openPopup(page);
    expect(await describeState(popup)).toMatchObject({
      state: 'forbidden',
      title: "Lede can't read this page",
      body: "This is the browser's PDF viewer, which extensions can't read. Lede summarises web pages, not PDFs.",
    });
  });

  it('a page whose script keeps it busy: the card says it took too long, within seconds', async () => {
    // Without the extractor's time limit the popup would wait the whole 8 s and then show a card.
    const popup = await open(`${server.origin}/busy.html`);
    expect(await describeState(popup)).toMatchObject({
      state: 'timeout',
      title: 'The page took too long to read',
      buttons: ['Try again'],
    });
  });

  it('a giant page: too long to summarise, with how to summarise a part of it', async () => {
    const popup = await open(`${server.origin}/giant.html`);
    const s = await describeState(popup);
    expect(s).toMatchObject({ state: 'too_large', title: 'This page is too long to summarise' });
    expect(s.body).toMatch(/^It holds about [\d,]+ words, more than any article\. Select the part/);
  });

  it('a giant page with a selection: summarises the selection', async () => {
    await page.evaluate(() => {
      const range = document.createRange();
      const ps = document.querySelectorAll('p');
      range.setStartBefore(ps[0] as Node);
      range.setEndAfter(ps[3] as Node);
      getSelection()?.addRange(range);
    });
    const popup = await ext.openPopup(page);
    expect(await settledState(popup)).toBe('card');
    expect(await popup.locator('.note').allTextContents()).toContain('Summary of your selection');
  });

  it.each([
    [
      'chrome://version',
      'browser_page',
      'Browser pages such as settings, history and new tabs are closed to all extensions. Open a news article and try again.',
    ],
    ['data:text/html,<p>Hello</p>', 'not_web', "This tab isn't a web page Lede can read."],
  ])('a page the browser forbids (%s): says which and why', async (url, _reason, body) => {
    await page.goto(url);
    const popup = await ext.openPopup(page);
    expect(await describeState(popup)).toMatchObject({
      state: 'forbidden',
      title: "Lede can't read this page",
      body,
      buttons: [],
    });
  });

  it('the tab changed while reading: says so, and Try again reads the new page', async () => {
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    await ext.worker.evaluate(() => {
      (globalThis as unknown as { __ledeTestHooks: object }).__ledeTestHooks = { delayMs: 1_500 };
    });
    const popup = await ext.openPopup(page);
    // While the worker waits, the skeleton shows (the page takes long enough to need one).
    await popup.waitForSelector('main.skeleton');
    expect(await popup.getByRole('status').first().textContent()).toBe('Reading the article…');
    await page.evaluate(() => history.pushState({}, '', '/elsewhere.html'));
    expect(await describeState(popup)).toMatchObject({
      state: 'tab_gone',
      title: 'The page changed',
      buttons: ['Try again'],
    });
    await clearHooks(ext.worker);
    await popup.getByRole('button', { name: 'Try again' }).click();
    expect(await settledState(popup)).toBe('card');
  });

  it('an unexpected error: Try again recovers, Copy details copies a bug report', async () => {
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    await ext.worker.evaluate(() => {
      (globalThis as unknown as { __ledeTestHooks: object }).__ledeTestHooks = {
        failOnce: 'Simulated failure',
      };
    });
    const popup = await ext.openPopup(page);
    expect(await describeState(popup)).toMatchObject({
      state: 'internal',
      title: 'Something went wrong',
      buttons: ['Try again', 'Copy details'],
    });
    await popup.getByRole('button', { name: 'Copy details' }).click();
    await expect
      .poll(() => popup.locator('.live').textContent())
      .toBe('Details copied. Paste them into your bug report.');
    const report = JSON.parse(await popup.evaluate(() => navigator.clipboard.readText()));
    expect(report).toMatchObject({ code: 'internal', lede: '0.1.0', url: page.url() });
    expect(report.detail).toContain('Simulated failure');
    await popup.getByRole('button', { name: 'Try again' }).click();
    expect(await settledState(popup)).toBe('card');
  });

  it('opening the popup reads the page once: its card comes from the read the opening started', async () => {
    await ext.worker.evaluate(() => {
      (globalThis as unknown as { __ledeTestHooks: object }).__ledeTestHooks = {
        reads: 0,
        preparedTaken: 0,
      };
    });
    const popup = await open(`${server.origin}/alibaba-cloud-investment.html?read-once`);
    expect(await settledState(popup)).toBe('card');
    const cached = await popup.locator('main[data-state="card"]').getAttribute('data-cached');
    const hooks = await ext.worker.evaluate(
      () =>
        (globalThis as unknown as { __ledeTestHooks: { reads: number; preparedTaken: number } })
          .__ledeTestHooks,
    );
    await clearHooks(ext.worker);
    // One read, started by the popup's opening (early.ts). The popup's own request takes its
    // answer; or, when that read was already done and its card stored by the time the popup
    // looked in the cache (a fast page on a warm worker), the popup shows that stored card.
    expect(hooks.reads).toBe(1);
    expect({ preparedTaken: hooks.preparedTaken, cached }).toEqual(
      cached === 'true'
        ? { preparedTaken: 0, cached: 'true' }
        : { preparedTaken: 1, cached: 'false' },
    );
  });

  it('a fast page never flashes the skeleton, and a reopened popup shows the cached card at once', async () => {
    await page.goto(`${server.origin}/alibaba-cloud-investment.html`);
    const first = await ext.openPopup(page);
    expect(await settledState(first)).toBe('card');
    const again = await ext.openPopup(page);
    expect(await settledState(again)).toBe('card');
    expect(await again.locator('main').getAttribute('data-cached')).toBe('true');
    expect(await markTime(again, 'lede-skeleton-shown')).toBeNull();
  });
});
