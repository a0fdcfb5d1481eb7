import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SummariseResponse } from '../messages.ts';
import { Card } from './Card.tsx';
import { ErrorView } from './ErrorView.tsx';
import { requestSummary } from './request-summary.ts';
import { Skeleton } from './Skeleton.tsx';

/** A skeleton appears only if the card takes longer than this, so fast pages do not flash. */
const SKELETON_DELAY_MS = 120;

type State = { kind: 'loading'; skeleton: boolean } | { kind: 'done'; res: SummariseResponse };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading', skeleton: false });

  const load = useCallback((opts: { force?: boolean; refresh?: boolean } = {}) => {
    setState({ kind: 'loading', skeleton: false });
    const timer = setTimeout(
      () => setState((s) => (s.kind === 'loading' ? { kind: 'loading', skeleton: true } : s)),
      SKELETON_DELAY_MS,
    );
    requestSummary(opts)
      .catch(
        (e: unknown): SummariseResponse => ({
          ok: false,
          code: 'internal',
          detail: String((e as Error)?.message ?? e),
        }),
      )
      .then((res) => {
        clearTimeout(timer);
        setState({ kind: 'done', res });
      });
  }, []);

  useEffect(() => load(), [load]);

  if (state.kind === 'loading')
    return state.skeleton ? <Skeleton /> : <main class="blank" aria-busy="true" />;
  const { res } = state;
  if (res.ok) return <Card summary={res.summary} />;
  return (
    <ErrorView
      res={res}
      onRetry={() => load({ refresh: true })}
      onForce={() => load({ force: true, refresh: true })}
    />
  );
}
