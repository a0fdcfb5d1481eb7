import { useEffect } from 'preact/hooks';
import { t } from '../browser/i18n.ts';

/** Grey bars in the shape of the card: the layout does not jump when the card arrives. */
export function Skeleton() {
  useEffect(() => {
    // For the end-to-end tests: a fast page must never show this (no flash).
    performance.mark('lede-skeleton-shown');
  }, []);
  return (
    <main class="card skeleton" aria-busy="true" data-state="loading">
      <p class="visually-hidden" role="status">
        {t('loading')}
      </p>
      <div class="bone bone-small" />
      <div class="bone bone-title" />
      <div class="bone bone-title short" />
      <div class="bone bone-small" />
      {[0, 1, 2].map((i) => (
        <div key={i} class="bone bone-line" />
      ))}
    </main>
  );
}
