import type { Doc } from '../text/doc.ts';
import type { Candidate } from './candidate.ts';
import { FEMALE_NAMES, MALE_NAMES } from './data/first-names.ts';
import { PLACES } from './data/places.ts';
import { GENDER_PRONOUNS, GENDER_TITLES } from './data/pronouns.ts';
import { ROLE_NOUNS, WORK_NOUNS } from './data/roles.ts';
import { SPEECH_VERBS, VERB_COMPANIONS } from './data/speech-verbs.ts';
import { TITLES } from './data/titles.ts';
import { blockTokens, tokensIn } from './doc-tokens.ts';
import { fullerForm } from './fuller-name.ts';
import {
  cleanRun,
  nameKey,
  opensPhrase,
  readNameForward,
  sentenceAdverb,
  surnameHe,
} from './names.ts';
import { roleAfter, rolePredicate, rolePrefix } from './role-phrases.ts';
import { isCapitalised, isLowerCase, type Token } from './tokens.ts';

/** A person or organisation named in the article, under the fullest name it is given. */
export interface Person {
  /** The name as first given in full: "Jeff Zhang", "Edward Norton Lorenz". */
  name: string;
  key: string[];
  org: boolean;
  /** Looks like a person's name: not an organisation, no digits ("LGP-30" is a machine). */
  human: boolean;
  /** Title written before the name: "President", "Israeli Prime Minister". */
  title: string | null;
  /** Where the name is written (to read its role only when asked for, see People.roleOf). */
  sites: { tokens: Token[]; first: number; last: number }[];
  /** Gender told by pronouns and honorifics near the name, when they agree. */
  gender: 'm' | 'f' | null;
  /** How many times a name resolving to this person is written outside quotes. */
  mentions: number;
  votes: { m: number; f: number };
}

/** A name written in the narrative (outside quotations), in reading order. */
export interface Mention {
  person: Person;
  block: number;
  at: number;
  /**
   * Written where a subject stands: not after a preposition, not a possessive. "Wild defenseman
   * Ryan Suter, who joked about Parise’s penchant, could see ..." has Suter as subject, not Parise.
   */
  subject: boolean;
}

export interface People {
  /**
   * The person a name as written stands for ("Zhang" for "Jeff Zhang"), or a new entry. With
   * `speaker`, a lone first name may stand for a full name ("Sarah" for "Sarah Gille"), and a
   * sentence's first word that the article also writes in lower case is no name (null).
   */
  resolve(name: string, org?: boolean, speaker?: boolean): Person | null;
  /** Names written outside quotations, in reading order. */
  mentions: Mention[];
  /** Gender told by pronouns near the person's name (computed on first use). */
  genderOf(p: Person): 'm' | 'f' | null;
  /**
   * Record the gender a he/she attributing a quote to p tells, when nothing told it before:
   * after "the novelist Jo Walton explained them to me. “...,” she said.", a later he is not
   * Jo Walton.
   */
  tellGender(p: Person, gender: 'm' | 'f'): void;
  /** Role from an apposition or the words before a name: "president of Alibaba Cloud Intelligence". */
  roleOf(p: Person): string | null;
}

const SENTENCE_END = /[.!?…]$/;
const HONORIFICS = new Set([...GENDER_TITLES.keys(), 'dr', 'prof', 'mx']);

/** Whether a title is only an honorific, no role: "Mr", "Ms.", "Dr". */
export function isHonorific(title: string): boolean {
  return HONORIFICS.has(title.toLowerCase().replace(/\.$/, ''));
}

/**
 * Every name of the article: built in one pass over the blocks. The full name of a person is the
 * longest name given that ends with the short form ("Zhang", "Mr. Zhang" and "Jeff Zhang" are
 * one person); a lone first name matches a full name that starts with it ("Sarah" for "Sarah
 * Gille"). Roles come from appositions ("Jeff Zhang, president of Alibaba Cloud Intelligence,")
 * and role words before the name ("the geophysicist Daniel Rothman"); gender from he/she and
 * his/her in the sentence naming only that person and the sentence after it.
 */
