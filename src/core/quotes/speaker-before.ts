/**
 * The speaker written just before a speech verb: "Hicks told", "Mar Hicks, a historian at ...,
 * said", "she said", "Cara Diemont of IT firm Dimension Data said", "Her sister, Ann Roe, said".
 */

import { type Attribution, describes, fromName, JUST_NAMED, other } from './attribution.ts';
import {
  AFFILIATION,
  CLAUSE_CONJUNCTIONS,
  DEFINITE,
  FUNCTION_WORDS,
  RELATIVES,
} from './data/clause-words.ts';
import { ANONYMOUS_DETERMINERS, SHARE_WORDS, SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { PARTY_MEMBERS, ROLE_NOUNS, SPOKES_NOUNS } from './data/roles.ts';
import { LY_NOUNS, VERB_COMPANIONS } from './data/speech-verbs.ts';
import { TITLES } from './data/titles.ts';
import { descriptor, electedRole } from './descriptor.ts';
import { isPlace } from './is-place.ts';
import { type NameRun, readNameBackward } from './names.ts';
import { placeAfterPreposition } from './place-after-preposition.ts';
import { rolePrefix, roleText } from './role-phrases.ts';
import { nounAfterName, verbAt } from './speech-verb.ts';
import { isCapitalised, isNameWord, type Token } from './tokens.ts';

// A pronoun with a contracted auxiliary is still the subject: "he’d respond,", "she’ll say".
const CONTRACTED_AUXILIARY = /['’](?:d|ll)$/u;

/**
 * The speaker written just before the verb at v: a name ("Hicks told"), a name with an
 * apposition ("Mar Hicks, a historian at the Illinois Institute of Technology, said"), a pronoun
 * ("she said"), a descriptor ("the report states", "the tweet from Vulture magazine reads") or an
 * unnamed someone ("one Twitter response began", "a member of the audience").
 */
export function speakerBefore(tokens: readonly Token[], v: number, floor = 0): Attribution | null {
  let j = v - 1;
  while (j >= floor && companion(tokens[j]!)) j--;
  j = beforeBrackets(tokens, j, floor);
  if (j < floor) return null;
  const t = tokens[j]!;
  // An apposition ends in a comma, after an abbreviation too: "Ben Sasse, R-Neb., called".
  if (t.trail === ',' || t.trail === '.,') return apposition(tokens, j, v, floor);
  if (t.trail !== '') return null;
  const bare = t.lower.replace(CONTRACTED_AUXILIARY, '');
  const pronoun = SPEAKER_PRONOUNS.get(bare);
  if (pronoun !== undefined) return other('pronoun', v, j, { pronoun: bare });
  // "the President-elect fumed": a title to be taken up, no name.
  const elected = electedRole(t);
  if (elected && DEFINITE.has(tokens[j - 1]?.lower ?? ''))
    return other('descriptor', v, j - 1, { noun: elected });
  if (isNameWord(t)) {
    // A possessive is no subject, so the word after it is a noun: "the night of Trump’s tweet
    // that ...", "Roe’s reply". A past form after "’s" is "has": "Roe’s said so before".
    if (POSSESSIVE.test(t.word) && j === v - 1 && !PAST.test(tokens[v]!.lower)) return null;
    const run = readNameBackward(tokens, j, floor);
    // Only titles: "the Prime Minister said" stands for the person with that role.
    if (!run) {
      return TITLES.has(t.lower) && describes(t.lower)
        ? other('descriptor', v, j, { noun: t.lower })
        : null;
    }
    // Not across a comma: in "Asked if those he shot were bad people, Roof said" the name
    // closes no "people Roof".
    const det = tokens[run.first - 1];
    if (det && det.trail === '' && ANONYMOUS_DETERMINERS.has(det.lower)) {
      return other('anonymous', v, run.first - 1);
    }
    // The article opening a sentence is read into the run: "An Iowa Republican answered",
    // "A Colorado Democrat said" describe someone unnamed ("One Direction said" is a name).
    if (indefiniteOpening(tokens, run)) return other('anonymous', v, run.first);
    if (shareOf(tokens, run.first)) return other('anonymous', v, run.first - 2);
    if (nounAfterName(tokens, v, run)) return null;
    // "a paper money grading company in Florida told Fox": Florida is where, not who.
    if (placeAfterPreposition(tokens, run)) return null;
    // "the Ohio Democrat said", "the Vermont independent said": a party member described, no
    // name; it stands for the person just named.
    if (
      (DEFINITE.has(tokens[run.first - 1]?.lower ?? '') || tokens[run.first]!.lower === 'the') &&
      PARTY_MEMBERS.has(tokens[run.last]!.lower)
    )
      return other('descriptor', v, run.first - 1, { noun: JUST_NAMED });
    const affiliated = affiliatedBefore(tokens, run, v, floor);
    if (affiliated) return affiliated;
    const prefix = rolePrefix(tokens, run.first, floor);
    return fromName(run, prefix?.text ?? null, v, prefix?.first ?? run.first);
  }
  return descriptor(tokens, j, v, floor);
}

// An adverb in -ly: "tearfully", "angrily", "cheerfully".
const LY_ADVERB = /^\p{Ll}{2,}ly$/u;

/**
 * A word that may stand between a speaker and the verb: an auxiliary or adverb of
 * VERB_COMPANIONS, or any manner adverb ("“Can I give it to James?” Brooke tearfully asked").
 */
function companion(t: Token): boolean {
  if (t.trail !== '') return false;
  return VERB_COMPANIONS.has(t.lower) || (LY_ADVERB.test(t.word) && !LY_NOUNS.has(t.lower));
}

// A number or a percentage: "64%", "40", "2,000".
const COUNT = /^\d[\d.,]*%?$/;

/**
 * Whether the name at `first` is a people counted as a share, as a poll counts them: "64% of
 * Americans say", "half of Britons think" (their answer is no one's quote).
 */
function shareOf(tokens: readonly Token[], first: number): boolean {
  const of = tokens[first - 1];
  const share = tokens[first - 2];
  if (!of || !share || of.lower !== 'of' || share.trail !== '') return false;
  return SHARE_WORDS.has(share.lower) || COUNT.test(share.word);
}

/**
 * The last token before a bracket that ends at j, or j: the bracket after a name is no part of
 * the attribution. Example: in "Sen. John Doe (R-Texas) said" the speaker ends at "Doe".
 */
function beforeBrackets(tokens: readonly Token[], j: number, floor: number): number {
  if (j < floor || !/\)[.,;:]?$/.test(tokens[j]!.raw)) return j;
  for (let k = j; k >= Math.max(floor, j - 6); k--) {
    if (tokens[k]!.raw.startsWith('(')) return tokens[k - 1]?.trail === '' ? k - 1 : floor - 1;
  }
  return j;
}

/**
 * An organisation named after a preposition, before the verb: the person before it speaks
 * ("Cara Diemont of IT firm Dimension Data said", "As Trent Hamm at The Simple Dollar explains"),
 * or the organisation through its spokesperson ("a spokesman for Acme Corp said"), or the holder
 * of a role ("the chairman of Acme said" is the chairman, whoever the article named so). The
 * organisation's run `org` ends just before the verb.
 */
function affiliatedBefore(
  tokens: readonly Token[],
  org: NameRun,
  v: number,
  floor: number,
): Attribution | null {
  // Up to three words between the preposition and the name: "of IT firm Dimension Data".
  let p = org.first - 1;
  for (let steps = 0; p >= floor && steps < 3; steps++, p--) {
    const w = tokens[p]!;
    if (w.trail !== '' || AFFILIATION.has(w.lower)) break;
    if ((FUNCTION_WORDS.has(w.lower) && !isCapitalised(w.word)) || verbAt(tokens, p)) return null;
  }
  if (p < floor + 1 || !AFFILIATION.has(tokens[p]!.lower) || tokens[p]!.trail !== '') return null;
  const head = tokens[p - 1]!;
  if (head.trail !== '') return null;
  if (SPOKES_NOUNS.has(head.lower)) return fromName(org, head.word, v, p - 1);
  if (isNameWord(head)) {
    const person = readNameBackward(tokens, p - 1, floor);
    if (!person || person.org) return null;
    return fromName(person, roleText(tokens, p, org.last), v, person.first);
  }
  if (ROLE_NOUNS.has(head.lower) && DEFINITE.has(tokens[p - 2]?.lower ?? ''))
    return other('descriptor', v, p - 2, { noun: head.lower });
  return null;
}

// Words of an apposition between a name and its verb.
const MAX_APPOSITION = 30;
// Words of a relative clause between a name and its verb: such a clause may run long, "Hoenig,
// who's dissented from all five Federal Open Market Committee decisions this year to keep the
// rate at which banks lend to each other for overnight funds between 0 and 0.25 percent, said".
const MAX_RELATIVE_APPOSITION = 50;

// A relative pronoun with a contracted auxiliary: "who's", "which’s".
const CONTRACTED_IS = /['’]s$/u;

/** A relative pronoun opening a clause, contracted too: "Hoenig, who's dissented ..., said". */
function relative(t: Token): boolean {
  return RELATIVES.has(t.lower) || RELATIVES.has(t.lower.replace(CONTRACTED_IS, ''));
}

/**
 * "Mar Hicks, a historian at the Illinois Institute of Technology, said": the name before the
 * role. The earliest name followed by a comma and a lower-case word wins, so that a place inside
 * the role is not taken ("Dylan Nelson, a postdoctoral fellow at the Max Planck Institute ... in
 * Munich, Germany, and co-author of the study, said" gives Dylan Nelson).
 */
function apposition(
  tokens: readonly Token[],
  j: number,
  v: number,
  floor: number,
): Attribution | null {
  let found: Attribution | null = null;
  for (let k = j - 1; k >= Math.max(floor, j - MAX_RELATIVE_APPOSITION); k--) {
    const t = tokens[k]!;
    if (t.trail === '') continue;
    if (t.trail !== ',') break;
    const roleFirst = tokens[k + 1]!;
    // Past an apposition's length only a relative clause goes on (see MAX_RELATIVE_APPOSITION).
    if (k < j - MAX_APPOSITION && (found || !relative(roleFirst))) continue;
    const run = readNameBackward(tokens, k, floor);
    // The subject is not the object of a preposition: in "According to AFP, one user on Weibo,
    // ..., posted:" AFP did not post. A conjunction opens a new clause whose subject it is:
    // "Trump wants out, but General Jane Roe, head of the army, told reporters ..." is Roe's.
    const lead = tokens[(run?.first ?? 0) - 1]?.lower ?? '';
    const prep = FUNCTION_WORDS.has(lead) && !CLAUSE_CONJUNCTIONS.has(lead);
    if (run && !prep && roleStart(roleFirst) && !relative(roleFirst)) {
      // A place heads no apposition: in "The Mandan, North Dakota, police chief, Jason Ziegler,
      // has asserted" the place tells where the role is; the name after the role speaks.
      const named = isPlace(run.name) ? readNameBackward(tokens, j, k + 1) : null;
      found =
        named && !named.org && tokens[named.first - 1]?.trail === ','
          ? fromName(named, roleText(tokens, k + 1, named.first - 1), v, named.first)
          : fromName(run, roleText(tokens, k + 1, j), v, run.first);
    }
    if (relative(roleFirst) && !found) {
      // "one user on Weibo, which is China’s Twitter, posted": the subject is before the clause.
      const subject =
        run && !prep ? fromName(run, null, v, run.first) : descriptor(tokens, k, v, floor);
      if (subject) return subject;
    }
  }
  return found ?? nameAfterRole(tokens, j, v, floor);
}

// Words of a role noun phrase before "Name," after its determiner.
const MAX_ROLE_BEFORE_NAME = 7;

/**
 * "Her sister, Ann Roe, said", "The firm's boss, Jane Doe, said": a name set off by commas after a
 * lower-case noun, right before the verb, is the speaker, the noun phrase its role. The noun must
 * be a role noun or look like one ("sister", "rival", "boss" end no clause).
 */
function nameAfterRole(
  tokens: readonly Token[],
  j: number,
  v: number,
  floor: number,
): Attribution | null {
  const run = readNameBackward(tokens, j, floor);
  if (!run || run.org || run.first - 1 < floor) return null;
  const noun = tokens[run.first - 1]!;
  if (noun.trail !== ',' || isCapitalised(noun.word) || !/^\p{Ll}+$/u.test(noun.word)) return null;
  if (FUNCTION_WORDS.has(noun.lower) || verbAt(tokens, run.first - 1)) return null;
  // The noun phrase opens with a determiner or a possessive within a few words before the noun,
  // an "of" phrase included: "Sweden’s deputy director of public prosecutions, Eva-Marie
  // Persson, said".
  for (let k = run.first - 2; k >= Math.max(floor, run.first - 1 - MAX_ROLE_BEFORE_NAME); k--) {
    const w = tokens[k]!;
    if (w.trail !== '') return null;
    if (DEFINITE.has(w.lower) || /['’]s$/.test(w.word))
      return fromName(run, roleText(tokens, k, run.first - 1), v, k);
  }
  return null;
}

// A party and state after a legislator's name: "Sen. Ben Sasse, R-Neb., called".
const PARTY_STATE = /^[RDI]-\p{Lu}/u;

/**
 * Whether a word can open an apposition after a name: a lower-case word ("a historian"), a title
 * ("Strauss Zelnick, CEO of Take-Two, adds"), a party and state ("Ben Sasse, R-Neb., called") or
 * an organisation's possessive ("NASA's associate administrator").
 * Another capitalised word opens a list of names: "Smith, Jones said".
 */
function roleStart(t: Token): boolean {
  return (
    !isCapitalised(t.word) ||
    TITLES.has(t.lower.replace(/\.$/, '')) ||
    PARTY_STATE.test(t.word) ||
    // An organisation's possessive: "Thomas Zurbuchen, NASA's associate administrator, said".
    (/['’]s$/.test(t.word) && t.trail === '')
  );
}

// A past form of a speech verb: "said", "told", "wrote", "added".
const PAST = /(?:ed|said|told|wrote|written|spoke|spoken)$/u;
// A possessive's ending: "Trump’s", "Roe's".
const POSSESSIVE = /\p{L}['’]s$/u;

/**
 * Whether a name run starts with a capitalised indefinite article that is no part of the name:
 * "A Colorado Democrat" (the name read is "Colorado Democrat"), not "One Direction".
 */
function indefiniteOpening(tokens: readonly Token[], run: NameRun): boolean {
  const t = tokens[run.first]!;
  return (
    run.first < run.last &&
    ANONYMOUS_DETERMINERS.has(t.lower) &&
    !run.name.toLowerCase().startsWith(`${t.lower} `)
  );
}
