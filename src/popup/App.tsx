import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  activeTab,
  extensionVersion,
  faviconUrl,
  loadSettings,
  openOptionsPage,
  openTab,
  revealInTab,
} from '../browser/api.ts';
import { copyContent, quoteContent, visibleSummary } from '../browser/card-content.ts';
import { DEFAULT_SETTINGS, type Settings } from '../browser/settings.ts';
import { passageAt } from '../core/highlight/passage-at.ts';
import type { Failure, SummariseResponse } from '../messages.ts';
import { Card } from './Card.tsx';
import { writeClipboard } from './clipboard.ts';
import { ErrorView } from './ErrorView.tsx';
import { requestSummary } from './request-summary.ts';
import { Skeleton } from './Skeleton.tsx';

/** A skeleton appears only if the card takes longer than this, so fast pages do not flash. */
const SKELETON_DELAY_MS = 150;

interface Loaded {
  res: SummariseResponse;
  settings: Settings;
}

type State = { kind: 'loading'; skeleton: boolean } | ({ kind: 'done' } & Loaded);

/**
 * Ask for the active tab's card. Never rejects: a failure is an `internal` state. The tab is
 * looked up while the settings load: every millisecond before the card counts (the target is
 * 300 ms from the click to the card).
 */
export function loadCard(opts: { force?: boolean; refresh?: boolean } = {}): Promise<Loaded> {
  const work = async (): Promise<Loaded> => {
    const [settings, tab] = await Promise.all([
      loadSettings().catch(() => DEFAULT_SETTINGS),
      activeTab(),
    ]);
    const res = await requestSummary(tab, { ...opts, length: settings.sections.keyPoints.length });
    return { res, settings };
  };
  return work().catch((e: unknown) => ({
    res: {
      ok: false as const,
      code: 'internal' as const,
      detail: String((e as Error)?.message ?? e),
    },
    settings: DEFAULT_SETTINGS,
  }));
}

/**
 * The popup: shows the card, or the state that explains why not. `first` is the request
 * main.tsx sent before rendering (an effect would only send it after the first paint, about
 * 25 ms later); Try again and Summarise anyway send new ones.
 */
export function App({ first }: { first?: Promise<Loaded> }) {
  const [state, setState] = useState<State>({ kind: 'loading', skeleton: false });

  const show = useCallback((pending: Promise<Loaded>) => {
    setState({ kind: 'loading', skeleton: false });
    const timer = setTimeout(
      () => setState((s) => (s.kind === 'loading' ? { kind: 'loading', skeleton: true } : s)),
      SKELETON_DELAY_MS,
    );
    void pending.then((loaded) => {
      clearTimeout(timer);
      setState({ kind: 'done', ...loaded });
    });
  }, []);
  const load = useCallback(
    (opts: { force?: boolean; refresh?: boolean } = {}) => show(loadCard(opts)),
    [show],
  );

  // Once, at start: `first` is that start's request.
  useEffect(() => show(first ?? loadCard()), [show]);

  if (state.kind === 'loading')
    return state.skeleton ? <Skeleton /> : <main class="blank" aria-busy="true" />;
  const { res, settings } = state;
  if (!res.ok) {
    return (
      <ErrorView
        res={res}
        actions={{
          onRetry: () => load({ refresh: true }),
          onForce: () => load({ force: true, refresh: true }),
          onCopyDetails: () => writeClipboard({ text: bugReport(res) }),
          onOpenFrame: (url) => void openTab(url),
        }}
      />
    );
  }
  const { summary, tab } = res;
  return (
    <Card
      summary={summary}
      settings={settings}
      favicon={faviconUrl(tab.url)}
      cached={res.cached}
      onCopy={(format) => writeClipboard(copyContent(visibleSummary(summary, settings), format))}
      onCopyQuote={(q) => writeClipboard(quoteContent(q, summary, settings.copyFormat))}
      onReveal={async (span) => {
        const passage = passageAt(summary.blocks, span);
        return passage ? revealInTab(tab.id, tab.url, passage) : 'not_found';
      }}
      onOpenOptions={() => void openOptionsPage()}
    />
  );
}

/** "Copy details": what a bug report needs, and nothing from the page but its URL. */
function bugReport(res: Failure): string {
  return JSON.stringify(
    {
      lede: extensionVersion(),
      code: res.code,
      forbidden: res.forbidden,
      detail: res.detail,
      url: res.tab?.url,
      userAgent: navigator.userAgent,
      time: new Date().toISOString(),
    },
    null,
    2,
  );
}