export function buildPeople(doc: Doc, cands: readonly Candidate[]): People {
  const byKey = new Map<string, Person>();
  const byLast = new Map<string, Person[]>();
  const fileUnder = (word: string, p: Person) => byLast.set(word, [...(byLast.get(word) ?? []), p]);
  const all: Person[] = [];
  const raw: {
    name: string;
    org: boolean;
    title: string | null;
    tokens: Token[];
    first: number;
    last: number;
    block: number;
    at: number;
    quoted: boolean;
  }[] = [];
  const quoted = quotedRanges(doc, cands);
  const allTokens = doc.blocks.map((block, b) =>
    block.kind === 'preformatted' ? [] : blockTokens(doc, b),
  );
  const vocabulary = lowerCaseWords(allTokens);
  allTokens.forEach((tokens, b) => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!isCapitalised(t.word) && !(t.lower === 'de' && isCapitalised(tokens[i + 1]?.word ?? '')))
        continue;
      let run = readNameForward(tokens, i);
      if (!run) continue;
      // A sentence's first word that the article also writes in lower case is no name:
      // "Once Fetter arrived" names Fetter.
      if (
        sentenceStart(tokens, run.first) &&
        vocabulary.has(tokens[run.first]!.lower) &&
        !surnameHe(tokens, run.first, run.last) &&
        // "President Ann Roe was blunt ... the president said": the title stays the title.
        !(run.title !== null && run.first < run.last && TITLES.has(tokens[run.first]!.lower))
      ) {
        const rest = run.first < run.last ? cleanRun(tokens, run.first + 1, run.last) : null;
        if (!rest) {
          i = run.last;
          continue;
        }
        run = rest;
      }
      // "Building a passive income business ...", "Using the LGP-30 ...": a sentence's first word
      // followed by a determiner is a verb, not a name; "Critically, ..." is an adverb.
      if (
        run.first === run.last &&
        sentenceStart(tokens, run.first) &&
        (opensPhrase(tokens[run.last + 1]) || sentenceAdverb(tokens[run.last]!))
      ) {
        i = run.last;
        continue;
      }
      // "the Virginia elections": a one-word name used as a modifier is no mention of anyone.
      const det = tokens[run.first - 1]?.lower;
      const next = tokens[run.last + 1];
      if (
        run.first === run.last &&
        (det === 'the' || det === 'a' || det === 'an') &&
        tokens[run.last]!.trail === '' &&
        next !== undefined &&
        /^\p{Ll}/u.test(next.word) &&
        !SPEECH_VERBS.has(next.lower) &&
        !VERB_COMPANIONS.has(next.lower)
      ) {
        i = run.last;
        continue;
      }
      // "the programme Go Digital", "the film Lady Bird": a work or a thing, no person. Not
      // across punctuation: in "“... would play,” Tim Morrison told" Morrison is a person.
      const work =
        det !== undefined &&
        WORK_NOUNS.has(det) &&
        isLowerCase(tokens[run.first - 1]!.word) &&
        tokens[run.first - 1]!.trail === '' &&
        !tokens[run.first - 1]!.closes;
      raw.push({
        name: run.name,
        org: run.org || work,
        title: run.title,
        tokens,
        first: run.first,
        last: run.last,
        block: b,
        at: t.start,
        quoted: inside(quoted[b], t.start),
      });
      i = run.last;
    }
  });
  const entry = (name: string, org: boolean): Person => {
    const key = nameKey(name);
    const k = key.join(' ');
    let p = byKey.get(k);
    if (!p) {
      // A person's name has letters in lower case after the capital and, alone, three of them
      // at least: "LGP-30", "Rs" (rupees) and "US" are no people. Nor are places ("Ukraine").
      const human =
        !org &&
        !PLACES.has(k) &&
        !/\d/.test(name) &&
        !(key.length === 1 && (name.length < 3 || name === name.toUpperCase()));
      p = {
        name,
        key,
        org,
        human,
        title: null,
        sites: [],
        gender: null,
        mentions: 0,
        votes: { m: 0, f: 0 },
      };
      byKey.set(k, p);
      all.push(p);
      fileUnder(key[key.length - 1] ?? '', p);
      // "James P. Roe Jr." is also found as "Roe": filed under the word before the suffix too.
      const base = withoutSuffix(key);
      if (base !== key) fileUnder(base[base.length - 1]!, p);
    }
    return p;
  };
  splitPlaces(raw);
  for (const r of raw) entry(r.name, r.org);
  const resolve = (name: string, org = false, speaker = false): Person | null => {
    const key = nameKey(name);
    // "Quando" (when) opening a Portuguese sentence, "Я" (I) a Russian one.
    if (speaker && key.length === 1 && vocabulary.has(key[0]!) && !byKey.has(key[0]!)) return null;
    // "Accordingly Turkey", "Ah Bartleby": a first word the article also writes in lower case.
    if (speaker && key.length >= 2 && vocabulary.has(key[0]!) && !byKey.has(key.join(' '))) {
      return resolve(name.split(/\s+/).slice(1).join(' '), org, speaker);
    }
    // The fullest form: the longest name ending with this one, first given on ties, unless its
    // first word is a name of its own and a shorter full form exists ("special envoy to Ukraine
    // Kurt Volker" runs "Ukraine" into "Kurt Volker"), and unless it opens with another first
    // name than the full name first given (see fullerForm).
    let best: Person | null = null;
    for (const p of byLast.get(key[key.length - 1] ?? '') ?? []) {
      const pk = endsWith(p.key, key) ? p.key : withoutSuffix(p.key);
      if (pk.length < key.length || !endsWith(pk, key)) continue;
      // A person's name inside an organisation's run is not that person's full name: "Yoon" is
      // not "Democratic Party and Yoon".
      if (p.key.length > key.length && p.org && !org) continue;
      if (!best) {
        best = p;
        continue;
      }
      const pJoined = p.key.length > 2 && byKey.has(p.key[0]!);
      const bestJoined = best.key.length > 2 && byKey.has(best.key[0]!);
      if (
        p.key.length > best.key.length
          ? (!pJoined || best.key.length < 2) && fullerForm(best.key, p.key)
          : bestJoined && p.key.length >= 2
      ) {
        best = p;
      }
    }
    // A lone first name: "Sarah" for "Sarah Gille", when no longer name ends with it.
    if (speaker && (!best || best.key.length === 1) && key.length === 1) {
      for (const p of all) {
        if (p.key.length >= 2 && p.key[0] === key[0] && p.human) {
          best = p;
          break;
        }
      }
    }
    return best ?? entry(name, org);
  };
  const mentions: Mention[] = [];
  for (const r of raw) {
    const p = resolve(r.name, r.org) as Person;
    // An honorific is no role: "Mr." in "Mr. Trump".
    if (p.title === null && r.title !== null && !isHonorific(r.title)) p.title = r.title;
    p.sites.push({ tokens: r.tokens, first: r.first, last: r.last });
    const g = r.title ? GENDER_TITLES.get(r.title.toLowerCase().replace(/\.$/, '')) : undefined;
    if (g) p.votes[g] += 2;
    if (!r.quoted) {
      p.mentions++;
      mentions.push({ person: p, block: r.block, at: r.at, subject: subjectAt(r) });
    }
  }
  let voted = false;
  const genderOf = (p: Person): 'm' | 'f' | null => {
    if (!voted) {
      voted = true;
      voteGender(doc, mentions, quoted);
      for (const q of all) {
        if (q.votes.m > q.votes.f) q.gender = 'm';
        else if (q.votes.f > q.votes.m) q.gender = 'f';
        else if (q.human && q.key.length >= 2) q.gender = genderOfFirstName(q.key[0]!);
      }
    }
    return p.gender;
  };
  const roles = new Map<Person, string | null>();
  const roleOf = (p: Person): string | null => {
    if (roles.has(p)) return roles.get(p) ?? null;
    let role: string | null = null;
    for (const { tokens, first, last } of p.sites) {
      role =
        roleAfter(tokens, last, Math.min(tokens.length, last + 25)) ??
        rolePrefix(tokens, first, 0)?.text ??
        null;
      if (role) break;
    }
    // "Ann Roe is the mayor of Springfield.": a predicate, where no apposition gave a role.
    for (const { tokens, last } of role ? [] : p.sites) {
      role = rolePredicate(tokens, last);
      if (role) break;
    }
    roles.set(p, role);
    return role;
  };
  const tellGender = (p: Person, gender: 'm' | 'f'): void => {
    if (genderOf(p) === null) p.gender = gender;
  };
  return { resolve, mentions, genderOf, tellGender, roleOf };
}

