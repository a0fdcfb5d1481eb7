import { coordinatedSubject, relativeSubject } from './clause-subject.ts';
import {
  ADJECTIVE_DETERMINERS,
  AFFILIATION,
  CLAUSE_CONJUNCTIONS,
  CLAUSE_OPENERS,
  DEFINITE,
  FINITE,
  FUNCTION_WORDS,
  LISTENER_VERBS,
  NOT_ROLE_START,
  OWNER_PREPOSITIONS,
  POSSESSOR_CONNECTORS,
  RELATIVES,
  ROLE_ADJECTIVES,
} from './data/clause-words.ts';
import {
  ANONYMOUS_DETERMINERS,
  GENDERED_NOUNS,
  SHARE_WORDS,
  SPEAKER_PRONOUNS,
  UNNAMED_NOUNS,
} from './data/pronouns.ts';
import {
  AUTHOR_VERBS,
  BODY_NOUNS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  PARTY_MEMBERS,
  ROLE_NOUNS,
  SPOKES_NOUNS,
} from './data/roles.ts';
import {
  ACCORDING_TO,
  LY_NOUNS,
  PHRASAL_SPEECH_VERBS,
  SAY_THAT_VERBS,
  SO_SOURCE,
  SPEECH_VERBS,
  THOUGHT_VERBS,
  VERB_COMPANIONS,
} from './data/speech-verbs.ts';
import { DEGREES, TITLES } from './data/titles.ts';
import {
  type NameRun,
  opensPhrase,
  readNameBackward,
  readNameForward,
  sentenceAdverb,
} from './names.ts';
import { personAfterRole } from './person-after-role.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** Who an attribution clause gives the words to, before names are resolved. */
export interface Attribution {
  kind: 'name' | 'pronoun' | 'descriptor' | 'anonymous';
  /** The name as written here ("Zhang", "Jeff Zhang"), for kind 'name'. */
  name: string | null;
  org: boolean;
  /** The pronoun in lower case, for kind 'pronoun'. */
  pronoun: string | null;
  /** The head noun, for kind 'descriptor': "report" in "As the report states". */
  noun: string | null;
  /**
   * For kind 'descriptor', the lower-case word before the noun: "production" in "the production
   * company said".
   */
  modifier?: string;
  /** A role given here: "president of Alibaba Cloud Intelligence", "White House press secretary". */
  role: string | null;
  /** Index of the speech verb among the clause's tokens. */
  verb: number;
  /** Index of the first token of the attribution (speaker or verb, whichever comes first). */
  first: number;
  /**
   * Offset in the quote's first block of a pronoun written before the quote ("he said, “...”"),
   * set by 04-attribute.ts: only names before it can be what it stands for.
   */
  at?: number;
}

// A role before a name ends in a noun for a person: "developer", "press secretary",
// "geophysicist", "executive vice president".
const ROLE_ENDING = /(?:[^sx]ist|er|or|ian|man|woman|person|ary|ee|ef)$/;

/** A speech verb, in lower case as verbs are inside a sentence ("the New York State ..." is no verb). */
function isVerb(t: Token | undefined): boolean {
  return t !== undefined && SPEECH_VERBS.has(t.lower) && /^\p{Ll}/u.test(t.word);
}

// English base forms among the speech verbs: those whose -s form is a speech verb too ("state",
// "report", "say"). After "the" and one capitalised word they are nouns: "the US state of Maine".
const BASE_FORMS: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS].filter(
    (w) =>
      SPEECH_VERBS.has(`${w}s`) ||
      SPEECH_VERBS.has(`${w}es`) ||
      SPEECH_VERBS.has(`${w.slice(0, -1)}ies`),
  ),
);

/**
 * A speech verb at token k: one word ("said") or a verb with its particle ("went on", "put it",
 * "weighed in"). A base form or -s form followed by "of" is a noun: "the state of Maine",
 * "reports of his death".
 */
function verbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // A participle after a determiner is an adjective: "the alleged victim", "an alleged plot".
  if (t?.lower === 'alleged' && ADJECTIVE_DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return false;
  if (isVerb(t)) {
    if (t!.trail !== '' || tokens[k + 1]?.lower !== 'of') return true;
    return !BASE_FORMS.has(t!.lower) && !BASE_FORMS.has(t!.lower.replace(/e?s$/, ''));
  }
  return t !== undefined && t.trail === '' && phrasalEnd(tokens, k) > k;
}

/**
 * A base-form verb after "the" (and maybe one adjective) and one capitalised word is a noun: "the
 * US state", "the EU report", "his initial Instagram post". (A plural subject takes the base
 * form: "the Democrats say".)
 */
function nounAfterName(tokens: readonly Token[], v: number, run: NameRun): boolean {
  if (!BASE_FORMS.has(tokens[v]!.lower) || run.first !== run.last) return false;
  if (/s$/.test(tokens[run.last]!.word)) return false;
  const det = tokens[run.first - 1];
  if (DEFINITE.has(det?.lower ?? '')) return true;
  // One adjective between: "his initial Instagram post", "a new EU report".
  const before = tokens[run.first - 2]?.lower ?? '';
  return (
    det !== undefined &&
    det.trail === '' &&
    /^\p{Ll}+$/u.test(det.word) &&
    (DEFINITE.has(before) || before === 'a' || before === 'an')
  );
}

