import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser.ts';
import { announcedAfter, settledState } from './support/popup.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

const URL_ = 'https://cloudtech.example/news/2020/apr/20/alibaba-cloud-invest-28bn-infrastructure/';

/** What the clipboard holds, as plain text and (when there is one) HTML. */
const readClipboard = (popup: Page) =>
  popup.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read())
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    return out;
  });

describe('copy in each format, and the options taking effect', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await serveFolder(resolve('test/fixtures'));
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

  it('Copy puts Markdown on the clipboard by default', async () => {
    await announcedAfter(
      popup,
      () => popup.getByRole('button', { name: 'Copy the summary as Markdown' }).click(),
      'Summary copied to the clipboard.',
    );
    const clip = await readClipboard(popup);
    expect(clip['text/html']).toBeUndefined();
    expect(clip['text/plain']).toContain(`## [Alibaba Cloud to invest $28bn`);
    expect(clip['text/plain']).toMatch(
      /\n- \*\*200 billion yuan \(\$28\.2bn\)\*\*: [^\n]*cloud infrastructure/,
    );
    expect(clip['text/plain']).toContain('> — Jeff Zhang, president of Alibaba Cloud Intelligence');
  });

  it('"Copy as: Plain text" copies plain text', async () => {
    await announcedAfter(
      popup,
      () => popup.locator('.copy-as').getByRole('button', { name: 'Plain text' }).click(),
      'Summary copied to the clipboard.',
    );
    const text = (await readClipboard(popup))['text/plain'] ?? '';
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports',
      'CloudTech News · James Bourne · 20 Apr 2020',
      URL_,
    ]);
    expect(text).not.toContain('**');
  });

  it('"Copy as: Rich text" copies HTML for mail and documents, with a plain-text alternative', async () => {
    await announcedAfter(
      popup,
      () => popup.locator('.copy-as').getByRole('button', { name: 'Rich text' }).click(),
      'Summary copied to the clipboard.',
    );
    const clip = await readClipboard(popup);
    expect(clip['text/html']).toContain(`<h2><a href="${URL_}">Alibaba Cloud to invest $28bn`);
    expect(clip['text/html']).toMatch(
      /<li><strong>200 billion yuan \(\$28\.2bn\)<\/strong>: [^<]*cloud infrastructure[^<]*<\/li>/,
    );
    expect(clip['text/plain']).toMatch(/^Alibaba Cloud to invest \$28bn/);
  });

  it('"Copy quote with source" copies the quote, speaker, outlet, date and URL in one paste', async () => {
    await announcedAfter(
      popup,
      () =>
        popup.getByRole('button', { name: 'Copy quote with source (Jeff Zhang)' }).first().click(),
      'Quote copied with its source.',
    );
    expect((await readClipboard(popup))['text/plain']).toBe(
      `> “By increasing our investment on cloud infrastructure and fundamental technologies, we hope to continue providing world-class, trusted computing resources to help businesses speed up the recovery process”\n> — Jeff Zhang, president of Alibaba Cloud Intelligence. [CloudTech News](${URL_}), 20 Apr 2020\n`,
    );
  });

  it('the options page hides a section, shortens another and changes the copy format', async () => {
    const pointsBefore = await popup.locator('.points li').count();
    const options = await ext.context.newPage();
    await options.goto(ext.optionsUrl);
    await options.getByLabel('Key figures').uncheck();
    await options.locator('#length-keyPoints').selectOption('short');
    await options.getByLabel(/^Rich text/).check();
    await expect.poll(() => options.locator('.live').textContent()).toBe('Saved.');
    await options.close();

    popup = await ext.openPopup(page);
    expect(await settledState(popup)).toBe('card');
    expect(await popup.locator('.figures').count()).toBe(0);
    expect(await popup.locator('.points li').count()).toBeLessThan(pointsBefore);
    await announcedAfter(
      popup,
      () => popup.getByRole('button', { name: 'Copy the summary as rich text' }).click(),
      'Summary copied to the clipboard.',
    );
    const clip = await readClipboard(popup);
    expect(clip['text/html']).toContain('<p><strong>Key points</strong></p>');
    expect(clip['text/html']).not.toContain('Key figures');

    await announcedAfter(
      popup,
      () =>
        popup.getByRole('button', { name: 'Copy quote with source (Jeff Zhang)' }).last().click(),
      'Quote copied with its source.',
    );
    expect((await readClipboard(popup))['text/html']).toContain(
      `<cite><a href="${URL_}">CloudTech News</a></cite>, 20 Apr 2020`,
    );
  });

  it('a short quotes length cuts the list, and "Show all" brings the rest back', async () => {
    const options = await ext.context.newPage();
    await options.goto(ext.optionsUrl);
    await options.locator('#length-quotes').selectOption('short');
    await expect.poll(() => options.locator('.live').textContent()).toBe('Saved.');
    // The reference page has three quotes (the third, from a project's statement, unattributed).
    // Another key points length is another card: the worker makes it afresh, with three quotes.
    await options.locator('#length-keyPoints').selectOption('long');
    await options.close();
    popup = await ext.openPopup(page);
    expect(await settledState(popup)).toBe('card');
    expect(await popup.locator('.quotes > li').count()).toBe(2);
    await popup.getByRole('button', { name: 'Show all 3' }).click();
    expect(await popup.locator('.quotes > li').count()).toBe(3);
    expect(await popup.locator('.quotes .speaker').last().textContent()).toBe('Unattributed');
  });
});
