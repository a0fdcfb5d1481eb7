import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The state the popup settled on: "card", or an error code such as "not_article". */
export async function settledState(popup: Page, timeout = 15_000): Promise<string> {
  const el = await popup.waitForSelector('main[data-state]:not([data-state="loading"])', {
    timeout,
  });
  return (await el.getAttribute('data-state')) ?? '';
}

/** A popup state in words: its heading, its text and the names of its buttons. */
export async function describeState(popup: Page) {
  return {
    state: await settledState(popup),
    title: (await popup.locator('main h1').textContent())?.trim(),
    body: (await popup.locator('main .state-body').allTextContents()).join(' '),
    buttons: await popup.locator('main button').allTextContents(),
  };
}

/** The popup's performance mark, in ms since the popup document started, or null. */
export function markTime(popup: Page, name: string): Promise<number | null> {
  return popup.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);
}

type Announced = { __announced?: string[]; __announcer?: MutationObserver };

/**
 * Do `act`, then wait until the popup's live region says `words` again. Polling the region's
 * text alone is not enough: after a first copy it already says "Summary copied to the
 * clipboard.", so a second copy's poll would pass before that copy had written anything. The
 * announcer empties the region before every message (src/popup/use-announcer.ts), so the words
 * seen by an observer started before `act` are this act's.
 */
export async function announcedAfter(
  popup: Page,
  act: () => Promise<void>,
  words: string,
): Promise<void> {
  await popup.evaluate(() => {
    const w = window as unknown as Announced;
    w.__announced = [];
    // One observer per popup: the previous act's stops here.
    w.__announcer?.disconnect();
    const live = document.querySelector('.live');
    if (!live) return;
    w.__announcer = new MutationObserver(() => w.__announced?.push(live.textContent ?? ''));
    w.__announcer.observe(live, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await act();
  await expect
    .poll(() => popup.evaluate(() => (window as unknown as Announced).__announced ?? []))
    .toContain(words);
}
