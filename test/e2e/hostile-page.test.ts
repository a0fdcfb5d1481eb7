import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser.ts';
import { settledState } from './support/popup.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Payloads, each written into the page as text (escaped), so the page shows the characters;
// they would run only if Lede turned them back into markup anywhere.
const IMG = '<img src=x onerror="window.__hits++">';
const SCRIPT = '</script><script>window.__hits++</script>';
const SVG = '<svg onload="window.__hits++">';
const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE: "\u202Etxt.exe" shows as "exe.txt"
const BYLINE = '"><b onmouseover="window.__hits++">Eve';
const TITLE = `${IMG} ${RLO}gnp.exe ${'A'.repeat(100_000)}`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${esc(TITLE)}</title>
<meta property="og:title" content="${esc(TITLE)}">
<meta name="author" content="${esc(BYLINE)}">
<meta property="og:site_name" content="${esc(SVG)}">
<meta property="article:published_time" content="2020-04-20T09:00:00Z">
<script>window.__hits = 0;</script>
</head><body><article>
<h1>${esc(TITLE.slice(0, 200))}</h1>
<p>The council said it would spend $5bn ${esc(IMG)} on new roads over the next five years, the largest programme of its kind in the region since the war.</p>
<p>Residents can read the plan by following <a href="javascript:window.__hits++">this javascript: link</a>, which the council published on Monday with a long list of the roads that will be rebuilt first.</p>
<p>“${RLO}gnp.exe ${esc(SCRIPT)} was typed into our form by someone, and we fixed it the same day,” said Mary Rolly, a spokesperson for ${esc(SVG)} the council, who added that work would start in the spring.</p>
<p>One real image of the page fails to load and counts once, from the page itself: <img src="x" onerror="window.__hits++" alt=""> and nothing Lede does may count again.</p>
</article></body></html>`;

/** How many payloads have run in the page (the page's own broken image counts one). */
const hits = (page: Page) => page.evaluate(() => (window as unknown as { __hits: number }).__hits);

describe('a hostile page stays inert', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let popup: Page;
  let baseline: number;

  beforeAll(async () => {
    server = await serveFolder(resolve('test/fixtures'), { '/hostile.html': PAGE });
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/hostile.html`, { waitUntil: 'load' });
    baseline = await hits(page);
    popup = await ext.openPopup(page);
    expect(await settledState(popup)).toBe('card');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows the payloads as text: title, byline, site, key points, figures, quotes', async () => {
    const title = (await popup.locator('h1.title').textContent()) ?? '';
    expect(title.startsWith(`${IMG} ${RLO}gnp.exe AAA`)).toBe(true);
    expect(title.length).toBeLessThanOrEqual(1_000); // cut to the article limit
    expect(await popup.locator('.site').textContent()).toBe(SVG);
    expect(await popup.locator('.byline').textContent()).toBe(BYLINE);
    expect(await popup.locator('.points').textContent()).toContain(`$5bn ${IMG} on new roads`);
    expect(await popup.locator('.figures .value').first().textContent()).toBe('$5bn');
    // The real finder builds the context from the sentence, payload and all, as text.
    expect(await popup.locator('.figures .context').first().textContent()).toContain(
      '<img src=x onerror=',
    );
    expect(await popup.locator('.quotes blockquote').first().textContent()).toBe(
      `“${RLO}gnp.exe ${SCRIPT} was typed into our form by someone, and we fixed it the same day”`,
    );
    expect(await popup.locator('.quotes .speaker').first().textContent()).toContain('Mary Rolly');
  });

  it('creates no element from page text, and nothing runs', async () => {
    const inPopup = await popup.evaluate(() => ({
      elements: document.querySelectorAll(
        'main img:not(.favicon), main script, main svg, main b, main iframe, main object, main embed, main a, [onerror], [onload], [onclick], [onmouseover]',
      ).length,
      fetchedX: performance.getEntriesByType('resource').filter((r) => /\/x$/.test(r.name)).length,
      hits: (window as unknown as { __hits?: number }).__hits ?? null,
    }));
    expect(inPopup).toEqual({ elements: 0, fetchedX: 0, hits: null });
    expect(await hits(page)).toBe(baseline);
  });

  it('keeps right-to-left overrides inside the field they came in', async () => {
    const leaks = await popup.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (n.nodeValue?.includes('\u202E') && !el?.closest('bdi, [dir]'))
          out.push(n.nodeValue.slice(0, 40));
      }
      return out;
    });
    expect(leaks).toEqual([]);
  });

  it('holds its layout: 400 px wide, no sideways scroll, a five-line title', async () => {
    const box = await popup.evaluate(() => {
      const title = document.querySelector('h1.title') as HTMLElement;
      const lineHeight = Number.parseFloat(getComputedStyle(title).lineHeight);
      return {
        width: document.body.getBoundingClientRect().width,
        sideScroll: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        titleLines: Math.round(title.getBoundingClientRect().height / lineHeight),
      };
    });
    expect(box).toEqual({ width: 400, sideScroll: false, titleLines: 5 });
  });

  it('copies rich text with the payloads escaped, and still nothing runs', async () => {
    await popup.locator('.copy-as').getByRole('button', { name: 'Rich text' }).click();
    await expect
      .poll(() => popup.locator('.live').textContent())
      .toBe('Summary copied to the clipboard.');
    const html = await popup.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? await (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain('$5bn &lt;img src=x onerror="window.__hits++"&gt; on new roads');
    expect(html).not.toMatch(/<(img|script|svg)\b/i);
    expect(await hits(page)).toBe(baseline);
  });

  it('highlights a passage full of markup as text, and still nothing runs', async () => {
    await popup.locator('.points button.passage').first().click();
    await expect
      .poll(() => popup.locator('.live').textContent())
      .toBe('Shown and highlighted in the page.');
    expect(await hits(page)).toBe(baseline);
  });
});
