/**
 * The mentions written before a point of the article, most recent first: where every backward
 * search for a speaker starts.
 */

import type { Mention } from './people.ts';

/** Mentions before (block, at), most recent first. */
export function mentionsBefore(mentions: readonly Mention[], block: number, at: number): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.block > block || (m.block === block && m.at >= at)) break;
    out.push(m);
  }
  return out.reverse();
}
