import type { Doc } from '../text/doc.ts';
import type { Quote } from '../types.ts';

/** Every direct quotation with its speaker, ranked for the card. Placeholder. */
export function findQuotes(_doc: Doc): Quote[] {
  return [];
}
