import { t } from '../browser/i18n.ts';
import type { CardSummary } from '../core/card-summary.ts';
import type { CopyFormat } from '../core/format/citation.ts';
import { formatDate } from '../core/format/format-date.ts';
import { cardSeconds } from './reading-time.ts';

/**
 * Site (icon and name), the copy and options buttons, the title, then byline, date and the two
 * reading times: "James Bourne · 20 Apr 2020 · 6 min read → 30 s".
 */
export function CardHeader({
  summary: s,
  shown,
  favicon,
  copyFormat,
  onCopy,
  onOpenOptions,
}: {
  summary: CardSummary;
  shown: CardSummary;
  favicon: string | null;
  copyFormat: CopyFormat;
  onCopy(): void;
  onOpenOptions(): void;
}) {
  const site = s.siteName || hostOf(s.url);
  const date = formatDate(s.published);
  const seconds = cardSeconds(shown);
  const card =
    seconds >= 60
      ? t('durationMinutes', String(Math.round(seconds / 60)))
      : t('durationSeconds', String(seconds));
  return (
    <header class="card-header">
      <div class="toolbar">
        <span class="source">
          {favicon ? (
            <img class="favicon" src={favicon} alt="" width={16} height={16} />
          ) : (
            <span class="monogram" aria-hidden="true">
              {monogram(site)}
            </span>
          )}
          <bdi class="site">{site}</bdi>
        </span>
        <span class="tools">
          <button
            type="button"
            class="primary copy"
            onClick={onCopy}
            aria-label={t(`copyLabel_${copyFormat}`)}
          >
            {t('copy')}
          </button>
          <button type="button" class="icon options" onClick={onOpenOptions}>
            <span aria-hidden="true">⚙</span>
            <span class="visually-hidden">{t('openOptions')}</span>
          </button>
        </span>
      </div>
      <h1 class="title" dir="auto" lang={s.lang ?? undefined}>
        {s.title || t('untitled')}
      </h1>
      <p class="meta">
        {s.byline && (
          <>
            <bdi class="byline">{s.byline}</bdi>
            <span aria-hidden="true"> · </span>
          </>
        )}
        {date && s.published && (
          <>
            <time dateTime={s.published.slice(0, 10)}>{date}</time>
            <span aria-hidden="true"> · </span>
          </>
        )}
        {s.readingMinutes > 0 && (
          <>
            <span aria-hidden="true" class="reading">
              {t('readingTimes', [String(s.readingMinutes), card])}
            </span>
            <span class="visually-hidden">
              {t('readingTimesSpoken', [String(s.readingMinutes), card])}
            </span>
          </>
        )}
      </p>
      {s.source === 'selection' && <p class="note">{t('selectionNote')}</p>}
      {s.source === 'text' && <p class="note">{t('plainTextNote')}</p>}
      {s.partial && <p class="note">{t('partialNote')}</p>}
    </header>
  );
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/** The site's first letter or digit, for browsers with no favicon cache Lede may use. */
function monogram(site: string): string {
  const m = /[\p{L}\p{N}]/u.exec(site);
  return m ? m[0].toUpperCase() : '•';
}
