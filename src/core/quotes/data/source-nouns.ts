/**
 * Nouns a feature writer uses for whoever it is quoting, not for a role the article gave them:
 * after `“...,” commented Abby.` the next paragraph's `The expert said: “...”` is still Abby,
 * though nowhere is she called an expert. Data only; expert-carry.ts reads them.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(['expert']);
