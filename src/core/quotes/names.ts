import { DEMONYMS } from './data/demonyms.ts';
import { NAME_PARTICLES, NOT_NAMES, ORG_CONNECTORS, ORG_WORDS } from './data/not-names.ts';
import { ROLE_NOUNS } from './data/roles.ts';
import { SPEECH_VERBS, VERB_COMPANIONS } from './data/speech-verbs.ts';
import { DEGREES, TITLES } from './data/titles.ts';
import { isCommonFirstName } from './is-common-first-name.ts';
import { openingDescription } from './opening-description.ts';
import { invertedVerb } from './speech-verb.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** A name read from text: the name itself, the title or role words written before it, its place. */
export interface NameRun {
  /** Clean name: "Benjamin Netanyahu" from "Israeli Prime Minister Benjamin Netanyahu’s". */
  name: string;
  /** Words before the name inside the run that are a title or role: "Israeli Prime Minister". */
  title: string | null;
  /** Index of the first and last token of the whole run (title included). */
  first: number;
  last: number;
  /** An organisation rather than a person (has an organisation word, or is an acronym). */
  org: boolean;
}

const SOFT_HYPHEN = /\u00ad/g;
// A pronoun ends no name: "Turkey I" (from "said Turkey. I ...") is Turkey; "Theresa May" keeps May.
const PRONOUNS = new Set([
  'i',
  'he',
  'she',
  'we',
  'they',
  'you',
  'it',
  'what',
  'who',
  'why',
  'how',
  'where',
  'which',
]);
// After a title only "of" and "for" continue a name: "Secretary of State Mike Pompeo",
// "Commissioner for Human Rights"; "Detective and All Might" are two.
const TITLE_CONNECTORS = new Set(['of', 'for']);
// A word of a name: letters, with inner apostrophes, hyphens and stops ("O’Brien", "Rose-Lynn",
// "M.", "U.S."). Not "Nippers--"I'd".
const NAME_WORD = /^[\p{L}\p{M}](?:[\p{L}\p{M}.'’\u00ad]|-(?=[\p{L}]))*$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;

/** The word without a final full stop: "jr." → "jr" (a regex replace per word cost more). */
function withoutStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

const INITIAL = /^\p{Lu}\.$/u;

/** An initial: "K.", "É." (a capital and a stop: three code units at most, checked first). */
function isInitial(word: string): boolean {
  return word.length <= 3 && word.endsWith('.') && INITIAL.test(word);
}

function bare(word: string): string {
  const n = word.length;
  if (n > 2 && (word[n - 2] === '’' || word[n - 2] === "'") && word[n - 1] === 's')
    return word.slice(0, -2);
  if (n > 1 && (word[n - 1] === '’' || word[n - 1] === "'")) return word.slice(0, -1);
  return word;
}

/** A word that can be part of a name run by itself: it starts with a capital letter. */
function nameWord(t: Token): boolean {
  return isCapitalised(t.word);
}

/**
 * Read the run of capitalised words that starts at token i, or null. Particles join a personal
 * name ("Luis de Miranda"); connectors join an organisation's ("Council on Foreign Relations").
 * A run stops after a word followed by a comma or a full stop (a possessive also ends it unless a
 * capitalised word follows: "Parliament’s Joint Committee").
 * Example: tokens of "said Martin Indyk, executive vice president" from 1 give "Martin Indyk".
 */
export function readNameForward(
  tokens: readonly Token[],
  i: number,
  limit = tokens.length,
): NameRun | null {
  let j = i;
  // A run may start with a particle only before a capital: "de Miranda writes".
  if (
    j < limit &&
    NAME_PARTICLES.has(tokens[j]!.lower) &&
    j + 1 < limit &&
    nameWord(tokens[j + 1]!)
  )
    j++;
  if (j >= limit || !nameWord(tokens[j]!)) return null;
  let last = j;
  let org = ORG_WORDS.has(bare(tokens[j]!.lower));
  while (last + 1 < limit && tokens[last]!.trail === '' && !tokens[last]!.closes) {
    const next = tokens[last + 1]!;
    // A bracket or quotation after a name is not part of it: "Kristi Noem (R)", "McDowell “The".
    if (next.opens) break;
    if (nameWord(next)) {
      last++;
      if (ORG_WORDS.has(bare(next.lower))) org = true;
      continue;
    }
    // A particle or connector followed by a capitalised word continues the run.
    const after = tokens[last + 2];
    const joins =
      next.trail === '' &&
      after !== undefined &&
      last + 2 < limit &&
      !next.closes &&
      !after.opens &&
      nameWord(after) &&
      (NAME_PARTICLES.has(next.lower) ||
        next.lower === '&' ||
        ((org || orgAhead(tokens, last + 2, limit)) && ORG_CONNECTORS.has(next.lower)) ||
        (TITLES.has(bare(tokens[last]!.lower)) && TITLE_CONNECTORS.has(next.lower)));
    if (!joins) break;
    last += 2;
    if (ORG_WORDS.has(bare(after.lower))) org = true;
  }
  return cleanRun(tokens, i, last);
}

// How far past a connector an organisation word may come: "Food and Agriculture Organisation".
const MAX_ORG_AHEAD = 3;

/**
 * Whether the capitalised words from token i hold an organisation word within a few words, so
 * that a connector before them joins one name: "Food and Agriculture Organisation", "Customs and
 * Border Protection".
 */
function orgAhead(tokens: readonly Token[], i: number, limit: number): boolean {
  for (let k = i; k < limit && k < i + MAX_ORG_AHEAD; k++) {
    const t = tokens[k]!;
    if (!nameWord(t)) return false;
    if (ORG_WORDS.has(bare(t.lower))) return true;
    if (t.trail !== '') return false;
  }
  return false;
}

/**
 * Read the run of capitalised words that ends at token j (going back), or null.
 * Example: tokens of "press secretary Josh Earnest told" ending at "Earnest" give "Josh Earnest".
 */
export function readNameBackward(tokens: readonly Token[], j: number, floor = 0): NameRun | null {
  if (j < floor || !nameWord(tokens[j]!)) return null;
  let first = j;
  let org = ORG_WORDS.has(bare(tokens[j]!.lower));
  const connectors: number[] = [];
  while (first - 1 >= floor && tokens[first - 1]!.trail === '' && !tokens[first]!.opens) {
    const prev = tokens[first - 1]!;
    if (prev.closes) break;
    if (nameWord(prev)) {
      first--;
      if (ORG_WORDS.has(bare(prev.lower))) org = true;
      continue;
    }
    const before = tokens[first - 2];
    if (NAME_PARTICLES.has(prev.lower)) {
      // "Luis de Miranda" or, at the start of a clause, "de Miranda".
      if (before && first - 2 >= floor && before.trail === '' && nameWord(before)) {
        first -= 2;
        continue;
      }
      first--;
      break;
    }
    // Connectors are taken on trust going back, and checked once the run is read: an
    // organisation's name may have its organisation word before them ("Joint Committee on
    // Intelligence and Security").
    const joins =
      before !== undefined &&
      first - 2 >= floor &&
      before.trail === '' &&
      !before.closes &&
      !prev.opens &&
      nameWord(before) &&
      ORG_CONNECTORS.has(prev.lower);
    if (!joins) break;
    connectors.push(first - 1);
    first -= 2;
    if (ORG_WORDS.has(bare(before.lower))) org = true;
  }
  // Without an organisation word, a connector ends the name unless a title comes before it
  // ("Secretary of State Mike Pompeo"): "Lorenz and Rothman said" is Rothman.
  if (!org) {
    for (const c of connectors) {
      // "&" joins two names into one: "Langlands & Bell", "Procter & Gamble".
      const title =
        tokens[c]!.lower === '&' ||
        (TITLE_CONNECTORS.has(tokens[c]!.lower) && TITLES.has(bare(tokens[c - 1]!.lower)));
      if (!title) {
        first = c + 1;
        break;
      }
    }
  }
  return cleanRun(tokens, first, j);
}

/**
 * Turn a run of tokens into a name: drop sentence openers ("But", "AS"), split off the title
 * (everything up to the last title word: "Opposition Leader" in "Opposition Leader Bill
 * Shorten"), drop a possessive and trailing degrees ("MD").
 */
export function cleanRun(tokens: readonly Token[], first: number, last: number): NameRun | null {
  let a = first;
  while (
    a <= last &&
    (NOT_NAMES.has(tokens[a]!.lower) ||
      contraction(tokens[a]!.lower) ||
      (a < last && invertedVerb(tokens[a]!.lower))) &&
    !surnameHe(tokens, a, last)
  )
    a++;
  // Role words and adjectives opening a run are no part of the name: "Developer Valve",
  // "Singer-guitarists Tom Johnston", "Braun-owned Big Machine", "Delhi-based Oxy Pure".
  // A title is kept as the name's title: "Coach Tom Hale", "President Ann Roe".
  while (a < last && roleWord(tokens[a]!) && !TITLES.has(withoutStop(tokens[a]!.lower))) a++;
  // "Poet Philip Larkin", "Veteran Wall Streeter Charlotte Beyer": a description opening the
  // sentence before a first name is no part of the name.
  a = openingDescription(tokens, a, last);
  if (a === last && HYPHEN_ADJECTIVE.test(tokens[a]!.word)) return null;
  // A possessive inside a person's name run starts the name: "NASA's Steve Clarke"; inside an
  // organisation's it is part of the name: "Parliament’s Joint Committee on Intelligence".
  for (let k = last - 1; k >= a; k--) {
    if (bare(tokens[k]!.word) !== tokens[k]!.word && tokens[k]!.trail === '') {
      if (!hasOrgWord(tokens, k + 1, last)) a = k + 1;
      break;
    }
  }
  let b = last;
  while (b >= a && (DEGREES.has(withoutStop(tokens[b]!.lower)) || PRONOUNS.has(tokens[b]!.lower)))
    b--;
  if (a > b) return null;
  let word = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    // "Actually I've", "Nippers--"I'd", "Canal-": a contraction or stray punctuation makes no name.
    if (contraction(t.lower) || !(NAME_WORD.test(t.word) || t.word === '&')) return null;
    if (!isInitial(t.word)) word = true;
  }
  // Initials alone are no name: "I." opening a numbered section.
  if (!word) return null;
  let t = -1;
  for (let k = a; k <= b; k++) if (TITLES.has(withoutStop(tokens[k]!.lower))) t = k;
  t = Math.max(t, roleAbbreviation(tokens, a, b));
  // The last word being a title means there is no name after it ("the Prime Minister").
  if (t === b) return null;
  let nameStart = t >= 0 ? t + 1 : a;
  if (nameStart <= b && ORG_CONNECTORS.has(tokens[nameStart]!.lower)) {
    // A title with its domain: "Secretary of State Mike Pompeo" names Mike Pompeo (the last two
    // words, three with an initial); "High Commissioner for Human Rights" names an office.
    const rest = b - nameStart;
    if (rest < 3) return office(tokens, a, b, first, last);
    nameStart = isInitial(tokens[b - 1]!.word) ? b - 2 : b - 1;
  }
  if (nameStart > b) return null;
  if (nameStart === b && demonymBeforeNoun(tokens, b)) return null;
  const words: string[] = [];
  for (let k = nameStart; k <= b; k++) words.push(tokens[k]!.word);
  words[words.length - 1] = bare(words[words.length - 1]!);
  const name = withoutSoftHyphens(words.join(' ')).trim();
  if (name.length === 0 || !/\p{Lu}/u.test(name)) return null;
  const titleWords = t >= 0 ? tokens.slice(a, t + 1).map((x) => x.word) : [];
  const org = hasOrgWord(tokens, nameStart, b) || (words.length === 1 && ACRONYM.test(words[0]!));
  return {
    name,
    title: titleWords.length > 0 ? titleWords.join(' ') : null,
    first,
    last,
    org,
  };
}

// The two helpers below read the run in place, with no slice, array or closure per run: cleanRun
// runs for every capitalised word of the article ("The", "But", "Mr", "Zhang"...), mostly before
// the code is optimised.

/** A word of tokens[from..to] is an organisation word: "Parliament’s Joint Committee". */
function hasOrgWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (ORG_WORDS.has(bare(tokens[k]!.lower))) return true;
  return false;
}

