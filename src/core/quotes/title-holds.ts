/** Whether a title written before a name, abbreviated or not, is a role noun. */

import { TITLE_NOUNS } from './data/title-nouns.ts';

/**
 * Whether the title before a name holds the role noun through its abbreviation: "Gov." (in
 * "Indiana Gov. Eric Holcomb") holds "governor", "Sen." holds "senator". Every word of the title
 * is read ("Indiana Gov."); the full word itself is matched by the caller.
 */
export function titleHolds(title: string | null, noun: string): boolean {
  if (!title) return false;
  return title
    .toLowerCase()
    .split(/\s+/u)
    .some((w) => TITLE_NOUNS.get(w.replace(/\.$/u, '')) === noun);
}
