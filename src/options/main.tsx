import { render } from 'preact';
import { loadSettings, saveSettings } from '../browser/api.ts';
import { t } from '../browser/i18n.ts';
import { OptionsPage } from './OptionsPage.tsx';

document.title = t('optionsTitle');
loadSettings().then((settings) => {
  render(
    <OptionsPage initial={settings} onSave={saveSettings} />,
    document.getElementById('app') as HTMLElement,
  );
});
