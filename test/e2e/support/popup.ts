import type { Page } from 'playwright-core';

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