/** The text without soft hyphens, the regex run only when there is one: "Zhang" stays as is. */
function withoutSoftHyphens(text: string): string {
  return text.includes('\u00ad') ? text.replace(SOFT_HYPHEN, '') : text;
}

/**
 * Index of an abbreviated role glued before a person's name in a run, else -1: "Browns DL
 * Sheldon Richardson" (defensive lineman), "Cleveland DL Larry Ogunjobi". The abbreviation is in
 * capitals, after another word of the run or before a common first name, and two name words
 * follow it; an organisation's run keeps its acronym ("BBC World Service", "NFL Players
 * Association").
 */
function roleAbbreviation(tokens: readonly Token[], a: number, b: number): number {
  for (let k = b - 2; k >= a; k--) {
    if (!ACRONYM.test(tokens[k]!.word)) continue;
    const rest = tokens.slice(k + 1, b + 1);
    if (rest.some((x) => ACRONYM.test(x.word) || ORG_WORDS.has(bare(x.lower)))) return -1;
    const first = rest[0]!.lower;
    return k > a || isCommonFirstName(first) ? k : -1;
  }
  return -1;
}

// A compound whose last part is lower case is an adjective or a role: "Braun-owned",
// "Singer-guitarists", "Delhi-based".
const HYPHEN_ADJECTIVE = /-\p{Ll}+$/u;

