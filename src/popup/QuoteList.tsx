import { t } from '../browser/i18n.ts';
import type { Quote, Span } from '../core/types.ts';
import { useShowAll } from './use-show-all.ts';

/** Quotes with the speaker and role under each, and "Copy quote with source". */
export function QuoteList({
  quotes,
  limit,
  dir,
  lang,
  onReveal,
  onCopyQuote,
}: {
  quotes: Quote[];
  limit: number;
  dir: 'ltr' | 'rtl' | 'auto';
  lang: string | undefined;
  onReveal(span: Span): void;
  onCopyQuote(q: Quote): void;
}) {
  const list = useShowAll(quotes.length, limit);
  return (
    <>
      <ul class="quotes">
        {quotes.slice(0, list.count).map((q, i) => (
          <li key={`${i}:${q.at.block}:${q.at.start}`}>
            <blockquote dir={dir} lang={lang}>
              <button
                type="button"
                class="passage"
                aria-describedby="reveal-hint"
                onClick={() => onReveal(q.at)}
              >
                “{q.text}”
              </button>
            </blockquote>
            <p class="speaker" dir={dir} lang={lang}>
              {q.speaker ? <bdi>{q.speaker}</bdi> : t('unattributed')}
              {q.role && (
                <span class="role">
                  , <bdi>{q.role}</bdi>
                </span>
              )}
            </p>
            <button
              type="button"
              class="link cite"
              aria-label={t('copyQuoteLabel', q.speaker ?? t('unattributed'))}
              onClick={() => onCopyQuote(q)}
            >
              {t('copyQuote')}
            </button>
          </li>
        ))}
      </ul>
      {list.more && (
        <button type="button" class="link more" aria-expanded={list.all} onClick={list.toggle}>
          {list.all ? t('showFewer') : t('showAll', String(quotes.length))}
        </button>
      )}
    </>
  );
}
