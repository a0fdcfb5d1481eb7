import { getTab, runExtractor, session } from '../browser/api.ts';
import { forbiddenReason, looksLikePdf } from '../core/page-access.ts';
import { DEFAULT_OPTIONS, summarise } from '../core/summarise.ts';
import type { Summary, SummaryOptions } from '../core/types.ts';
import { asArticle } from '../core/validate-article.ts';
import type { SummariseResponse, TabInfo } from '../messages.ts';

/** The injected extractor gets this long before the card says the page is too slow. */
const EXTRACT_TIMEOUT_MS = 8_000;

interface CachedCard {
  url: string;
  length: SummaryOptions['length'];
  summary: Summary;
}

const cacheKey = (tabId: number) => `card:${tabId}`;

/**
 * Summarise one tab: check the browser lets us read it, inject the extractor, validate what it
 * returns, run the core, cache the card per tab and URL in storage.session (which survives the
 * worker being stopped, and is cleared when the browser closes).
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

  if (!opts.refresh) {
    const cached = await session.get<CachedCard>(cacheKey(tabId)).catch(() => undefined);
    if (cached && cached.url === tab.url && cached.length === options.length) {
      return { ok: true, summary: cached.summary, tab, cached: true };
    }
  }

  let raw: unknown;
  try {
    raw = await withTimeout(runExtractor(tabId), EXTRACT_TIMEOUT_MS);
  } catch (e) {
    return injectionFailure(e, tab);
  }
  // The tab may have navigated while we read it: a card for the old page would be wrong.
  const now = await getTab(tabId).catch(() => null);
  if (!now) return { ok: false, code: 'tab_gone' };
  if (now.url !== tab.url) return { ok: false, code: 'tab_gone', tab, detail: 'navigated' };

  const article = asArticle(raw);
  if (!article || article.blocks.length === 0) return { ok: false, code: 'no_text', tab };
  if (!article.readerable && !opts.force && article.source !== 'selection') {
    return { ok: false, code: 'not_article', tab };
  }
  const summary = summarise({ ...article, url: tab.url }, options);
  await session
    .set(cacheKey(tabId), { url: tab.url, length: options.length, summary } satisfies CachedCard)
    .catch(() => undefined);
  return { ok: true, summary, tab, cached: false };
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
