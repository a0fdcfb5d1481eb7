import { getTab, runExtractor, session } from '../browser/api.ts';
import { type CachedCard, cacheKey, isFreshCard } from '../browser/card-cache.ts';
import { cardSummary } from '../core/card-summary.ts';
import { forbiddenReason, looksLikePdf } from '../core/page-access.ts';
import { DEFAULT_OPTIONS, summarise } from '../core/summarise.ts';
import type { SummaryOptions } from '../core/types.ts';
import { asArticle } from '../core/validate-article.ts';
import {
  asPageReading,
  type Failure,
  GIANT_PAGE_CHARS,
  type PageReading,
  type SummariseResponse,
  type TabInfo,
} from '../messages.ts';
import { testHooks } from './test-hooks.ts';
import { timingMark } from './timing-mark.ts';
import { warmUpWhile } from './warm-up.ts';

/**
 * The injected extractor gets this long before the card says the page took too long to read,
 * so that no page keeps the popup waiting much past two seconds (the analysis after it reads a
 * bounded amount of text: ANALYSIS_CHAR_BUDGET). Measured in Chromium on the development
 * machine: an article 5 to 30 ms, the largest corpus pages 100 to 300 ms, a page of 1.3 million
 * characters (near GIANT_PAGE_CHARS, the most Lede reads) about 0.7 s. What times out is a page
 * whose own script keeps its main thread busy, or one still loading (the script waits for it);
 * both may answer when tried again.
 */
const EXTRACT_TIMEOUT_MS = 2_000;
/** Characters per word, to say about how long a giant page is without counting its words. */
const CHARS_PER_WORD = 6;

/**
 * Summarise one tab: check the browser lets us read it, inject the extractor, validate what it
 * returns, run the core, cache the card per tab and URL in storage.session (which survives the
 * worker being stopped, and is cleared when the browser closes). Every way this can fail
 * becomes its own Failure code, which the card words for the user.
 */
export async function summariseTab(
  tabId: number,
  opts: { force?: boolean; refresh?: boolean; options?: Partial<SummaryOptions> } = {},
): Promise<SummariseResponse> {
  const options: SummaryOptions = { ...DEFAULT_OPTIONS, ...opts.options };
  let tab: TabInfo;
  try {
    const t = await getTab(tabId);
    tab = { id: tabId, url: t.url ?? '', title: t.title ?? '' };
  } catch {
    return { ok: false, code: 'tab_gone' };
  }
  // Without activeTab (or a host permission) the tab's URL is hidden from us.
  if (!tab.url) return { ok: false, code: 'no_access', tab };
  const forbidden = forbiddenReason(tab.url) ?? (looksLikePdf(tab.url) ? 'pdf-viewer' : null);
  if (forbidden) return { ok: false, code: 'forbidden', forbidden, tab };

  try {
    return await readTab(tab, options, opts);
  } catch (e) {
    // A bug, not a page Lede cannot read: the card offers Try again and Copy details.
    return {
      ok: false,
      code: 'internal',
      tab,
      detail: String((e as Error)?.stack ?? e).slice(0, 2_000),
    };
  }
}

