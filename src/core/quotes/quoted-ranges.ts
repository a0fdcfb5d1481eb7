/**
 * The quoted ranges of each block, and whether an offset is inside one: names and pronouns in
 * quotations are not the narrative's.
 */

import type { Doc } from '../text/doc.ts';
import type { Candidate } from './candidate.ts';

/** The quoted ranges of each block, to tell narrative from quoted words. */
export function quotedRanges(doc: Doc, cands: readonly Candidate[]): [number, number][][] {
  const out: [number, number][][] = doc.blocks.map(() => []);
  for (const c of cands) for (const p of c.parts) out[p.block]?.push([p.start, p.end]);
  return out;
}

export function inside(ranges: readonly [number, number][] | undefined, at: number): boolean {
  return (ranges ?? []).some(([s, e]) => at >= s && at < e);
}