/** A role noun or a hyphenated adjective written with a capital at the start of a run. */
function roleWord(t: Token): boolean {
  if (HYPHEN_ADJECTIVE.test(t.word)) return true;
  const lower = t.lower;
  return ROLE_NOUNS.has(lower) || (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)));
}

/** An office named by its title: "United Nations High Commissioner for Human Rights". */
function office(
  tokens: readonly Token[],
  a: number,
  b: number,
  first: number,
  last: number,
): NameRun {
  const words = tokens.slice(a, b + 1).map((x) => x.word);
  words[words.length - 1] = bare(words[words.length - 1]!);
  return { name: words.join(' ').replace(SOFT_HYPHEN, ''), title: null, first, last, org: true };
}

/**
 * An adjective of nationality alone before a lower-case word is no name: "Palestinian civilians",
 * "Russian politicians and Donald Trump Jr who wrote", "urged the Israeli government"
 * (data/demonyms.ts). Before a speech verb it is a body's short name: "American said in a
 * statement" (American Airlines).
 */
function demonymBeforeNoun(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    DEMONYMS.has(tokens[k]!.lower) &&
    tokens[k]!.trail === '' &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.word) &&
    !SPEECH_VERBS.has(next.lower) &&
    !VERB_COMPANIONS.has(next.lower)
  );
}

