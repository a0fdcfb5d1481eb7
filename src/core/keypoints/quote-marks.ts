/**
 * Double quotation marks by convention. Single marks are left out: ’ is also the apostrophe
 * ("Yahoo’s"), so counting it would see quotations everywhere.
 * - English and most languages: “...”, «...», and „...” (Polish);
 * - German, Czech, Slovak: „...“ and »...«, where “ closes.
 * The straight mark " opens and closes in turn.
 */
export const QUOTE_MARKS: Record<'default' | 'low', { open: string; close: string }> = {
  default: { open: '“«„', close: '”»' },
  low: { open: '„»', close: '“«' },
};

/** Languages that close with “ after opening with „. */
export const LOW_QUOTE_LANGS = new Set(['de', 'cs', 'sk']);

export const STRAIGHT_QUOTE = '"';

/** Characters that may open a quotation at the start of a sentence. */
export const QUOTE_OPENERS = '“«„»"';
/** Characters that may close a quotation at the end of a sentence. */
export const QUOTE_CLOSERS = '”»“«"';
