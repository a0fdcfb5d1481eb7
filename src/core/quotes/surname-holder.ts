import { FEMALE_NAMES, MALE_NAMES } from './data/first-names.ts';
import type { Mention, Person } from './people.ts';

/**
 * Which of several people sharing a last name a bare last name stands for: the one last named
 * before the quote, in full or by the first name alone. In a profile of Stephen Jones, son of
 * Jerry Jones, "“...,” notes Jones" after "“...,” says Stephen" is Stephen's; "Jones" alone
 * resolves to the full name first given (Jerry Jones), which is right only when he was the last
 * Jones named. A last name alone ("Jones père") refers back and brings no one in; with one holder
 * of the name, or no holder named before, the person stays as resolved.
 * `name` is the attribution's name (lower-case words), `person` the resolved speaker, `mentions` the names written outside quotations in reading
 * order, (block, at) where the quote opens.
 */
export function recentHolder(
  name: readonly string[],
  person: Person,
  mentions: readonly Mention[],
  block: number,
  at: number,
): Person {
  const surname = person.key[person.key.length - 1];
  // Only for the last name alone: "Jerry says" is Jerry Jones whoever was named last.
  if (!person.human || person.key.length < 2 || name.length !== 1 || name[0] !== surname)
    return person;
  const holders = new Set<Person>();
  for (const m of mentions) {
    const p = m.person;
    // Holders are a common first name and the last name: "Hosting Cook" (a participle read
    // into a name run) is no second Cook beside Tim Cook, and a longer name may be the formal
    // name of one already named ("Thomas Edward Hale" after Tom Hale).
    const given = p.key[0] ?? '';
    if (
      p.human &&
      p.key.length === 2 &&
      p.key[p.key.length - 1] === surname &&
      (MALE_NAMES.has(given) || FEMALE_NAMES.has(given))
    )
      holders.add(p);
  }
  if (holders.size < 2) return person;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.block > block || (m.block === block && m.at >= at)) continue;
    if (holders.has(m.person)) {
      if (m.full) return m.person;
      continue;
    }
    // A first name alone: "says Stephen" names Stephen Jones when only one holder is a Stephen.
    if (m.person.key.length !== 1) continue;
    let found: Person | null = null;
    let count = 0;
    for (const h of holders) {
      if (h.key[0] === m.person.key[0]) {
        found = h;
        count++;
      }
    }
    if (count === 1 && found) return found;
  }
  return person;
}
