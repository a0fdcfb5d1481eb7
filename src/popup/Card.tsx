import { useLayoutEffect } from 'preact/hooks';
import { visibleSummary } from '../browser/card-content.ts';
import { t } from '../browser/i18n.ts';
import type { Settings } from '../browser/settings.ts';
import type { CardSummary } from '../core/card-summary.ts';
import { cardFigures, keyFirst } from '../core/figures/card-figures.ts';
import type { CopyFormat } from '../core/format/citation.ts';
import type { Quote, Span } from '../core/types.ts';
import { CardHeader } from './CardHeader.tsx';
import { CopyBar } from './CopyBar.tsx';
import { FigureList } from './FigureList.tsx';
import { QuoteList } from './QuoteList.tsx';
import { Section } from './Section.tsx';
import { useAnnouncer } from './use-announcer.ts';

/** What the page answers when the card asks it to show a passage (see browser/api.ts). */
export type RevealOutcome =
  | 'shown'
  | 'shown_partial'
  | 'selected'
  | 'not_found'
  | 'tab_changed'
  | 'failed';

export interface CardProps {
  summary: CardSummary;
  settings: Settings;
  /** The page's icon from the browser's cache, or null for a monogram. */
  favicon: string | null;
  cached?: boolean;
  onCopy(format: CopyFormat): Promise<void>;
  onCopyQuote(q: Quote): Promise<void>;
  onReveal(span: Span): Promise<RevealOutcome>;
  onOpenOptions(): void;
}

/**
 * The summary card. Page text is only ever rendered as text nodes (Preact escapes every string
 * child); each element that holds page text isolates its direction (dir="auto" or <bdi>), so a
 * right-to-left override in a title cannot reorder the card around it.
 */
export function Card(props: CardProps) {
  const { summary, settings } = props;
  const [status, say] = useAnnouncer();
  const shown = visibleSummary(summary, settings);
  const dir = summary.dir ?? 'auto';
  const lang = summary.lang ?? undefined;

  useLayoutEffect(() => {
    // For the end-to-end timing: the first time a card is rendered in this popup (its DOM is
    // in place; the browser paints it next).
    if (performance.getEntriesByName('lede-card-shown').length === 0)
      performance.mark('lede-card-shown');
  }, []);

  const copy = (format: CopyFormat) =>
    props.onCopy(format).then(
      () => say(t('copied')),
      (e: unknown) => say(t('copyFailed', errorText(e))),
    );
  const copyQuote = (q: Quote) =>
    props.onCopyQuote(q).then(
      () => say(t('quoteCopied')),
      (e: unknown) => say(t('copyFailed', errorText(e))),
    );
  const reveal = (span: Span) =>
    props.onReveal(span).then(
      (outcome) => say(t(`reveal_${outcome}`)),
      () => say(t('reveal_failed')),
    );

  const { keyPoints, figures, quotes } = settings.sections;
  // Figures: the key ones up to the length chosen, no other; "Show all" lists every figure, the
  // key ones first. The reading time counts what the card shows.
  const allFigures = keyFirst(summary.figures);
  const onCard = cardFigures(summary.figures, shown.figures.length);
  const empty =
    shown.keyPoints.length === 0 && shown.figures.length === 0 && shown.quotes.length === 0;
  return (
    <main class="card" data-state="card" data-cached={props.cached ? 'true' : 'false'}>
      <CardHeader
        summary={summary}
        shown={{ ...shown, figures: onCard }}
        favicon={props.favicon}
        copyFormat={settings.copyFormat}
        onCopy={() => copy(settings.copyFormat)}
        onOpenOptions={props.onOpenOptions}
      />
      <p id="reveal-hint" class="visually-hidden">
        {t('revealHint')}
      </p>
      {keyPoints.show && shown.keyPoints.length > 0 && (
        <Section id="points" title={t('sectionKeyPoints')} count={shown.keyPoints.length}>
          <ul class="points" dir={dir} lang={lang}>
            {shown.keyPoints.map((k) => (
              <li key={`${k.at.block}:${k.at.start}`}>
                <button
                  type="button"
                  class="passage"
                  aria-describedby="reveal-hint"
                  onClick={() => reveal(k.at)}
                >
                  {k.text}
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {figures.show && summary.figures.length > 0 && (
        <Section id="figures" title={t('sectionFigures')} count={summary.figures.length}>
          <FigureList
            figures={allFigures}
            limit={onCard.length}
            dir={dir}
            lang={lang}
            onReveal={reveal}
          />
        </Section>
      )}
      {quotes.show && summary.quotes.length > 0 && (
        <Section id="quotes" title={t('sectionQuotes')} count={summary.quotes.length}>
          <QuoteList
            quotes={summary.quotes}
            limit={shown.quotes.length}
            dir={dir}
            lang={lang}
            onReveal={reveal}
            onCopyQuote={copyQuote}
          />
        </Section>
      )}
      {empty && <p class="note">{t('nothingFound')}</p>}
      <CopyBar onCopy={copy} />
      <p class="live" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

function errorText(e: unknown): string {
  return String((e as Error)?.message ?? e);
}
