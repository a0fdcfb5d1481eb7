import type { CardSummary } from '../core/card-summary.ts';
import type { Length } from '../core/types.ts';

/**
 * The card kept per tab in storage.session: it survives the worker being stopped (MV3 stops an
 * idle worker after 30 s) and the popup closing, and is gone when the browser closes.
 */
export interface CachedCard {
  url: string;
  /** The key points length it was made with: another length is another card. */
  length: Length;
  summary: CardSummary;
}

export const cacheKey = (tabId: number): string => `card:${tabId}`;

/**
 * True when a stored card is for this page as it is now. "The page changed" means another URL
 * (a new article in the same tab, or a single-page site's navigation).
 */
export function isFreshCard(value: unknown, url: string, length: Length): value is CachedCard {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return c.url === url && c.length === length && !!c.summary && typeof c.summary === 'object';
}
