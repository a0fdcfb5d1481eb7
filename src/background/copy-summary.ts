import { flashBadge, loadSettings, t, writeClipboardFromBackground } from '../browser/api.ts';
import { copyContent, visibleSummary } from '../browser/card-content.ts';
import { summariseTab } from './summarise-tab.ts';

const OK_COLOR = '#1a7f37';
const FAIL_COLOR = '#b42318';

/**
 * The copy shortcut (Alt+Shift+C): summarise the active tab and put the card on the clipboard,
 * in the format and with the sections chosen in the options, without opening anything; the
 * toolbar badge confirms ("✓") or warns ("!"), with the reason in the button's tooltip.
 */
export async function copySummary(tabId: number): Promise<void> {
  const settings = await loadSettings();
  const res = await summariseTab(tabId, {
    force: true,
    options: { length: settings.sections.keyPoints.length },
  });
  if (!res.ok) {
    await flashBadge(
      tabId,
      '!',
      FAIL_COLOR,
      t('badgeCopyFailed', t(`error_${res.code}_title`).toLowerCase()),
      6_000,
    );
    return;
  }
  try {
    const content = copyContent(visibleSummary(res.summary, settings), settings.copyFormat);
    await writeClipboardFromBackground(content.text, content.html);
    await flashBadge(tabId, '✓', OK_COLOR, t('badgeCopied'));
  } catch (e) {
    await flashBadge(
      tabId,
      '!',
      FAIL_COLOR,
      t('badgeCopyFailed', String((e as Error).message ?? e)),
      6_000,
    );
  }
}