// Prepositions after which a run may start with a place: "ambassador to Britain Liu Xiaming".
const PLACE_PREPOSITIONS = new Set(['to', 'of', 'for', 'in', 'from', 'at']);

/**
 * A person's run of three words or more after a preposition whose first word the article also
 * names alone is a place and a name: "China’s ambassador to Britain Liu Xiaming" (with "Britain"
 * alone elsewhere) names Liu Xiaming, so that "Liu said" finds him.
 */
function splitPlaces(
  raw: { name: string; org: boolean; title: string | null; tokens: Token[]; first: number }[],
): void {
  const alone = new Set<string>();
  for (const r of raw) if (!/\s/.test(r.name)) alone.add(r.name.toLowerCase());
  for (const r of raw) {
    const words = r.name.split(/\s+/);
    if (r.org || r.title !== null || words.length < 3 || !alone.has(words[0]!.toLowerCase()))
      continue;
    if (!PLACE_PREPOSITIONS.has(r.tokens[r.first - 1]?.word ?? '')) continue;
    r.name = words.slice(1).join(' ');
  }
}

// Words after which a name is an object, not a subject: "joked about Parise", "to Britain".
const OBJECT_OPENERS = new Set([
  'of',
  'to',
  'for',
  'with',
  'by',
  'about',
  'from',
  'at',
  'on',
  'in',
  'into',
  'against',
  'than',
  'like',
  'over',
  'under',
  'including',
  'between',
  'among',
  'toward',
  'towards',
  'via',
]);

