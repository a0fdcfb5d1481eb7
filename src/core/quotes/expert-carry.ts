/**
 * "The expert said" for the person just quoted: a feature's generic name for its source.
 */

import type { Candidate } from './candidate.ts';
import { SOURCE_NOUNS } from './data/source-nouns.ts';
import type { People, Person } from './people.ts';

/**
 * The last speaker, for a SOURCE_NOUNS descriptor ("the expert") that names no one by role: in
 * `“...,” commented Abby. [new paragraph] The expert said: “...”` and `“...,” the expert explains.
 * [new paragraph] “...,” according to the expert` the words go on being the last speaker's. Only
 * a person (not a body) quoted in this paragraph or the one before, and only when nobody else is
 * named between that quote and this one: after `“...,” said Roe. Tom Lee disagreed. “...,” the
 * expert said.` the expert may be Lee, so nobody. A body named between is no expert ("the snake
 * plant needs very little TLC").
 */
export function expertCarry(
  people: People,
  c: Candidate,
  noun: string,
  last: Person | null,
  lastBlock: number,
  lastAt: number,
): Person | null {
  if (!SOURCE_NOUNS.has(noun) || !last?.human || last.org) return null;
  const first = c.parts[0]!;
  if (first.block - lastBlock > 1) return null;
  const other = people.mentions.some(
    (m) =>
      m.person !== last &&
      !partOf(m.person, last) &&
      m.person.human &&
      !m.person.org &&
      (m.block > lastBlock || (m.block === lastBlock && m.at > lastAt)) &&
      (m.block < first.block || (m.block === first.block && m.at < c.open)),
  );
  return other ? null : last;
}

/** Whether a name is written as part of another's: "Abby" (in "commented Abby") of "Abby Dunn". */
function partOf(p: Person, of: Person): boolean {
  return p.key.every((w) => of.key.includes(w));
}