/** A pronoun or determiner with a contraction: "I’m", "It’s", "We’ll" open no name. */
function contraction(lower: string): boolean {
  const at = Math.max(lower.indexOf('’'), lower.indexOf("'"));
  return at > 0 && at >= lower.length - 3 && NOT_NAMES.has(lower.slice(0, at));
}

// Determiners: a capitalised word right before one opens a sentence with a verb ("Building a").
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'our',
  'its',
  'my',
  'your',
]);

/** Whether the token is a determiner (see build-people.ts and firstName in first-name.ts). */
export function opensPhrase(t: Token | undefined): boolean {
  return t !== undefined && DETERMINERS.has(t.lower);
}

// An adverb's ending: "Critically", "Separately", "Similarly", "Notably"; not "-lly" unless
// "-ally" ("Kelly", "Connolly" are names).
const ADVERB_ENDING = /^\p{Lu}\p{Ll}{2,}(?:al|[^l])ly$/u;

/**
 * Whether the one word at k opening a sentence, set off by a comma, is a sentence adverb rather
 * than a name: "Critically, however, it said ..." (a first name like "Emily" or "Beverly" is a
 * name). The caller checks that k opens the sentence.
 */
export function sentenceAdverb(t: Token): boolean {
  return t.trail === ',' && ADVERB_ENDING.test(t.word) && !isCommonFirstName(t.lower);
}

/**
 * Whether "He" at k is the Chinese surname before a given name in the same run: "He Jianxiong,
 * the former executive director, said", "He Lifeng". The pronoun is never followed at once by a
 * capitalised word that is not a name-opener ("He Said" is a headline's, not prose).
 */
export function surnameHe(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return (
    t.word === 'He' &&
    k < last &&
    t.trail === '' &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(next.word) &&
    !NOT_NAMES.has(next.lower) &&
    !TITLES.has(next.lower)
  );
}

/** Lower-case comparison key of a name: "De Miranda" and "de Miranda" are the same. */
export function nameKey(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/\s+/)
    .filter((w) => w.length > 0);
}