async function readTab(
  tab: TabInfo,
  options: SummaryOptions,
  opts: { force?: boolean; refresh?: boolean },
): Promise<SummariseResponse> {
  const tabId = tab.id;
  if (!opts.refresh) {
    const cached = await session.get<CachedCard>(cacheKey(tabId)).catch(() => undefined);
    if (isFreshCard(cached, tab.url, options.length)) {
      return { ok: true, summary: cached.summary, tab, cached: true };
    }
  }

  const hooks = testHooks();
  if (hooks?.reads !== undefined) hooks.reads++;
  timingMark('lede-read-start');
  const extracting = runExtractor(tabId);
  // The page is read in its own process: meanwhile this worker warms the analysis up. Not
  // awaited: it stops on its own once the reading is in. The sample is tested never to throw
  // (test/unit/glue/warm-up.test.ts), so a failure there is not worth failing the card for.
  void warmUpWhile(extracting).catch(() => undefined);
  let raw: unknown;
  try {
    raw = await withTimeout(extracting, EXTRACT_TIMEOUT_MS);
  } catch (e) {
    return injectionFailure(e, tab);
  }
  timingMark('lede-read-end');
  if (hooks?.delayMs) await new Promise((r) => setTimeout(r, hooks.delayMs));
  if (hooks?.failOnce) {
    const message = hooks.failOnce;
    hooks.failOnce = undefined;
    throw new Error(message);
  }
  // The tab may have navigated while we read it: a card for the old page would be wrong.
  const now = await getTab(tabId).catch(() => null);
  if (!now) return { ok: false, code: 'tab_gone' };
  if (now.url !== tab.url) return { ok: false, code: 'tab_gone', tab, detail: 'navigated' };

  const reading = asPageReading(raw);
  if (!reading) return { ok: false, code: 'no_text', tab, detail: 'no reading' };
  const refused = refusal(reading, tab);
  if (refused) return refused;

  const article = asArticle(reading.article);
  if (!article || article.blocks.length === 0) {
    if (reading.frameUrl) return { ok: false, code: 'in_frame', tab, frameUrl: reading.frameUrl };
    return { ok: false, code: 'no_text', tab };
  }
  const readable = article.readerable || article.source !== 'article' || reading.fromFrame;
  if (!readable && !opts.force) return { ok: false, code: 'not_article', tab };

  const summary = cardSummary(summarise({ ...article, url: tab.url }, options));
  timingMark('lede-analysed');
  // After the answer has gone: storage.set copies its value before it returns (about 2 ms for
  // an article, 90 to 160 ms for a 200,000-word page), and the popup should not wait for that.
  setTimeout(() => {
    const card: CachedCard = { url: tab.url, length: options.length, summary };
    void session.set(cacheKey(tabId), card).catch(() => undefined);
  }, 0);
  return { ok: true, summary, tab, cached: false };
}

/** The page kinds Lede does not summarise, each with its own state. */
function refusal(reading: PageReading, tab: TabInfo): Failure | null {
  switch (reading.kind) {
    case 'pdf':
      return { ok: false, code: 'forbidden', forbidden: 'pdf-viewer', tab };
    case 'image':
      return { ok: false, code: 'not_html', fileKind: 'image', tab };
    case 'media':
      return { ok: false, code: 'not_html', fileKind: 'media', tab };
    case 'other':
      return { ok: false, code: 'not_html', fileKind: 'other', tab };
    default:
      if (reading.article === null && reading.chars > GIANT_PAGE_CHARS) {
        const words = Math.round(reading.chars / CHARS_PER_WORD);
        return { ok: false, code: 'too_large', words, tab };
      }
      return null;
  }
}

/** Forget a tab's card when it closes. */
export function forgetTab(tabId: number): Promise<void> {
  return session.remove(cacheKey(tabId)).catch(() => undefined);
}

function injectionFailure(e: unknown, tab: TabInfo): SummariseResponse {
  const message = String((e as Error)?.message ?? e);
  if (message === 'timeout') return { ok: false, code: 'timeout', tab };
  if (/No tab with id|tab was closed|Frame with ID 0 was removed|Tab not found/i.test(message))
    return { ok: false, code: 'tab_gone', tab };
  if (/cannot be scripted|gallery/i.test(message))
    return { ok: false, code: 'forbidden', forbidden: 'extension-store', tab };
  if (/Cannot access|Missing host permission|permission/i.test(message))
    return { ok: false, code: 'no_access', tab, detail: message };
  if (/error page/i.test(message)) return { ok: false, code: 'no_text', tab, detail: message };
  return { ok: false, code: 'internal', tab, detail: message };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}
