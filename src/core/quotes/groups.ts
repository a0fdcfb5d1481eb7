import type { Doc } from '../text/doc.ts';
import { GROUP_NOUNS } from './data/roles.ts';
import { tokensIn } from './doc-tokens.ts';
import { readNameForward } from './names.ts';
import type { People, Person } from './people.ts';
import type { Token } from './tokens.ts';

// Connectors that continue an organisation's name between two runs of capitals: "Doctors for
// Camp Closure", "Friends of the Earth", "Council on Foreign Relations".
const JOINERS = new Set(['for', 'of', 'on', 'against']);
// Words right before the organisation's name that tie it to the group: "members of a recently
// formed group Doctors for Camp Closure", "volunteers from Médecins Sans Frontières".
const TIE_WORDS = new Set([
  'group',
  'of',
  'from',
  'at',
  'with',
  'organisation',
  'organization',
  'network',
  'coalition',
  'association',
  'alliance',
  'campaign',
]);
// How far after the group noun the organisation's name may come: "The doctors, members of a
// recently formed group Doctors for Camp Closure" (nine words).
const MAX_TIE_WORDS = 10;

/**
 * The organisation a group of people speaks for: the first one the article ties to the same
 * noun ("The doctors, members of a recently formed group Doctors for Camp Closure, D4CC, have
 * offered ..."), else to any group noun ("the physicians stated" in the same article), looked
 * for before (block, at). Null when the article ties the group to none: the words are nobody's
 * we can name.
 */
export function groupOf(
  doc: Doc,
  people: People,
  noun: string,
  block: number,
  at: number,
): Person | null {
  let any: string | null = null;
  for (const s of doc.sentences) {
    if (s.block > block || (s.block === block && s.start >= at)) break;
    const tokens = tokensIn(doc, { block: s.block, start: s.start, end: s.end });
    for (let k = 0; k < tokens.length; k++) {
      if (!GROUP_NOUNS.has(tokens[k]!.lower) || !/^\p{Ll}/u.test(tokens[k]!.word)) continue;
      const name = tiedName(tokens, k);
      if (!name) continue;
      if (tokens[k]!.lower === noun) return people.resolve(name, true);
      any ??= name;
    }
  }
  return any ? people.resolve(any, true) : null;
}

/**
 * The organisation's name after a group noun at k, in its apposition or clause: the first run of
 * capitals, continued over a joiner ("Doctors for Camp Closure"). Stops at a second comma, a
 * verb-like lower-case word after the comma is allowed ("members of a group X").
 */
function tiedName(tokens: readonly Token[], k: number): string | null {
  let commas = 0;
  for (let i = k + 1; i < Math.min(tokens.length, k + 1 + MAX_TIE_WORDS); i++) {
    if (tokens[i - 1]!.trail !== '') {
      if (tokens[i - 1]!.trail !== ',' || ++commas > 1) return null;
    }
    const run = readNameForward(tokens, i);
    if (!run || run.first !== i) continue;
    // "A group of physicians, alarmed that the Trump administration ...": no tie.
    const prev = tokens[i - 1]!;
    if (!(prev.trail === ',' && i === k + 1) && !(prev.trail === '' && TIE_WORDS.has(prev.lower)))
      return null;
    const words = [run.name];
    let last = run.last;
    while (tokens[last]!.trail === '' && JOINERS.has(tokens[last + 1]?.lower ?? '')) {
      let at = last + 2;
      if (tokens[at]?.lower === 'the' && tokens[last + 1]!.trail === '') at++;
      const more = tokens[last + 1]!.trail === '' ? readNameForward(tokens, at) : null;
      if (!more || more.first !== at) break;
      words.push(
        tokens
          .slice(last + 1, at)
          .map((t) => t.word)
          .join(' '),
        more.name,
      );
      last = more.last;
    }
    return words.join(' ');
  }
  return null;
}
