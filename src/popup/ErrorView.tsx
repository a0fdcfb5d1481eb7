import { useState } from 'preact/hooks';
import { t } from '../browser/i18n.ts';
import type { SummariseResponse } from '../messages.ts';

type Failure = Extract<SummariseResponse, { ok: false }>;

/** Every failure a user can meet, in its own words, with a way forward. */
export function ErrorView({
  res,
  onRetry,
  onForce,
}: {
  res: Failure;
  onRetry: () => void;
  onForce: () => void;
}) {
  const [status, setStatus] = useState('');
  const body =
    res.code === 'forbidden'
      ? t(`forbidden_${(res.forbidden ?? 'not-web').replace(/-/g, '_')}`)
      : t(`error_${res.code}_body`);
  const copyDetails = () => {
    const details = JSON.stringify(
      {
        code: res.code,
        forbidden: res.forbidden,
        detail: res.detail,
        url: res.tab?.url,
        userAgent: navigator.userAgent,
      },
      null,
      2,
    );
    navigator.clipboard.writeText(details).then(
      () => setStatus(t('copied')),
      (e: unknown) => setStatus(t('copyFailed', String((e as Error)?.message ?? e))),
    );
  };
  return (
    <main class={`card state state-${res.code}`} data-state={res.code}>
      <h1 class="state-title">{t(`error_${res.code}_title`)}</h1>
      <p class="state-body">{body}</p>
      <div class="actions">
        {res.code === 'not_article' && (
          <button type="button" class="primary" onClick={onForce}>
            {t('summariseAnyway')}
          </button>
        )}
        {(res.code === 'internal' ||
          res.code === 'timeout' ||
          res.code === 'tab_gone' ||
          res.code === 'no_text') && (
          <button type="button" class="primary" onClick={onRetry}>
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