/** Whether a name as written stands where a subject does; see Mention.subject. */
function subjectAt(r: { tokens: Token[]; first: number; last: number }): boolean {
  const lastWord = r.tokens[r.last]!;
  if (/['’]s?$/.test(lastWord.raw.replace(/[.,;:!?]+$/, '')) && lastWord.trail === '') return false;
  // Role words before the name are looked past: in "hosted by UK finance minister Gordon Brown"
  // Brown is an object ("minister", its modifier "finance" and "UK" skipped, up to four words).
  let k = r.first - 1;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    const t = r.tokens[k]!;
    const roleWord = ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(r.tokens[k + 1]?.lower ?? '');
    if (t.trail !== '' || OBJECT_OPENERS.has(t.lower) || !(roleWord || isCapitalised(t.word)))
      break;
  }
  // An article between the preposition and the name is looked past too: in "the organisers of
  // the AMAs" the AMAs are an object.
  if (k > 0 && ARTICLES.has(r.tokens[k]!.lower) && r.tokens[k]!.trail === '') k--;
  const prev = r.tokens[k];
  return prev === undefined || prev.trail !== '' || !OBJECT_OPENERS.has(prev.lower);
}

// Object pronouns: after "Name verb" they are someone else.
const OBJECT_PRONOUNS = new Set(['him', 'her']);

/**
 * Whether the pronoun at k is the object of a verb right after a name: "Elise Matthesen found
 * him." (him is not Elise Matthesen, whose gender it does not tell). "Roe said the police told
 * him to leave" still counts (the name is not right before the verb).
 */
function objectOfName(tokens: readonly Token[], k: number): boolean {
  if (k < 2 || !OBJECT_PRONOUNS.has(tokens[k]!.lower)) return false;
  const verb = tokens[k - 1]!;
  const name = tokens[k - 2]!;
  return (
    verb.trail === '' && name.trail === '' && isLowerCase(verb.word) && isCapitalised(name.word)
  );
}

// Pronouns that stand as a sentence's subject.
const SUBJECT_PRONOUNS = new Set(['he', 'she']);

// Articles between a preposition and a name: "of the AMAs", "to a Reuters reporter".
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The gender a common first name tells, when no pronoun did: "Mary Roe" is a woman. Names given
 * to both sexes are in neither table (see data/first-names.ts).
 */
function genderOfFirstName(first: string): 'm' | 'f' | null {
  if (FEMALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first)) return 'm';
  return null;
}

/** Words the article writes with a lower-case initial somewhere. */
function lowerCaseWords(blocks: readonly Token[][]): Set<string> {
  const out = new Set<string>();
  // Indexed: this reads every word of the article once per analysis, mostly unoptimised, where
  // an array iterator costs about twice an index.
  for (let b = 0; b < blocks.length; b++) {
    const tokens = blocks[b] as Token[];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (isLowerCase(t.word)) out.add(t.lower);
    }
  }
  return out;
}

