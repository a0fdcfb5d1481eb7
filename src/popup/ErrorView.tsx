import { t } from '../browser/i18n.ts';
import type { Failure } from '../messages.ts';
import { useAnnouncer } from './use-announcer.ts';

export interface ErrorActions {
  onRetry(): void;
  onForce(): void;
  onCopyDetails(): Promise<void>;
  onOpenFrame(url: string): void;
}

/** Which way forward each state offers, besides its words. */
const RETRY = new Set(['internal', 'timeout', 'tab_gone', 'no_text', 'too_large', 'no_access']);

/** Every failure a user can meet, in its own words, with a way forward. */
export function ErrorView({ res, actions }: { res: Failure; actions: ErrorActions }) {
  const [status, say] = useAnnouncer();
  const copyDetails = () =>
    actions.onCopyDetails().then(
      () => say(t('detailsCopied')),
      (e: unknown) => say(t('copyFailed', String((e as Error)?.message ?? e))),
    );
  return (
    <main class={`card state state-${res.code}`} data-state={res.code}>
      <h1 class="state-title">{t(`error_${res.code}_title`)}</h1>
      <p class="state-body">{body(res)}</p>
      {res.code === 'in_frame' && res.frameUrl && (
        <p class="state-body">
          <bdi class="frame-url">{res.frameUrl}</bdi>
        </p>
      )}
      <div class="actions">
        {res.code === 'not_article' && (
          <button type="button" class="primary" onClick={actions.onForce}>
            {t('summariseAnyway')}
          </button>
        )}
        {res.code === 'in_frame' && res.frameUrl && (
          <button
            type="button"
            class="primary"
            onClick={() => actions.onOpenFrame(res.frameUrl as string)}
          >
            {t('openFrame')}
          </button>
        )}
        {RETRY.has(res.code) && (
          <button
            type="button"
            class={res.code === 'internal' || res.code === 'tab_gone' ? 'primary' : ''}
            onClick={actions.onRetry}
          >
            {t('tryAgain')}
          </button>
        )}
        {res.code === 'internal' && (
          <button type="button" onClick={copyDetails}>
            {t('copyDetails')}
          </button>
        )}
      </div>
      <p class="live" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

function body(res: Failure): string {
  switch (res.code) {
    case 'forbidden':
      return t(`forbidden_${(res.forbidden ?? 'not-web').replace(/-/g, '_')}`);
    case 'not_html':
      return t(`not_html_${res.fileKind ?? 'other'}`);
    case 'too_large':
      return t('error_too_large_body', (res.words ?? 0).toLocaleString('en'));
    default:
      return t(`error_${res.code}_body`);
  }
}
