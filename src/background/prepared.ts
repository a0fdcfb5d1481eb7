import { activeTab, loadSettings } from '../browser/api.ts';
import { DEFAULT_SETTINGS } from '../browser/settings.ts';
import type { Length } from '../core/types.ts';
import type { SummariseResponse } from '../messages.ts';
import { summariseTab } from './summarise-tab.ts';
import { testHooks } from './test-hooks.ts';

/** A card started when the popup opened, for the popup's first request to take. */
interface Prepared {
  tabId: number;
  length: Length;
  at: number;
  answer: Promise<SummariseResponse>;
}

/**
 * How long a prepared card waits for the popup's request. The popup asks 30 to 60 ms after it
 * opens; a prepared card older than this belongs to a popup that found its card in the cache (and
 * never asked), and a later popup must not take it.
 */
const PREPARED_FOR_MS = 5_000;

let pending: Promise<Prepared | null> | null = null;

/**
 * The popup just opened: start summarising the tab it will ask about (the active tab, at the
 * length the settings say), as summariseTab does for the popup's own request, storage cache
 * included. Failures are answers (summariseTab never rejects for a page's sake).
 */
export function prepareActiveTab(): void {
  pending = (async () => {
    const [tab, settings] = await Promise.all([
      activeTab(),
      loadSettings().catch(() => DEFAULT_SETTINGS),
    ]);
    if (tab?.id === undefined) return null;
    const length = settings.sections.keyPoints.length;
    const answer = summariseTab(tab.id, { options: { length } });
    return { tabId: tab.id, length, at: Date.now(), answer };
  })().catch(() => null);
}

/**
 * The prepared answer for this request, if the popup's opening started it: same tab, same
 * length, recent. Taken once. Example: popup opens on tab 7 -> prepare starts reading tab 7 ->
 * the popup asks { tabId: 7, first: true, length: 'medium' } 40 ms later -> it gets that answer.
 */
export async function takePrepared(
  tabId: number,
  length: Length,
): Promise<SummariseResponse | null> {
  const p = await pending;
  pending = null;
  if (!p || p.tabId !== tabId || p.length !== length || Date.now() - p.at > PREPARED_FOR_MS)
    return null;
  const hooks = testHooks();
  if (hooks?.preparedTaken !== undefined) hooks.preparedTaken++;
  return p.answer;
}
