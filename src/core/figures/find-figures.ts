import type { Doc } from '../text/doc.ts';
import type { Figure } from '../types.ts';

/** Every quantity the article states, merged and ranked most important first. Placeholder. */
export function findFigures(_doc: Doc): Figure[] {
  return [];
}