/** The particle's index when token k opens a two-word speech verb ("went on"), else k. */
function phrasalEnd(tokens: readonly Token[], k: number): number {
  const particle = PHRASAL_SPEECH_VERBS.get(tokens[k]!.lower);
  return particle !== undefined && tokens[k + 1]?.lower === particle ? k + 1 : k;
}

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && isCapitalised(t.word) && /\p{L}/u.test(t.word);
}

export function fromName(
  run: NameRun,
  role: string | null,
  verb: number,
  first: number,
): Attribution {
  return {
    kind: 'name',
    name: run.name,
    org: run.org,
    pronoun: null,
    noun: null,
    role: role ?? run.title,
    verb,
    first,
  };
}

export function other(
  kind: Attribution['kind'],
  verb: number,
  first: number,
  extra: Partial<Attribution> = {},
): Attribution {
  return {
    kind,
    name: null,
    org: false,
    pronoun: null,
    noun: null,
    role: null,
    verb,
    first,
    ...extra,
  };
}

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
  if (isNameWord(t)) {
    const run = readNameBackward(tokens, j, floor);
    // Only titles: "the Prime Minister said" stands for the person with that role.
    if (!run) {
      return TITLES.has(t.lower) && describes(t.lower)
        ? other('descriptor', v, j, { noun: t.lower })
        : null;
    }
    if (ANONYMOUS_DETERMINERS.has(tokens[run.first - 1]?.lower ?? '')) {
      return other('anonymous', v, run.first - 1);
    }
    if (shareOf(tokens, run.first)) return other('anonymous', v, run.first - 2);
    if (nounAfterName(tokens, v, run)) return null;
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
      found = fromName(run, roleText(tokens, k + 1, j), v, run.first);
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

/** "the report", "the Russian space agency", "one Twitter response": a determiner within 6 words. */
function descriptor(
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
      // "the 29-year-old said": the person just named (05-resolve-names.ts).
      if (AGE_NOUN.test(tokens[j]!.lower) && j === k + 1)
        return other('descriptor', v, k, { noun: JUST_NAMED });
      // "the spokesperson said" speaks for the body named before (05-resolve-names.ts).
      if (!describes(tokens[j]!.lower) && !SPOKES_NOUNS.has(tokens[j]!.lower)) {
        // "the patient wrote", "the boy said": a common noun right before the verb that is no
        // role, body or document the article could name is someone it does not name; the
        // words are not the last speaker's (the doctor quoted before).
        const noun = tokens[j]!.lower;
        // "the singer and guitarist told", "the actor said": an occupation standing for someone
        // named before (05-resolve-names.ts), one noun or two joined by "and".
        const pair = j === k + 3 && tokens[k + 2]!.lower === 'and' && agentNoun(tokens[k + 1]!);
        if (t.lower === 'the' && agentNoun(tokens[j]!) && (j === k + 1 || pair))
          return other('descriptor', v, k, { noun: ROLE_ANAPHOR, modifier: noun });
        return j === k + 1 && t.lower === 'the' && /^\p{Ll}{3,}$/u.test(tokens[j]!.word)
          ? other('anonymous', v, k)
          : null;
      }
      const mod = tokens[j - 1]!;
      const modifier = j - 1 > k && /^\p{Ll}+$/u.test(mod.word) ? mod.lower : undefined;
      return other('descriptor', v, k, { noun: tokens[j]!.lower, modifier });
    }
  }
  return null;
}

/**
 * "a WeWork spokesperson", "an Apple statement": the body named between the determiner at k and
 * the head noun at j speaks, with the noun as role.
 */
