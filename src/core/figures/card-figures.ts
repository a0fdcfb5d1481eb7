import type { Figure } from '../types.ts';

/**
 * The figures the card shows: the key ones, most important first, up to `limit` (the card's
 * length; the copy formats' limit). A figure without the `key` mark (a summary made before it
 * existed) counts as key. Example: six figures of which two are key, limit 5 -> those two.
 */
export function cardFigures(figures: readonly Figure[], limit: number): Figure[] {
  return keyFirst(figures).filter(isCardFigure).slice(0, Math.max(0, limit));
}

/** Whether the card shows the figure (when its length allows). */
export function isCardFigure(f: Figure): boolean {
  return f.key !== false;
}

/**
 * Every figure, the card's first, the rest after in their order: what "Show all" lists. The core
 * already returns them so; this keeps the card right for a list in any order.
 */
export function keyFirst(figures: readonly Figure[]): Figure[] {
  return [...figures.filter(isCardFigure), ...figures.filter((f) => !isCardFigure(f))];
}
