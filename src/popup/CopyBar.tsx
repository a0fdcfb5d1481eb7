import { t } from '../browser/i18n.ts';
import { COPY_FORMATS } from '../browser/settings.ts';
import type { CopyFormat } from '../core/format/citation.ts';

/** "Copy as: Markdown · Plain text · Rich text", for a format other than the usual one. */
export function CopyBar({ onCopy }: { onCopy(format: CopyFormat): void }) {
  return (
    <footer class="card-footer">
      <fieldset class="copy-as">
        <legend>{t('copyAs')}</legend>
        {COPY_FORMATS.map((f) => (
          <button key={f} type="button" class="link" data-format={f} onClick={() => onCopy(f)}>
            {t(`format_${f}`)}
          </button>
        ))}
      </fieldset>
    </footer>
  );
}
