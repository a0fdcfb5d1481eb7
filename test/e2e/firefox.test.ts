import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN, type Firefox, launchFirefox } from './support/firefox.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

/**
 * The Firefox build (dist/firefox-test: the shipped Firefox build plus a 127.0.0.1 host
 * permission, as for Chromium) in real headless Firefox: its event page, the extractor injected
 * with scripting.executeScript, the analysis, and the popup's page. (Firefox 140 hands back the
 * injected file's completion value as Chromium does, so runExtractor's second call, kept for
 * browsers that do not, runs in neither.)
 *
 * Firefox's toolbar popup cannot be opened by automation, so the popup's own page is loaded in a
 * background tab beside the article: the article stays the window's active tab, which is the tab
 * the popup reads, so the page runs exactly as it does in the toolbar popup (early prepare, first
 * request, card, copy button). The Chromium tests cover the real popup.
 */
describe('Firefox: the reference page summarised by the Firefox build', () => {
  let server: StaticServer;
  let ff: Firefox;
  let options: string;
  let served = 0;

  /** Set the worker's test hooks (src/background/test-hooks.ts) from one of Lede's own pages. */
  const setHooks = (hooks: object) =>
    ff.evaluate(
      options,
      `browser.runtime.getBackgroundPage().then((bg) => { bg.__ledeTestHooks = ${JSON.stringify(hooks)}; return true; })`,
    );
  const hooks = () =>
    ff.evaluate<{ reads?: number; preparedTaken?: number }>(
      options,
      'browser.runtime.getBackgroundPage().then((bg) => bg.__ledeTestHooks ?? {})',
    );

  beforeAll(async () => {
    server = await serveFolder(resolve('test/fixtures'));
    ff = await launchFirefox('dist/firefox-test');
    await ff.send('browsingContext.navigate', {
      context: ff.firstTab,
      url: `${server.origin}/alibaba-cloud-investment.html`,
      wait: 'complete',
    });
    // Firefox fetches the tab's icon itself once the page has loaded; wait for that request so
    // that it is not counted as the extension's.
    for (let t = 0; t < 40 && !server.requests.includes('/favicon.ico'); t++)
      await new Promise((ok) => setTimeout(ok, 50));
    served = server.requests.length;
    options = await ff.openTab(`${EXTENSION_ORIGIN}/src/options/index.html`);
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('the worker reads the article tab and answers with its figures and attributed quotes', async () => {
    await setHooks({ reads: 0 });
    const res = await ff.evaluate<{
      ok: boolean;
      summary: {
        figures: { text: string; key: boolean }[];
        quotes: { speaker: string | null; role: string | null }[];
      };
    }>(
      options,
      `browser.tabs.query({ url: 'http://127.0.0.1/*' }).then(([tab]) => browser.runtime.sendMessage({ type: 'summarise', tabId: tab.id }))`,
    );
    expect(res.ok).toBe(true);
    const key = res.summary.figures.filter((f) => f.key).map((f) => f.text);
    expect(key).toContain('200 billion yuan ($28.2bn)');
    expect(key).toContain('three years');
    const zhang = res.summary.quotes.filter((q) => q.speaker === 'Jeff Zhang');
    expect(zhang.map((q) => q.role)).toEqual([
      'president of Alibaba Cloud Intelligence',
      'president of Alibaba Cloud Intelligence',
    ]);
    expect((await hooks()).reads).toBe(1);
  });

  it("the popup's page shows the card of the active tab, reading the page once", async () => {
    await setHooks({ reads: 0, preparedTaken: 0 });
    // A fresh read, not the card the first test cached: the popup asks with refresh only when
    // the user says so, so clear the session cache first.
    await ff.evaluate(options, 'browser.storage.session.clear().then(() => true)');
    const popup = await ff.openTab(`${EXTENSION_ORIGIN}/src/popup/index.html`);
    const state = await ff.evaluate<string>(
      popup,
      `new Promise((ok) => { const t0 = Date.now(); const look = () => { const s = document.querySelector('main')?.dataset.state; if ((s && s !== 'loading') || Date.now() - t0 > 15000) ok(s ?? 'none'); else setTimeout(look, 50); }; look(); })`,
    );
    expect(state).toBe('card');
    const text = await ff.evaluate<string>(popup, 'document.querySelector("main").innerText');
    expect(text).toContain(
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports',
    );
    expect(text).toContain('200 billion yuan ($28.2bn)');
    expect(text).toContain('Jeff Zhang, president of Alibaba Cloud Intelligence');
    // The popup's first act (early.ts) started the read; its own request took that answer, or
    // (when that read was done and stored before the popup looked in the cache) its stored card.
    const cached = await ff.evaluate<string>(
      popup,
      'document.querySelector("main").dataset.cached',
    );
    const { reads, preparedTaken } = await hooks();
    expect(reads).toBe(1);
    expect({ preparedTaken, cached }).toEqual(
      cached === 'true'
        ? { preparedTaken: 0, cached: 'true' }
        : { preparedTaken: 1, cached: 'false' },
    );

    // Copy, clicked as a user clicks (real pointer input: clipboard writes need a user gesture).
    await ff.send('browsingContext.activate', { context: popup });
    const box = await ff.evaluate<{ x: number; y: number }>(
      popup,
      `(() => { const b = [...document.querySelectorAll('button')].find((e) => e.getAttribute('aria-label') === 'Copy the summary as Markdown'); b.scrollIntoView(); const r = b.getBoundingClientRect(); return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) }; })()`,
    );
    await ff.send('input.performActions', {
      context: popup,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: box.x, y: box.y },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    const clip = await ff.evaluate<string>(
      popup,
      `new Promise((ok) => setTimeout(() => navigator.clipboard.readText().then(ok, (e) => ok('read failed: ' + e)), 300))`,
    );
    expect(clip).toContain('## [Alibaba Cloud to invest $28bn');
    expect(clip).toMatch(/\n- \*\*200 billion yuan \(\$28\.2bn\)\*\*: [^\n]*cloud infrastructure/);
    expect(clip).toContain('> — Jeff Zhang, president of Alibaba Cloud Intelligence');
  });

  it('asked nothing of the network: the page server saw no request after the page loaded', () => {
    expect(server.requests.slice(served)).toEqual([]);
  });
});
