import { CROSS_LINK_OPENER } from './data/cross-links.ts';

/**
 * A number inside a bracketed link to another story is that story's, not this one's: "(See the
 * world's top 10 environmental disasters.)" in a report on an oil spill. The bracket must still
 * be open at the number (the last "(" before it, no ")" between).
 */
export function inCrossLink(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  return CROSS_LINK_OPENER.test(text.slice(open, open + 16));
}
