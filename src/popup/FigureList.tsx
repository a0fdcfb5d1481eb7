import { t } from '../browser/i18n.ts';
import type { Figure, Span } from '../core/types.ts';
import { useShowAll } from './use-show-all.ts';

/** Key figures: the value prominent, what it measures beside it; each shows its sentence. */
export function FigureList({
  figures,
  limit,
  dir,
  lang,
  onReveal,
}: {
  figures: Figure[];
  limit: number;
  dir: 'ltr' | 'rtl' | 'auto';
  lang: string | undefined;
  onReveal(span: Span): void;
}) {
  const list = useShowAll(figures.length, limit);
  return (
    <>
      <ul class="figures" dir={dir} lang={lang}>
        {figures.slice(0, list.count).map((f, i) => (
          <li key={`${i}:${f.text}`}>
            <button
              type="button"
              class="passage"
              aria-describedby="reveal-hint"
              disabled={f.at.length === 0}
              onClick={() => f.at[0] && onReveal(f.at[0])}
            >
              <span class="value">{f.text}</span>
              <span class="context">{f.context}</span>
            </button>
          </li>
        ))}
      </ul>
      {list.more && (
        <button type="button" class="link more" aria-expanded={list.all} onClick={list.toggle}>
          {list.all ? t('showFewer') : t('showAll', String(figures.length))}
        </button>
      )}
    </>
  );
}
