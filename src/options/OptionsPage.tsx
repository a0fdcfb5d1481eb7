import { useState } from 'preact/hooks';
import { t } from '../browser/i18n.ts';
import {
  COPY_FORMATS,
  LENGTHS,
  SECTION_IDS,
  type SectionId,
  type Settings,
} from '../browser/settings.ts';
import type { Length } from '../core/types.ts';
import { useAnnouncer } from '../popup/use-announcer.ts';

const SECTION_LABEL: Record<SectionId, string> = {
  keyPoints: 'sectionKeyPoints',
  figures: 'sectionFigures',
  quotes: 'sectionQuotes',
};

/**
 * The options page: which sections the card shows and how long each is, and the copy format.
 * Every change is saved at once and confirmed in a live region; there is no Save button to miss.
 */
export function OptionsPage({
  initial,
  onSave,
}: {
  initial: Settings;
  onSave(s: Settings): Promise<void>;
}) {
  const [settings, setSettings] = useState(initial);
  const [status, say] = useAnnouncer();
  const update = (next: Settings) => {
    setSettings(next);
    onSave(next).then(
      () => say(t('optionsSaved')),
      (e: unknown) => say(t('optionsNotSaved', String((e as Error)?.message ?? e))),
    );
  };
  const setSection = (id: SectionId, change: Partial<Settings['sections'][SectionId]>) =>
    update({
      ...settings,
      sections: { ...settings.sections, [id]: { ...settings.sections[id], ...change } },
    });

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('optionsSections')}</legend>
          <p class="hint">{t('optionsSectionsHint')}</p>
          {SECTION_IDS.map((id) => (
            <div class="row" key={id}>
              <input
                type="checkbox"
                id={`show-${id}`}
                checked={settings.sections[id].show}
                onChange={(e) => setSection(id, { show: e.currentTarget.checked })}
              />
              <label for={`show-${id}`}>{t(SECTION_LABEL[id])}</label>
              <label class="length-label" for={`length-${id}`}>
                {t('optionsLength')}
              </label>
              <select
                id={`length-${id}`}
                value={settings.sections[id].length}
                onChange={(e) => setSection(id, { length: e.currentTarget.value as Length })}
              >
                {LENGTHS.map((l) => (
                  <option key={l} value={l}>
                    {t(`length_${l}_${id}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsCopyFormat')}</legend>
          {COPY_FORMATS.map((f) => (
            <div class="row" key={f}>
              <input
                type="radio"
                name="copyFormat"
                id={`format-${f}`}
                value={f}
                checked={settings.copyFormat === f}
                onChange={() => update({ ...settings, copyFormat: f })}
              />
              <label for={`format-${f}`}>
                {t(`format_${f}`)}
                <span class="hint"> — {t(`format_${f}_hint`)}</span>
              </label>
            </div>
          ))}
        </fieldset>
      </form>
      <section aria-labelledby="h-shortcuts">
        <h2 id="h-shortcuts">{t('optionsShortcuts')}</h2>
        <ul class="shortcuts">
          <li>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> — {t('commandSummarise')}
          </li>
          <li>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd> — {t('commandCopy')}
          </li>
        </ul>
        <p class="hint">{t('optionsShortcutsHint')}</p>
      </section>
      <section aria-labelledby="h-privacy">
        <h2 id="h-privacy">{t('optionsPrivacy')}</h2>
        <p>{t('optionsPrivacyBody')}</p>
      </section>
      <p class="live" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
