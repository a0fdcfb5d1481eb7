/**
 * A speaker described rather than named, before the verb: "the report states", "the Russian space
 * agency said", "a WeWork spokesperson said", "the singer and guitarist told".
 */

import {
  type Attribution,
  describes,
  fromName,
  JUST_NAMED,
  other,
  ROLE_ANAPHOR,
} from './attribution.ts';
import {
  AFFILIATION,
  CLAUSE_CONJUNCTIONS,
  DEFINITE,
  KIN_POSSESSIVES,
  OWNER_PREPOSITIONS,
} from './data/clause-words.ts';
import { ANONYMOUS_DETERMINERS, GENDERED_NOUNS, UNNAMED_NOUNS } from './data/pronouns.ts';
import { BODY_NOUNS, SPOKES_NOUNS } from './data/roles.ts';
import { readNameForward } from './names.ts';
import { ROLE_ENDING } from './role-phrases.ts';
import { isCapitalised, isNameWord, type Token } from './tokens.ts';

// A role to be taken up: "president-elect", "governor-elect".
const ELECT = /-elect$/u;

/**
 * The role noun of a role to be taken up, capitalised or not: "the President-elect fumed" is the
 * president's role ("president"); null for any other word.
 */
export function electedRole(t: Token): string | null {
  if (!ELECT.test(t.lower)) return null;
  const head = t.lower.replace(ELECT, '');
  return describes(head) ? head : null;
}

/** "the report", "the Russian space agency", "one Twitter response": a determiner within 6 words. */
export function descriptor(
  tokens: readonly Token[],
  j: number,
  v: number,
  floor: number,
): Attribution | null {
  // A conjunction right before the verb joins it to an earlier verb, whose subject speaks (see
  // coordinatedSubject): in "Local councillor Gordon Mackenzie branded the event a shambles and
  // said:" the councillor speaks, not an unnamed "a shambles".
  if (CLAUSE_CONJUNCTIONS.has(tokens[j]!.lower)) return null;
  for (let k = j; k >= Math.max(floor, j - 6); k--) {
    const t = tokens[k]!;
    if (k < j && t.trail !== '') return null;
    if (ANONYMOUS_DETERMINERS.has(t.lower))
      return spokesperson(tokens, k, j, v) ?? other('anonymous', v, k);
    if (DEFINITE.has(t.lower)) {
      // A name owning the thing speaks: "The tweet from Vulture magazine reads".
      for (let m = k + 1; m < j; m++) {
        if (OWNER_PREPOSITIONS.has(tokens[m]!.lower) && isNameWord(tokens[m + 1])) {
          const run = readNameForward(tokens, m + 1, j + 1);
          if (run) return fromName(run, null, v, k);
        }
      }
      // A body described with a proper adjective speaks under that description: "the U.S.
      // attorney's office said", "the Russian space agency said".
      const np = tokens.slice(k + 1, j + 1);
      if (BODY_NOUNS.has(tokens[j]!.lower) && np.some((x) => isCapitalised(x.word))) {
        const name = np.map((x) => x.word).join(' ');
        return { ...other('name', v, k), name, org: true };
      }
      // "the insider added", "the source said": someone the article does not name.
      if (UNNAMED_NOUNS.has(tokens[j]!.lower) && j === k + 1) return other('anonymous', v, k);
      // "the 29-year-old said": the person just named (resolve-descriptor.ts, step 5).
      if (AGE_NOUN.test(tokens[j]!.lower) && j === k + 1)
        return other('descriptor', v, k, { noun: JUST_NAMED });
      // "the president-elect said" is the president's role to be: the noun is "president".
      const head = tokens[j]!.lower.replace(ELECT, '');
      // "the spokesperson said" speaks for the body named before (organisation-speaker.ts, step 5).
      if (!describes(head) && !SPOKES_NOUNS.has(head)) {
        // "the patient wrote", "the boy said": a common noun right before the verb that is no
        // role, body or document the article could name is someone it does not name; the
        // words are not the last speaker's (the doctor quoted before).
        const noun = tokens[j]!.lower;
        // "her mother will say", "his wife said": a relative of someone named, unnamed herself;
        // not the person the possessive stands for, nor the speaker of an earlier verb ("when
        // she tells them she's in a movie, her mother will say tentatively, “...”").
        if (j === k + 1 && KIN_POSSESSIVES.has(t.lower) && GENDERED_NOUNS.has(noun))
          return other('anonymous', v, k);
        // "the singer and guitarist told", "the actor said": an occupation standing for someone
        // named before (resolve-descriptor.ts, step 5), one noun or two joined by "and".
        const pair = j === k + 3 && tokens[k + 2]!.lower === 'and' && agentNoun(tokens[k + 1]!);
        if (t.lower === 'the' && agentNoun(tokens[j]!) && (j === k + 1 || pair))
          return other('descriptor', v, k, { noun: ROLE_ANAPHOR, modifier: noun });
        return j === k + 1 && t.lower === 'the' && /^\p{Ll}{3,}$/u.test(tokens[j]!.word)
          ? other('anonymous', v, k)
          : null;
      }
      const mod = tokens[j - 1]!;
      const modifier = j - 1 > k && /^\p{Ll}+$/u.test(mod.word) ? mod.lower : undefined;
      return other('descriptor', v, k, { noun: head, modifier });
    }
  }
  return null;
}

/**
 * "a WeWork spokesperson", "an Apple statement": the body named between the determiner at k and
 * the head noun at j speaks, with the noun as role.
 */
export function spokesperson(
  tokens: readonly Token[],
  k: number,
  j: number,
  v: number,
): Attribution | null {
  const head = tokens[j]!;
  if (!SPOKES_NOUNS.has(head.lower)) return null;
  const run = readNameForward(tokens, k + 1, j);
  if (run) return fromName(run, head.word, v, k);
  // "said a spokesman for Acme Corp": the body after the preposition.
  const prep = tokens[j + 1];
  if (head.trail !== '' || !prep || prep.trail !== '' || !AFFILIATION.has(prep.lower)) {
    // "said a spokesman." with no body named: the body named nearby, if any, speaks through
    // them (organisation-speaker.ts, as for "the spokesperson said"). "a spokesman for the senator"
    // and "an official" stay unnamed.
    // "a company spokesperson": the lower-case word before the noun says what kind of body.
    const mod = tokens[j - 1]!;
    const modifier = j - 1 > k && /^\p{Ll}+$/u.test(mod.word) ? mod.lower : undefined;
    return /^spokes/.test(head.lower) && !(prep && AFFILIATION.has(prep.lower))
      ? other('descriptor', v, k, { noun: head.lower, modifier })
      : null;
  }
  const at = tokens[j + 2]?.lower === 'the' && tokens[j + 2]!.trail === '' ? j + 3 : j + 2;
  const body = readNameForward(tokens, at);
  return body && body.first === at ? fromName(body, head.word, v, k) : null;
}

// Words in -er that are no occupation: "the other said", "the former added".
const NOT_AGENTS = new Set(['other', 'former', 'latter']);

/**
 * An occupation noun in lower case ("singer", "guitarist", "actor", "historian"), no man or
 * woman (an unnamed someone: "the woman said").
 */
function agentNoun(t: Token): boolean {
  return (
    t.trail === '' &&
    /^\p{Ll}{4,}$/u.test(t.word) &&
    ROLE_ENDING.test(t.lower) &&
    !NOT_AGENTS.has(t.lower) &&
    !GENDERED_NOUNS.has(t.lower)
  );
}

// An age standing for a person: "the 29-year-old", "the 42-year-old".
const AGE_NOUN = /^\d{1,3}-year-old$/;
