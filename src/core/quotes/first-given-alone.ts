import { isCommonFirstName } from './is-common-first-name.ts';

/**
 * Whether a one-word name stands for itself rather than for a longer name that contains it: the
 * article wrote it alone before it ever wrote the longer name, and the longer name does not open
 * with a common first name. A body or a place is named alone from the start and only later
 * appears inside the name of something else: "Strava on Thursday announced ... at its annual
 * Camp Strava event" (Strava is not "Camp Strava"), "the militant Local 90 ... International
 * Brotherhood of Teamsters Local 90" (Local is not "Teamsters Local"), "Google has been
 * synonymous with search ... alter Google Search" (Google is not "Google Search"), "Etlaq ...
 * the Etlaq Fan Experience". A person is named in full first, and a one-word name written first
 * that a longer name with a common first name ends with is still that person ("Sarah. ... Sarah
 * Gille sat in", "Trump ... Donald Trump"), and so is a last name written first that a longer name
 * given with a title ends with ("said Zephyr’s expulsion ... Democratic Rep. Zooey Zephyr").
 * `firstSeen` maps a name's key (lower-case words joined by spaces) to the order in which it was
 * first written; `titled` holds the keys of names written after a title.
 */
export function standsAlone(
  short: readonly string[],
  longer: readonly string[],
  firstSeen: ReadonlyMap<string, number>,
  titled: ReadonlySet<string>,
): boolean {
  if (short.length !== 1 || longer.length <= 1) return false;
  if (isCommonFirstName(longer[0]!)) return false;
  if (longer[longer.length - 1] === short[0] && titled.has(longer.join(' '))) return false;
  const alone = firstSeen.get(short[0]!);
  const long = firstSeen.get(longer.join(' '));
  return alone !== undefined && long !== undefined && alone < long;
}
