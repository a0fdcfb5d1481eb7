import { activeTab, browser } from '../browser/api.ts';
import type { SummaryOptions } from '../core/types.ts';
import type { Request, SummariseResponse } from '../messages.ts';

/** Ask the worker for the active tab's card. The worker does the reading and the analysis. */
export async function requestSummary(
  opts: { force?: boolean; refresh?: boolean; options?: Partial<SummaryOptions> } = {},
): Promise<SummariseResponse> {
  const tab = await activeTab();
  if (tab?.id === undefined) return { ok: false, code: 'tab_gone' };
  const msg: Request = { type: 'summarise', tabId: tab.id, ...opts };
  const res = (await browser.runtime.sendMessage(msg)) as SummariseResponse | undefined;
  return res ?? { ok: false, code: 'internal', detail: 'The background worker did not answer.' };
}