function spokesperson(
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
    // them (05-resolve-names.ts, as for "the spokesperson said"). "a spokesman for the senator"
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

/**
 * The noun of a descriptor that is an occupation the article gives no one as a role ("the singer
 * and guitarist told"); its modifier holds the occupation.
 */
export const ROLE_ANAPHOR = 'role-anaphor';

// An age standing for a person: "the 29-year-old", "the 42-year-old".
const AGE_NOUN = /^\d{1,3}-year-old$/;
/**
 * The noun of a descriptor that stands for the person just named: an age ("the 29-year-old
 * said") or a party member ("the Ohio Democrat said").
 */
export const JUST_NAMED = 'just-named';

/** Whether a noun can stand for a speaker named elsewhere: "the president", "the report". */
export function describes(noun: string): boolean {
  return (
    ROLE_NOUNS.has(noun) ||
    BODY_NOUNS.has(noun) ||
    DOCUMENT_NOUNS.has(noun) ||
    GROUP_NOUNS.has(noun)
  );
}

/** Role words written before a name: "White House press secretary" Josh Earnest. */
export function rolePrefix(
  tokens: readonly Token[],
  first: number,
  floor: number,
): { text: string; first: number } | null {
  let k = first - 1;
  let lower = false;
  while (k >= Math.max(floor, first - 5)) {
    const t = tokens[k]!;
    if (t.trail !== '' || DEFINITE.has(t.lower) || ANONYMOUS_DETERMINERS.has(t.lower)) break;
    if (SPEECH_VERBS.has(t.lower) || VERB_COMPANIONS.has(t.lower) || CLAUSE_OPENERS.has(t.lower))
      break;
    if (FUNCTION_WORDS.has(t.lower)) break;
    if (!isCapitalised(t.word)) lower = true;
    k--;
  }
  if (!lower || k + 1 >= first) return null;
  // The words must end in a lower-case noun: "developer", "secretary".
  const lastWord = tokens[first - 1]!;
  if (isCapitalised(lastWord.word)) return null;
  if (!ROLE_NOUNS.has(lastWord.lower) && !ROLE_ENDING.test(lastWord.lower)) return null;
  const text = tokens
    .slice(k + 1, first)
    .map((t) => t.word)
    .join(' ');
  return { text, first: k + 1 };
}

// The verb and articles of a role given as a predicate: "who is the mayor of", "is a nurse".
const COPULAS = new Set(['is', 'was']);
const PREDICATE_ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The role given as the predicate of a name opening a clause: "Ann Roe is the mayor of
 * Springfield." gives "the mayor of Springfield". Up to the first punctuation, at most 12 words;
 * a finite verb in it makes it no role ("is a man who has ...").
 */
export function rolePredicate(tokens: readonly Token[], last: number): string | null {
  const t = tokens[last]!;
  if (t.trail !== '' || !COPULAS.has(tokens[last + 1]?.lower ?? '')) return null;
  const art = tokens[last + 2];
  if (!art || tokens[last + 1]!.trail !== '' || !PREDICATE_ARTICLES.has(art.lower)) return null;
  const a = last + 2;
  let b = a;
  let head = -1;
  for (; b < tokens.length && b - a < 12; b++) {
    const w = tokens[b]!;
    if (w.opens || RELATIVES.has(w.lower) || CLAUSE_CONJUNCTIONS.has(w.lower)) return null;
    // The noun before the first preposition heads the role: "father" in "a father of three".
    if (head < 0 && b > a + 1 && AFFILIATION.has(w.lower)) head = b - 1;
    if (w.trail !== '') break;
  }
  if (b >= tokens.length || b - a >= 12) return null;
  const noun = tokens[head < 0 ? b : head]!.lower;
  if (!ROLE_NOUNS.has(noun) && !TITLES.has(noun) && !ROLE_ENDING.test(noun)) return null;
  return roleText(tokens, a, b);
}

/** The role text of tokens [a, b], without a leading "a"/"an" and trailing punctuation. */
function roleText(tokens: readonly Token[], a: number, b: number): string | null {
  let s = a;
  // An age is no role: "John Roe, 45, said", "John Roe, 52, from Leeds, said".
  if (tokens[s] && /^\d+$/.test(tokens[s]!.word) && tokens[s]!.trail === ',') s++;
  if (tokens[s] && (tokens[s]!.lower === 'a' || tokens[s]!.lower === 'an')) s++;
  if (s > b) return null;
  // A finite verb makes it a clause, not a role: "LeBron James, triple-doubles are not a goal".
  for (let k = s; k <= b; k++) if (FINITE.has(tokens[k]!.lower)) return null;
  const words = tokens.slice(s, b + 1).map((t, i, all) => (i < all.length - 1 ? t.raw : t.word));
  const text = words.join(' ').replace(/[,;:.]+$/, '');
  return text.length > 0 ? text : null;
}

/**
 * The speaker written just after the verb at v (and its companions): "said Jeff Zhang,
 * president of Alibaba Cloud Intelligence, in a statement", "says president David Weisbrot",
 * "a ajouté Laurent Fabius", "said the company".
 */
export function speakerAfter(
  tokens: readonly Token[],
  v: number,
  limit = tokens.length,
): Attribution | null {
  const e = phrasalEnd(tokens, v);
  let i = e + 1;
  if (tokens[e]!.trail !== '' || LISTENER_VERBS.has(tokens[v]!.lower)) return null;
  // Lower-case role words before the name: "says president David Weisbrot" (at most four).
  const roleStart = i;
  while (
    i < limit &&
    i - roleStart < 4 &&
    !isCapitalised(tokens[i]!.word) &&
    tokens[i]!.trail === '' &&
    !FUNCTION_WORDS.has(tokens[i]!.lower) &&
    !DEFINITE.has(tokens[i]!.lower) &&
    !ANONYMOUS_DETERMINERS.has(tokens[i]!.lower) &&
    !SPEAKER_PRONOUNS.has(tokens[i]!.lower)
  ) {
    i++;
  }
  if (i >= limit) return null;
  const t = tokens[i]!;
  // "said he." inverts; "wrote they found it was" does not: the pronoun must end the clause.
  // "it" after the verb is its object: in "learned who had written it," nothing speaks.
  if (i === roleStart && SPEAKER_PRONOUNS.has(t.lower)) {
    return t.trail !== '' && t.lower !== 'it' ? other('pronoun', v, v, { pronoun: t.lower }) : null;
  }
  if (i === roleStart && ANONYMOUS_DETERMINERS.has(t.lower)) {
    // "said a WeWork spokesperson": the body speaks; "said a member of the audience": nobody.
    for (let h = i + 1; h < Math.min(limit, i + 5); h++) {
      if (SPOKES_NOUNS.has(tokens[h]!.lower))
        return spokesperson(tokens, i, h, v) ?? other('anonymous', v, v);
      if (tokens[h]!.trail !== '') break;
    }
    return apposedName(tokens, i, v, limit) ?? other('anonymous', v, v);
  }
  if (i === roleStart && t.lower === 'the') {
    const run = readNameForward(tokens, i + 1, limit);
    if (run && run.first === i + 1) return fromName(run, null, v, v);
    const named = roleThenName(tokens, i, v, limit);
    if (named) return named;
    // The first noun that describes within four words: "says the letter signed by seven
    // physicians", "said the Russian space agency".
    for (let h = i + 1; h < limit && h - i <= 4; h++) {
      if (describes(tokens[h]!.lower)) return other('descriptor', v, v, { noun: tokens[h]!.lower });
      if (tokens[h]!.trail !== '') break;
    }
    return null;
  }
  const affiliated = i === roleStart ? personAfterPossessor(tokens, i, v, limit) : null;
  if (affiliated) return affiliated;
  const run = readNameForward(tokens, i, limit);
  if (!run) return null;
  const prefix =
    i > roleStart
      ? tokens
          .slice(roleStart, i)
          .map((x) => x.word)
          .join(' ')
      : null;
  return fromName(run, roleAfter(tokens, run.last, limit) ?? prefix, v, v);
}

// Words of a role between the comma and the name in "said another witness, former White House
// Russia adviser Jane Roe." (at most this many).
const MAX_APPOSED_ROLE = 6;

/**
 * "said another witness in the inquiry, former White House adviser Jane Roe.", "said a neighbour,
 * retired teacher Ann Lee.": an unnamed description (its determiner at d) named in apposition,
 * the name ending the clause, is that person. Up to six role words (no verb) before the name. In
 * "said a local man, who asked not to be named." no name ends the clause: nobody.
 */
function apposedName(
  tokens: readonly Token[],
  d: number,
  v: number,
  limit: number,
): Attribution | null {
  for (let h = d + 1; h < Math.min(limit - 1, d + 10); h++) {
    const w = tokens[h]!;
    if (w.opens || w.closes || verbAt(tokens, h)) return null;
    if (w.trail === '') continue;
    if (w.trail !== ',') return null;
    let e = h + 1;
    while (e < limit - 1 && tokens[e]!.trail === '' && e - h <= MAX_APPOSED_ROLE + 3) e++;
    if (e < limit - 1 && !/[.!?;]/.test(tokens[e]!.trail)) return null;
    const run = readNameBackward(tokens, e, h + 1);
    if (!run || run.org || run.last !== e || run.first - (h + 1) > MAX_APPOSED_ROLE) return null;
    for (let k = h + 1; k < run.first; k++) {
      const x = tokens[k]!;
      if (x.opens || x.closes || verbAt(tokens, k) || FINITE.has(x.lower) || RELATIVES.has(x.lower))
        return null;
    }
    return fromName(run, run.first > h + 1 ? roleText(tokens, h + 1, run.first - 1) : null, v, v);
  }
  return null;
}

/**
 * "said the minister for trade, Jane Roe.", "said the company's chief executive, John Smith":
 * the role after "the" (at t), then the name after a comma, ending the clause.
 */
function roleThenName(
  tokens: readonly Token[],
  t: number,
  v: number,
  limit: number,
): Attribution | null {
  for (let h = t + 1; h < Math.min(limit - 1, t + 9); h++) {
    const w = tokens[h]!;
    if (w.opens || w.closes || verbAt(tokens, h)) return null;
    if (w.trail === '') continue;
    if (w.trail !== ',' || isCapitalised(w.word)) return null;
    const run = readNameForward(tokens, h + 1, limit);
    if (!run || run.first !== h + 1) return null;
    const end = tokens[run.last]!;
    if (run.last < limit - 1 && end.trail === '') return null;
    return fromName(run, roleText(tokens, t + 1, h), v, v);
  }
  return null;
}

/**
 * A person named after an organisation's possessive or after an organisation and role words:
 * "said Gartner's principal analyst Kobita Desai", "added Ernst and Young's Sanjay Mehta", "said
 * Acme spokesman John Doe". The organisation and the role words are the role. From token i (the
 * first after the verb); null when no person follows.
 */
function personAfterPossessor(
  tokens: readonly Token[],
  i: number,
  v: number,
  limit: number,
): Attribution | null {
  // The organisation: capitalised words and connectors, up to a possessive or a lower-case word.
  let p = i;
  let possessive = false;
  for (; p < Math.min(limit, i + 6); p++) {
    const w = tokens[p]!;
    if (w.opens || w.closes) return null;
    const connector = p > i && POSSESSOR_CONNECTORS.has(w.lower);
    if (!connector && !isNameWord(w)) break;
    if (/['’]s?$/.test(w.raw) && !connector) {
      possessive = true;
      p++;
      break;
    }
    if (w.trail !== '') return null;
  }
  if (p === i || p >= limit) return null;
  // Up to four lower-case role words: "principal analyst", "spokesman".
  let q = p;
  while (
    q < Math.min(limit, p + 4) &&
    tokens[q]!.trail === '' &&
    /^\p{Ll}/u.test(tokens[q]!.word) &&
    !FUNCTION_WORDS.has(tokens[q]!.lower) &&
    !DEFINITE.has(tokens[q]!.lower) &&
    !verbAt(tokens, q)
  ) {
    q++;
  }
  if (!possessive) {
    // Without a possessive the words before the name must end in a role: "Acme spokesman".
    const last = tokens[q - 1]!;
    // A noun for a person counts too: "responded NASA administrator Jim Bridenstine".
    const role =
      ROLE_NOUNS.has(last.lower) || SPOKES_NOUNS.has(last.lower) || ROLE_ENDING.test(last.lower);
    if (q === p || !role) return null;
  }
  const run = q < limit ? readNameForward(tokens, q, limit) : null;
  if (!run || run.first !== q || run.org) return null;
  return fromName(run, roleText(tokens, i, q - 1) ?? run.title, v, v);
}

/**
 * The apposition after a name: from the comma to the next comma that is followed by a lower-case
 * word (an adjunct such as "in a statement") or to the end of the clause. Degrees are skipped.
 * Example: "Jeff Zhang, president of Alibaba Cloud Intelligence, in a statement" gives
 * "president of Alibaba Cloud Intelligence".
 */
export function roleAfter(tokens: readonly Token[], last: number, limit: number): string | null {
  if (tokens[last]!.trail !== ',') return null;
  let a = last + 1;
  while (a < limit && DEGREES.has(tokens[a]!.lower.replace(/\.$/, '')) && tokens[a]!.trail === ',')
    a++;
  if (a >= limit) return null;
  // "Ann Roe, who is the mayor of Springfield,": the role after "who is".
  if (
    tokens[a]!.lower === 'who' &&
    COPULAS.has(tokens[a + 1]?.lower ?? '') &&
    PREDICATE_ARTICLES.has(tokens[a + 2]?.lower ?? '') &&
    tokens[a]!.trail === '' &&
    tokens[a + 1]!.trail === ''
  )
    a += 2;
  const first = tokens[a]!;
  if (RELATIVES.has(first.lower) || DEGREES.has(first.lower)) return null;
  // A verb, an auxiliary or an adverb opens a clause, not a role: "Deval Patrick, would be
  // stopping by", "Netanyahu, however, said", "Zoghlin, said in an email".
  if (NOT_ROLE_START.has(first.lower) || SPEECH_VERBS.has(first.lower)) return null;
  // "a" is an English article as well as a French auxiliary: "Lena Marsh, a singer from Ohio,"
  // opens a role, "Laurent Fabius, a ajouté" a clause.
  const article = first.lower === 'a' && !SPEECH_VERBS.has(tokens[a + 1]?.lower ?? '');
  if ((VERB_COMPANIONS.has(first.lower) && !article) || FUNCTION_WORDS.has(first.lower))
    return null;
  // An adverb or a participle opens a clause: "Tom Young, backed up that assessment",
  // "Jim Bridenstine, noting that there wasn’t funding".
  if (/(?:ly|ing|ed)$/.test(first.lower) && !ROLE_ADJECTIVES.has(first.lower)) return null;
  if (isCapitalised(first.word) && !/^(A|An|The)$/.test(first.word)) return null;
  // A number is an age, no role: "Patrick Roe Jr., 55, of Addison".
  if (/^\d/.test(first.word)) return null;
  let b = a;
  while (b < limit) {
    const t = tokens[b]!;
    // A role stops before a quotation or a bracket: "Tim Cook (“...”)".
    if (t.opens || t.closes) return b > a ? roleText(tokens, a, b - 1) : null;
    if (t.trail === '') {
      b++;
      continue;
    }
    if (t.trail !== ',' || b + 1 >= limit) break;
    if (!isCapitalised(tokens[b + 1]!.word)) break;
    b++;
  }
  return roleText(tokens, a, Math.min(b, limit - 1));
}

/** Number of words of a source phrase ("according to", "selon", "según") at token i, else 0. */
function sourcePhrase(tokens: readonly Token[], i: number): number {
  for (const phrase of ACCORDING_TO) {
    let ok = true;
    for (let w = 0; w < phrase.length && ok; w++) {
      const t = tokens[i + w];
      ok = t !== undefined && t.lower === phrase[w] && (w === phrase.length - 1 || t.trail === '');
    }
    if (ok && tokens[i + phrase.length - 1]!.trail === '') return phrase.length;
  }
  return 0;
}

/**
 * "according to X" (and the other languages' "selon X", "según X", "laut X", "podle X"): the
 * name after it, or for English the descriptor ("according to the report"). The phrase may start
 * in [from, last); the name is read to the end of the tokens. German "so X" only at `from` 0 of
 * the text after a quote, with the name ending the clause: "„Wir sind bereit“, so Hans Müller."
 */
export function accordingTo(
  tokens: readonly Token[],
  from = 0,
  last = tokens.length,
): Attribution | null {
  const limit = tokens.length;
  for (let i = from; i < Math.min(last, limit - 1); i++) {
    if (i === 0 && tokens[0]!.lower === SO_SOURCE && tokens[0]!.trail === '') {
      const run = readNameForward(tokens, 1, limit);
      const end = run ? tokens[run.last]! : null;
      if (run && run.first === 1 && end && (run.last === limit - 1 || /[.!?]/.test(end.trail)))
        return fromName(run, null, 0, 0);
    }
    const n = sourcePhrase(tokens, i);
    if (n === 0) continue;
    const k = i + n;
    if (n === 2 && DEFINITE.has(tokens[k]?.lower ?? '')) {
      // "according to the explanatory notes of the British Bill": a name inside counts.
      let m = k;
      while (m < limit && tokens[m]!.trail === '' && !isNameWord(tokens[m])) m++;
      const run = m < limit ? readNameForward(tokens, m, limit) : null;
      if (run) return fromName(run, null, i, i);
      // The person named in apposition to the noun, set off by commas: "according to his aunt,
      // Jane Starner,". Not the subject of the next clause: "according to the police, Tom Hale
      // fled".
      const head = tokens[m];
      const named = head?.trail === ',' ? readNameForward(tokens, m + 1, limit) : null;
      const closed = named && (tokens[named.last]!.trail === ',' || named.last === limit - 1);
      if (named && closed && named.first === m + 1 && !named.org)
        return fromName(named, roleText(tokens, k, m), i, i);
      const noun = tokens[Math.min(m, limit - 1)]!.lower;
      return describes(noun) ? other('descriptor', i, i, { noun }) : null;
    }
    if (n === 2 && (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an')) {
      const body = issuerAfter(tokens, k, limit);
      if (body) return fromName(body, null, i, i);
    }
    const run = readNameForward(tokens, k, limit);
    // The name follows at once ("segundo" is also "second": "o segundo turno" names no one).
    if (run && (n === 2 || run.first === k)) return fromName(run, null, i, i);
  }
  return null;
}

/**
 * The body after "a statement from", "a spokesman for" (the article at k): "according to a
 * statement from Acme Corp" is Acme Corp's. Only a document or spokesperson noun within three
 * words counts: "according to a study of 2,000 Britons" names no speaker.
 */
function issuerAfter(tokens: readonly Token[], k: number, limit: number): NameRun | null {
  for (let h = k + 1; h < Math.min(limit - 2, k + 4); h++) {
    const w = tokens[h]!;
    if (DOCUMENT_NOUNS.has(w.lower) || SPOKES_NOUNS.has(w.lower)) {
      if (w.trail !== '' || !OWNER_PREPOSITIONS.has(tokens[h + 1]!.lower)) return null;
      const at = tokens[h + 2]!.lower === 'the' ? h + 3 : h + 2;
      const run = at < limit ? readNameForward(tokens, at, limit) : null;
      return run && run.first === at ? run : null;
    }
    if (w.trail !== '') return null;
  }
  return null;
}

/**
 * An attribution that opens the text after a quote (the quote's own sentence): "said X",
 * "X said", "X, role, said", "she told ABC News", "as Reuters reported", "according to X".
 * The speaker or the verb must come first (after a comma, a dash or "as"), so that narrative
 * after a fragment ("to hold up on their ICC plans, Indyk said") is not taken for one.
 */
export function parseAfter(tokens: readonly Token[]): Attribution | null {
  let s = 0;
  while (s < tokens.length && (tokens[s]!.word === '' || CLAUSE_OPENERS.has(tokens[s]!.lower))) s++;
  if (s >= tokens.length) return null;
  const acc = accordingTo(tokens, 0, Math.min(tokens.length, s + 2));
  if (acc) return acc;
  // "said X": the verb first, possibly after companions ("a ajouté Laurent Fabius").
  let v = s;
  while (v < tokens.length && VERB_COMPANIONS.has(tokens[v]!.lower) && v - s < 2) v++;
  if (verbAt(tokens, v)) {
    const after = speakerAfter(tokens, v);
    if (after) return { ...after, first: s };
  }
  // "X said": the first speech verb whose speaker starts the clause.
  for (let k = s + 1; k < Math.min(tokens.length, s + 25); k++) {
    if (
      tokens[k - 1]!.trail === '.' ||
      tokens[k - 1]!.trail === '!' ||
      tokens[k - 1]!.trail === '?'
    )
      break;
    if (!verbAt(tokens, k)) continue;
    const before = speakerBefore(tokens, k, s) ?? unclosedApposition(tokens, s, k);
    if (before && before.first <= s + 1) return before;
  }
  return null;
}

/**
 * "X, role told Y" with the comma closing the role left out: "“...,” Kurinji Selvaraj, a research
 * analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News."
 * The name opens the clause at s, a comma and a lower-case role follow it, and the verb at v is
 * a listener verb ("told", "asked") right after the role's last word (a role never ends in one).
 */
function unclosedApposition(tokens: readonly Token[], s: number, v: number): Attribution | null {
  if (!LISTENER_VERBS.has(tokens[v]!.lower) || tokens[v - 1]!.trail !== '') return null;
  const run = readNameForward(tokens, s, v);
  if (!run || run.first !== s || run.org || tokens[run.last]!.trail !== ',') return null;
  const next = tokens[run.last + 1];
  if (!next || isCapitalised(next.word) || RELATIVES.has(next.lower)) return null;
  return fromName(run, roleText(tokens, run.last + 1, v - 1), v, s);
}

/**
 * An attribution that introduces a quote, in the text between the sentence start and the opening
 * mark: "Lorenz had written,", "As the report states:", "Emery retweeted the story, saying,",
 * "AS Opposition Leader Bill Shorten said in a letter to Abbott last month:". With a colon and
 * no speech verb the sentence's first name speaks ("De Miranda ... in his introduction:"), and
 * an unnamed someone ("a question came from a member of the audience:") is nobody.
 */
export function parseBefore(tokens: readonly Token[], colon: boolean): Attribution | null {
  // "According to X" names the source only when no one speaks in the sentence: in "According
  // to AFP, one user on Weibo ... posted:" the user speaks.
  const acc = accordingTo(tokens);
  const found = speakerByVerb(tokens);
  if (found) return found;
  if (acc) return acc;
  if (!colon) return null;
  return colonSubject(tokens);
}

function speakerByVerb(tokens: readonly Token[]): Attribution | null {
  for (let v = tokens.length - 1; v >= 0; v--) {
    if (!verbAt(tokens, v)) continue;
    const before = speakerBefore(tokens, v);
    if (before) return before;
    const after = speakerAfter(tokens, v);
    if (after) return after;
    // "Emery retweeted the story, saying,": the sentence's subject said it. Words in marks are
    // a title, not the subject: "After hitting “Takin’ It To the Streets,” the singer told".
    const subject = firstName(unquoted(tokens, v), v);
    if (subject) return { ...subject, verb: v };
  }
  return null;
}

// Opening quotation marks and the marks that close them.
const CLOSING_MARK: ReadonlyMap<string, string> = new Map([
  ['“', '”"'],
  ['"', '"”'],
  ['‘', '’'],
  ['«', '»'],
  ['„', '“”'],
]);

/** Tokens [0, v) with the words inside quotation marks blanked (same indexes). */
function unquoted(tokens: readonly Token[], v: number): Token[] {
  const out: Token[] = [];
  let close = '';
  for (let k = 0; k < v; k++) {
    const t = tokens[k]!;
    const open = close === '' && t.opens ? (CLOSING_MARK.get(t.raw[0]!) ?? '') : '';
    if (open !== '') close = open;
    out.push(close !== '' ? { ...t, word: '', lower: '' } : t);
    // The mark that closes this one ("Takin’" holds an apostrophe, not the closing mark).
    if (close !== '' && t.closes && close.includes(t.raw.replace(/[.,;:!?]+$/, '').slice(-1)))
      close = '';
  }
  return out;
}

/** The speaker of a colon introduction without speech verb; see parseBefore. */
function colonSubject(tokens: readonly Token[]): Attribution | null {
  // The subject of the last clause: "Moving forward, Swift has a new record deal ..., and The
  // Carlyle Group will be left to wonder:" is The Carlyle Group's.
  let from = 0;
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (tokens[k]!.trail === ',' || tokens[k]!.trail === ';') {
      from = k + 1;
      break;
    }
  }
  const clause = tokens.slice(from);
  // He or she opening the clause, or the sentence when the clause is a relative one, is the
  // subject: "She posted this on Facebook:", "She shared the campaign's site, which contains
  // the following statement:" are hers (not Facebook's).
  const lead = RELATIVES.has(clause[0]?.lower ?? '') ? tokens[0] : clause[0];
  const gender = lead ? SPEAKER_PRONOUNS.get(lead.lower) : undefined;
  if (lead && lead.trail === '' && (gender === 'm' || gender === 'f'))
    return other('pronoun', tokens.length, tokens.indexOf(lead), { pronoun: lead.lower });
  // A described body or document opens the clause: "the report’s recommendation for those ...
  // is a good one:" is the report's.
  if (DEFINITE.has(clause[0]?.lower ?? '')) {
    for (let h = 1; h < Math.min(clause.length, 4); h++) {
      const noun = clause[h]!.lower.replace(/['’]s?$/, '');
      if (describes(noun)) return other('descriptor', tokens.length, from, { noun });
      if (clause[h]!.trail !== '') break;
    }
  }
  for (let k = 0; k < clause.length; k++) {
    const w = clause[k]!.lower;
    if (
      ANONYMOUS_DETERMINERS.has(w) &&
      (w === 'a' || w === 'an' || w === 'one' || w === 'someone')
    ) {
      // An unnamed someone before any name: "a question came from a member of the audience:".
      const name = firstName(clause, clause.length);
      if (!name || name.first > k) return other('anonymous', tokens.length, k);
    }
  }
  return firstName(clause, clause.length);
}

/** The first name written in tokens [0, limit): the subject of a sentence in most news prose. */
export function firstName(tokens: readonly Token[], limit: number): Attribution | null {
  for (let k = 0; k < limit; k++) {
    if (!isNameWord(tokens[k]) && !(tokens[k]!.lower === 'de' && isNameWord(tokens[k + 1])))
      continue;
    const run = readNameForward(tokens, k, limit);
    if (!run) continue;
    // "Building a passive income business": a verb opening the sentence, not a name.
    const opening = run.first === 0 || /[.!?]/.test(tokens[run.first - 1]!.trail);
    if (
      run.first === run.last &&
      opening &&
      (opensPhrase(tokens[run.last + 1]) || sentenceAdverb(tokens[run.last]!))
    )
      continue;
    // "Local councillor Gordon Mackenzie branded ...": the person after the role.
    const person = personAfterRole(tokens, run, limit);
    if (person) return fromName(person, tokens[run.last + 1]!.word, limit, run.first);
    return fromName(run, run.title, limit, run.first);
  }
  return null;
}

/**
 * Any attribution in the quote's sentence outside the quote, nearest the quote first: "Steve
 * Jobs said that, once you use it, “you can’t go back.”", "“Now it’s hard ...” to hold up on
 * their ICC plans, Indyk said." Only a speaker directly by the verb counts.
 */
export function parseSentence(
  before: readonly Token[],
  after: readonly Token[],
): Attribution | null {
  const acc = accordingTo(before) ?? accordingTo(after);
  if (acc) return acc;
  for (let v = before.length - 1; v >= 0; v--) {
    const issued = issuedDocument(before, v);
    if (issued) return issued;
    if (!verbAt(before, v)) continue;
    const found = speakerBefore(before, v) ?? speakerAfter(before, v);
    if (found)
      return THOUGHT_VERBS.has(before[v]!.lower) ? (sayer(before, found.first) ?? found) : found;
    const clause = relativeSubject(before, v) ?? coordinatedSubject(before, v);
    if (clause) return clause;
    // "Yoon apologized for his actions, saying they “stemmed from the urgency”": the subject
    // of the sentence said it.
    if (before[v]!.lower.endsWith('ing') && before[v - 1]?.trail === ',') {
      // "He urged Mr. Trump to make a deal, saying “...”": he, not Trump, is the subject.
      const lead = before[0];
      const gender = lead ? SPEAKER_PRONOUNS.get(lead.lower) : undefined;
      if (lead && lead.trail === '' && (gender === 'm' || gender === 'f'))
        return other('pronoun', v, 0, { pronoun: lead.lower });
      const subject = firstName(before, v);
      if (subject) return { ...subject, verb: v };
    }
  }
  for (let v = 0; v < after.length; v++) {
    if (!verbAt(after, v)) continue;
    const found = speakerBefore(after, v) ?? speakerAfter(after, v);
    if (found) return found;
  }
  return null;
}

/**
 * The speaker of a verb of saying before token k that reports the clause k is in, through
 * "that": in "Pompeo said that after legal consultation Washington had concluded the settlements
 * were “...”", Pompeo (the quote is his report, not Washington's words). A name or a pronoun.
 */
function sayer(before: readonly Token[], k: number): Attribution | null {
  for (let u = k - 1; u >= 1; u--) {
    if (!SAY_THAT_VERBS.has(before[u]!.lower) || !isVerb(before[u])) continue;
    // "that" right after the verb or its listener: "said that", "told reporters that".
    const that = before[u + 1]?.lower === 'that' || before[u + 2]?.lower === 'that';
    if (!that) return null;
    const outer = speakerBefore(before, u);
    return outer && (outer.kind === 'name' || outer.kind === 'pronoun') ? outer : null;
  }
  return null;
}

// Determiners of the document in "issued a statement saying".
const DOCUMENT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/**
 * A speech participle after a document its subject issued: in "The Harbour Board, which runs the port,
 * issued a statement warning that “...”" the board speaks, not "a statement" (an unnamed
 * someone). The sentence's subject: a he/she opening it, or its first name.
 */
function issuedDocument(before: readonly Token[], v: number): Attribution | null {
  const w = before[v]!.lower;
  // A speech verb's participle, also one kept out of the table as a noun ("warning").
  if (v < 3 || !w.endsWith('ing')) return null;
  const stem = w.slice(0, -3);
  if (!SPEECH_VERBS.has(w) && !SPEECH_VERBS.has(stem) && !SPEECH_VERBS.has(`${stem}e`)) return null;
  // The document may be followed by its addressee and a time: "sent a letter to management
  // earlier this month stating that" (a few words, no punctuation between).
  let d = v - 1;
  while (d > v - 1 - MAX_AFTER_DOCUMENT && d >= 2 && !DOCUMENT_NOUNS.has(before[d]!.lower)) {
    if (before[d - 1]!.trail !== '') return null;
    d--;
  }
  const noun = before[d]!;
  if (d < 2 || !DOCUMENT_NOUNS.has(noun.lower) || (noun.trail !== '' && noun.trail !== ','))
    return null;
  if (!DOCUMENT_DETERMINERS.has(before[d - 1]!.lower) || !AUTHOR_VERBS.has(before[d - 2]!.lower))
    return null;
  const lead = before[0]!;
  const gender = SPEAKER_PRONOUNS.get(lead.lower);
  if (lead.trail === '' && gender !== undefined && lead.lower !== 'we' && lead.lower !== 'i')
    return other('pronoun', v, 0, { pronoun: lead.lower });
  const subject = firstName(before, d - 2);
  return subject ? { ...subject, verb: v } : null;
}

// At most this many words between the document and the participle: "a letter to management
// earlier this month stating".
const MAX_AFTER_DOCUMENT = 6;

/** Whether any token is a speech verb: a sentence that reports speech. */
export function hasSpeechVerb(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (verbAt(tokens, k)) return true;
  return false;
}
