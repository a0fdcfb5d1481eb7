import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/extension-browser.ts';
import { markTime, settledState } from './support/popup.ts';
import { type StaticServer, serveFolder } from './support/static-server.ts';

const ARTIFACTS = resolve('test-results/e2e');

/** The reference page, the largest development pages (by HTML size) and the longest page read. */
const PAGES = [
  ['reference', '/alibaba-cloud-investment.html'],
  ['yahoo-2', '/readability/yahoo-2/source.html'],
  ['yahoo-3', '/readability/yahoo-3/source.html'],
  ['nytimes-5', '/readability/nytimes-5/source.html'],
  ['breitbart', '/readability/breitbart/source.html'],
  ['longest read (1.3M chars)', '/longest.html'],
] as const;

/**
 * A page just under GIANT_PAGE_CHARS (1.32 million characters of text in 9,000 paragraphs): about
 * the longest page Lede reads rather than refusing, so the slowest card a user can wait for.
 */
const LONGEST = `<!doctype html><html lang="en"><head><title>Everything</title></head><body><article>${Array.from(
  { length: 9_000 },
  (_, i) =>
    `<p>Paragraph ${i} of a very long page, which goes on and on about the same few things so that it holds far more text than any news article ever would.</p>`,
).join('')}</article></body></html>`;

interface Timing {
  page: string;
  state: string;
  /** From the popup document's start to the first render of the card (its DOM in place). */
  firstCardMs: number | null;
  /** The same to the card's first paint (the popup's first contentful paint). */
  paintedMs: number | null;
  /** The same, reopening the popup on the same page (the card from storage.session). */
  cachedCardMs: number | null;
  /**
   * Where the first card's time went, from the popup's and the worker's performance marks: the
   * browser opening the popup until its first script runs (which asks the worker to start), the
   * worker reading the page (injection and extraction in the tab), the analysis (with the check
   * that the tab still shows that page, and any warm-up step still running when the reading came
   * in), the popup rendering the answer, and the browser painting it. The gaps between
   * (messages, the worker looking up the tab before reading) make up the rest.
   */
  split: { opened: number; read: number; analysis: number; render: number; paint: number } | null;
}

/** The popup's and the worker's marks as parts of the time to the card, or null if one is missing. */
async function splitOf(popup: Page, worker: Worker): Promise<Timing['split']> {
  const [opened, answer, shown, painted] = await Promise.all(
    ['lede-early', 'lede-answer', 'lede-card-shown', 'first-contentful-paint'].map((m) =>
      markTime(popup, m),
    ),
  );
  // Each part is a difference of two marks of the same context, so the popup's and the worker's
  // clocks need not agree.
  const [start, end, analysed] = await worker.evaluate(() =>
    ['lede-read-start', 'lede-read-end', 'lede-analysed'].map(
      (n) => performance.getEntriesByName(n).at(-1)?.startTime ?? null,
    ),
  );
  const at = [opened, answer, shown, painted, start, end, analysed];
  if (!at.every((t): t is number => typeof t === 'number')) return null;
  const t = (i: number) => Math.round(at[i] as number);
  return {
    opened: t(0),
    read: t(5) - t(4),
    analysis: t(6) - t(5),
    render: t(2) - t(1),
    paint: t(3) - t(2),
  };
}

/**
 * A measurement, not a timed assertion: the time from the popup opening to the card being on
 * screen (the popup's `lede-card-shown` mark), printed and written to
 * test-results/e2e/timings.json. Target: under 300 ms for the reference page.
 */
describe('time from opening the popup to the card', () => {
  let server: StaticServer;
  let ext: ExtensionBrowser;
  const timings: Timing[] = [];

  beforeAll(async () => {
    server = await serveFolder(resolve('test/fixtures'), { '/longest.html': LONGEST });
    ext = await launchWithExtension();
    // Warm the worker up once, as a browser that has been running a while would have it.
    const warm = await ext.context.newPage();
    await warm.goto(`${server.origin}/empty.html`);
    await settledState(await ext.openPopup(warm));
    await warm.close();
  });

  afterAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(
      resolve(ARTIFACTS, 'timings.json'),
      `${JSON.stringify({ measuredAt: new Date().toISOString(), timings }, null, 2)}\n`,
    );
    console.log(
      [
        `${'page'.padEnd(26)} state   first card   painted   cached card   (opened, read, analysis, render, paint)`,
      ]
        .concat(
          timings.map(
            (t) =>
              `${t.page.padEnd(26)} ${t.state.padEnd(7)} ${String(t.firstCardMs ?? '-').padStart(7)} ms ${String(t.paintedMs ?? '-').padStart(6)} ms ${String(t.cachedCardMs ?? '-').padStart(9)} ms   ${t.split ? `(${t.split.opened}, ${t.split.read}, ${t.split.analysis}, ${t.split.render}, ${t.split.paint})` : ''}`,
          ),
        )
        .join('\n'),
    );
    await ext?.close();
    await server?.close();
  });

  it.each(PAGES)('%s', async (name, path) => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const first = await ext.openPopup(page);
    const state = await settledState(first, 30_000);
    const firstCardMs = await markTime(first, 'lede-card-shown');
    const paintedMs = await markTime(first, 'first-contentful-paint');
    const split = await splitOf(first, ext.worker);
    const again = await ext.openPopup(page);
    await settledState(again);
    const cachedCardMs = await markTime(again, 'lede-card-shown');
    const round = (n: number | null) => (n === null ? null : Math.round(n));
    timings.push({
      page: name,
      state,
      firstCardMs: round(firstCardMs),
      paintedMs: round(paintedMs),
      cachedCardMs: round(cachedCardMs),
      split,
    });
    await page.close();
    expect(state).toBe('card');
  });

  // What most users meet: the browser stops an idle worker after 30 s, so the click starts a
  // fresh one. (A new URL, so no card is cached for it.)
  it('reference, with the worker stopped first', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/alibaba-cloud-investment.html?fresh-worker`, {
      waitUntil: 'load',
    });
    await ext.stopWorker();
    const popup = await ext.openPopup(page);
    const state = await settledState(popup, 30_000);
    const ms = await markTime(popup, 'lede-card-shown');
    timings.push({
      page: 'reference, worker stopped',
      state,
      firstCardMs: ms === null ? null : Math.round(ms),
      paintedMs: await markTime(popup, 'first-contentful-paint').then((p) =>
        p === null ? null : Math.round(p),
      ),
      cachedCardMs: null,
      split: await splitOf(popup, ext.worker),
    });
    await page.close();
    expect(state).toBe('card');
  });
});
