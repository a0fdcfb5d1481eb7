import { useState } from 'preact/hooks';
import { t } from '../browser/i18n.ts';
import { formatDate } from '../core/format/format-date.ts';
import { CARD_FIGURES, CARD_QUOTES } from '../core/format/limits.ts';
import { toMarkdown } from '../core/format/markdown.ts';
import type { Summary } from '../core/types.ts';

/** The summary card. Page text is only ever rendered as text nodes. */
export function Card({ summary: s }: { summary: Summary }) {
  const [status, setStatus] = useState('');
  const copy = () => {
    navigator.clipboard.writeText(toMarkdown(s)).then(
      () => setStatus(t('copied')),
      (e: unknown) => setStatus(t('copyFailed', String((e as Error)?.message ?? e))),
    );
  };
  const figures = s.figures.slice(0, CARD_FIGURES);
  const quotes = s.quotes.slice(0, CARD_QUOTES);
  const date = formatDate(s.published);
  const dir = s.dir ?? undefined;
  const lang = s.lang ?? undefined;
  return (
    <main class="card" data-state="card">
      <header class="card-header">
        <div class="toolbar">
          <span class="site">{s.siteName ?? hostOf(s.url)}</span>
          <button type="button" class="primary copy" onClick={copy} aria-label={t('copyLabel')}>
            {t('copy')}
          </button>
        </div>
        <h1 class="title" dir={dir} lang={lang}>
          {s.title}
        </h1>
        <p class="meta">
          {[
            s.byline,
            date,
            s.readingMinutes > 0 ? t('readingTime', String(s.readingMinutes)) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {s.source === 'selection' && <p class="note">{t('selectionNote')}</p>}
        {s.partial && <p class="note">{t('partialNote')}</p>}
      </header>
      {s.keyPoints.length > 0 && (
        <section aria-labelledby="h-points">
          <h2 id="h-points">{t('sectionKeyPoints')}</h2>
          <ul class="points" dir={dir} lang={lang}>
            {s.keyPoints.map((k) => (
              <li key={`${k.at.block}:${k.at.start}`}>{k.text}</li>
            ))}
          </ul>
        </section>
      )}
      {figures.length > 0 && (
        <section aria-labelledby="h-figures">
          <h2 id="h-figures">{t('sectionFigures')}</h2>
          <ul class="figures" dir={dir} lang={lang}>
            {figures.map((f) => (
              <li key={f.text}>
                <span class="value">{f.text}</span>
                <span class="context">{f.context}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {quotes.length > 0 && (
        <section aria-labelledby="h-quotes">
          <h2 id="h-quotes">{t('sectionQuotes')}</h2>
          <ul class="quotes">
            {quotes.map((q) => (
              <li key={`${q.at.block}:${q.at.start}`}>
                <blockquote dir={dir} lang={lang}>
                  <p>“{q.text}”</p>
                </blockquote>
                <p class="speaker">
                  {q.speaker ?? t('unattributed')}
                  {q.role && <span class="role">, {q.role}</span>}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.keyPoints.length === 0 && figures.length === 0 && quotes.length === 0 && (
        <p class="note">{t('nothingFound')}</p>
      )}
      <p class="live" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}