/** Token i opens a sentence: first of the block, or after a full stop, question or exclamation mark. */
function sentenceStart(tokens: readonly Token[], i: number): boolean {
  // Past a dash opening a line of dialogue or an interview answer: "— Я обычно отвечаю так".
  let k = i;
  while (k > 0 && /^[—–-]+$/.test(tokens[k - 1]!.raw)) k--;
  return k === 0 || /[.!?…:]/.test(tokens[k - 1]!.trail);
}

// Generational suffixes after a surname: "James P. Roe Jr.", "John Doe III".
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/** A name's key without a generational suffix ("james p. roe jr." gives "james p. roe"). */
function withoutSuffix(key: readonly string[]): readonly string[] {
  return key.length >= 3 && SUFFIXES.has(key[key.length - 1]!) ? key.slice(0, -1) : key;
}

function endsWith(key: readonly string[], tail: readonly string[]): boolean {
  const off = key.length - tail.length;
  for (let i = 0; i < tail.length; i++) if (key[off + i] !== tail[i]) return false;
  return true;
}

/** The quoted ranges of each block, to tell narrative from quoted words. */
function quotedRanges(doc: Doc, cands: readonly Candidate[]): [number, number][][] {
  const out: [number, number][][] = doc.blocks.map(() => []);
  for (const c of cands) for (const p of c.parts) out[p.block]?.push([p.start, p.end]);
  return out;
}

function inside(ranges: readonly [number, number][] | undefined, at: number): boolean {
  return (ranges ?? []).some(([s, e]) => at >= s && at < e);
}

/**
 * Count he/his/him against she/her in each sentence that names one person only (outside quotes),
 * and in the next sentence when it names nobody: "For Hamilton, these were formative years. She
 * recalls ..." counts for Hamilton.
 */
function voteGender(doc: Doc, mentions: readonly Mention[], quoted: [number, number][][]): void {
  let m = 0;
  let carried: Person | null = null;
  // The subject of a sentence that names others too: only a he/she opening the next sentence
  // counts for it (see below).
  let subjectOnly: Person | null = null;
  for (const s of doc.sentences) {
    const here = new Set<Person>();
    let firstAt = s.end;
    // The person named first, as a subject, when the sentence names others only after it.
    let opener: Person | null = null;
    while (
      m < mentions.length &&
      (mentions[m]!.block < s.block || (mentions[m]!.block === s.block && mentions[m]!.at < s.end))
    ) {
      const mention = mentions[m]!;
      if (mention.block === s.block && mention.at >= s.start && mention.person.human) {
        if (here.size === 0) opener = mention.subject ? mention.person : null;
        else if (mention.subject && mention.person !== opener) opener = null;
        here.add(mention.person);
        firstAt = Math.min(firstAt, mention.at);
      }
      m++;
    }
    const only: Person | null = here.size === 1 ? [...here][0]! : here.size === 0 ? carried : null;
    // Only pronouns after the name count: in "He stumbled upon the issue while researching
    // Instagram marketing" the "He" is someone else.
    const from = here.size === 1 ? firstAt : s.start;
    if (here.size === 0 && subjectOnly) {
      const lead = tokensIn(doc, { block: s.block, start: s.start, end: s.end })[0];
      const g = lead && SUBJECT_PRONOUNS.has(lead.lower) ? GENDER_PRONOUNS.get(lead.lower) : null;
      if (g) subjectOnly.votes[g]++;
    } else if (only) {
      const tokens = tokensIn(doc, { block: s.block, start: from, end: s.end });
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k] as Token;
        if (inside(quoted[s.block], t.start) || objectOfName(tokens, k)) continue;
        const g = GENDER_PRONOUNS.get(t.lower);
        if (g) only.votes[g]++;
      }
    }
    carried = here.size === 1 ? only : null;
    // A he/she opening the next sentence stands for this one's subject, whatever objects it
    // names: "Leif Dahleen, the blogger behind the Physician on FIRE, retired at 43. He says ..."
    // counts for Dahleen (FIRE is no subject); a him or her later in it may be the object.
    subjectOnly = here.size > 1 ? opener : null;
    if (!SENTENCE_END.test(s.text.trimEnd())) {
      carried = null;
      subjectOnly = null;
    }
  }
}
