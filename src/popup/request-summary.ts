import { browser, session } from '../browser/api.ts';
import { cacheKey, isFreshCard } from '../browser/card-cache.ts';
import type { Length } from '../core/types.ts';
import { isSummariseResponse, type Request, type SummariseResponse } from '../messages.ts';

/**
 * The active tab's card. A card already made for this page (same URL, same length) is read
 * straight from storage.session, so reopening the popup shows it at once, even when the worker
 * has been stopped; anything else goes to the worker, which reads the page and runs the core.
 */
export async function requestSummary(
  tab: { id?: number; url?: string; title?: string } | undefined,
  opts: { force?: boolean; refresh?: boolean; length: Length },
): Promise<SummariseResponse> {
  if (tab?.id === undefined) return { ok: false, code: 'tab_gone' };
  let checked = false;
  if (!opts.refresh && !opts.force && tab.url) {
    checked = true;
    const cached = await session.get(cacheKey(tab.id)).catch(() => undefined);
    if (isFreshCard(cached, tab.url, opts.length)) {
      return {
        ok: true,
        summary: cached.summary,
        tab: { id: tab.id, url: tab.url, title: tab.title ?? '' },
        cached: true,
      };
    }
  }
  const msg: Request = {
    type: 'summarise',
    tabId: tab.id,
    force: opts.force,
    // No fresh card was in the cache a moment ago: the worker need not look again (a storage
    // read, 2 to 15 ms of the time to the card).
    refresh: opts.refresh || checked,
    // The popup's opening asked the worker to start on this tab (early.ts): take that answer.
    first: checked,
    options: { length: opts.length },
  };
  // Marks for the end-to-end timings: popup start -> request -> answer -> card shown.
  performance.mark('lede-request-sent');
  const res: unknown = await browser.runtime.sendMessage(msg);
  performance.mark('lede-answer');
  if (isSummariseResponse(res)) return res;
  return { ok: false, code: 'internal', detail: 'The background worker gave no valid answer.' };
}
