/**
 * buildPeople: every name of the article read in one pass, resolved to the fullest name it is
 * given, with the roles and genders asked of it computed on first use.
 */

import type { Doc } from '../text/doc.ts';
import type { Candidate } from './candidate.ts';
import { PLACES } from './data/places.ts';
import { GENDER_TITLES, GENDERED_NOUNS } from './data/pronouns.ts';
import { WORK_NOUNS } from './data/roles.ts';
import { SPEECH_VERBS, VERB_COMPANIONS } from './data/speech-verbs.ts';
import { TITLES } from './data/titles.ts';
import { blockTokens } from './doc-tokens.ts';
import { standsAlone } from './first-given-alone.ts';
import { fullerForm } from './fuller-name.ts';
import { endsWith, withoutSuffix } from './name-suffix.ts';
import {
  cleanRun,
  nameKey,
  opensPhrase,
  readNameForward,
  sentenceAdverb,
  surnameHe,
} from './names.ts';
import { passiveOpening } from './passive-opening.ts';
import { isHonorific, type Mention, type People, type Person } from './people.ts';
import { placeByForm } from './place-name.ts';
import { inside, quotedRanges } from './quoted-ranges.ts';
import { roleAfter, rolePredicate, rolePrefix } from './role-phrases.ts';
import { knownParticiple, lowerCaseWords, sentenceStart } from './sentence-start.ts';
import { splitPlaces } from './split-places.ts';
import { subjectAt } from './subject-at.ts';
import { isCapitalised, isLowerCase, type Token } from './tokens.ts';
import { genderOfFirstName, voteGender } from './vote-gender.ts';

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
    place: boolean;
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
        (vocabulary.has(tokens[run.first]!.lower) ||
          knownParticiple(tokens[run.first]!.lower, vocabulary)) &&
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
        (opensPhrase(tokens[run.last + 1]) ||
          sentenceAdverb(tokens[run.last]!) ||
          passiveOpening(tokens, run.last))
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
        place: placeByForm(tokens, run.first, run.last),
      });
      i = run.last;
    }
  });
  const entry = (name: string, org: boolean, place = false): Person => {
    const key = nameKey(name);
    const k = key.join(' ');
    let p = byKey.get(k);
    if (!p) {
      // A person's name has letters in lower case after the capital and, alone, three of them
      // at least: "LGP-30", "Rs" (rupees) and "US" are no people. Nor are places ("Ukraine").
      const human =
        !org &&
        !place &&
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
  // The gender a kinship noun right before a full name tells: "his daughter Ivanka Trump" is a
  // woman, "her husband Pete Roe" a man (only the noun touching the name: "the son of Ann Roe"
  // tells nothing of Ann Roe). Read before any short form is resolved (see honorificClash).
  const kin = new Map<Person, 'm' | 'f'>();
  // A name written once as a place ("Oak Grove, Calif.") is a place wherever it is written.
  const keys = raw.map((r) => nameKey(r.name).join(' '));
  const places = new Set(keys.filter((_, i) => raw[i]!.place));
  // The order in which each name is first written (see standsAlone).
  const firstSeen = new Map<string, number>();
  for (const [i, k] of keys.entries()) if (!firstSeen.has(k)) firstSeen.set(k, i);
  const titled = new Set(keys.filter((_, i) => raw[i]!.title !== null));
  for (const [i, r] of raw.entries()) {
    const p = entry(r.name, r.org, places.has(keys[i]!));
    const before = r.tokens[r.first - 1];
    const g = before && before.trail === '' ? GENDERED_NOUNS.get(before.lower) : undefined;
    if (g && r.title === null) kin.set(p, g);
  }
  const resolve = (
    name: string,
    org = false,
    speaker = false,
    title: string | null = null,
  ): Person | null => {
    const key = nameKey(name);
    const told = title ? GENDER_TITLES.get(title.toLowerCase().replace(/\.$/, '')) : undefined;
    // "Quando" (when) opening a Portuguese sentence, "Я" (I) a Russian one.
    if (speaker && key.length === 1 && vocabulary.has(key[0]!) && !byKey.has(key[0]!)) return null;
    // "Accordingly Turkey", "Ah Bartleby": a first word the article also writes in lower case.
    if (speaker && key.length >= 2 && vocabulary.has(key[0]!) && !byKey.has(key.join(' '))) {
      return resolve(name.split(/\s+/).slice(1).join(' '), org, speaker, title);
    }
    // The fullest form: the longest name ending with this one, first given on ties, unless its
    // first word is a name of its own and a shorter full form exists ("special envoy to Ukraine
    // Kurt Volker" runs "Ukraine" into "Kurt Volker"), and unless it opens with another first
    // name than the full name first given (see fullerForm).
    let best: Person | null = null;
    for (const p of byLast.get(key[key.length - 1] ?? '') ?? []) {
      const pk = endsWith(p.key, key) ? p.key : withoutSuffix(p.key);
      if (pk.length < key.length || !endsWith(pk, key)) continue;
      // "Strava ... at its annual Camp Strava event": Strava is not Camp Strava.
      if (standsAlone(key, p.key, firstSeen, titled)) continue;
      // A person's name inside an organisation's run is not that person's full name: "Yoon" is
      // not "Democratic Party and Yoon".
      if (p.key.length > key.length && p.org && !org) continue;
      // "Mr. Trump" is not "Ivanka Trump": an honorific's gender against a longer name's first
      // name (see honorificClash).
      if (told && p.key.length > key.length && honorificClash(told, p, kin)) continue;
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
        if (
          p.key.length >= 2 &&
          p.key[0] === key[0] &&
          p.human &&
          !standsAlone(key, p.key, firstSeen, titled)
        ) {
          best = p;
          break;
        }
      }
    }
    return best ?? entry(name, org);
  };
  const mentions: Mention[] = [];
  for (const r of raw) {
    const p = resolve(r.name, r.org, false, r.title) as Person;
    // An honorific is no role: "Mr." in "Mr. Trump".
    if (p.title === null && r.title !== null && !isHonorific(r.title)) p.title = r.title;
    p.sites.push({ tokens: r.tokens, first: r.first, last: r.last });
    const g = r.title ? GENDER_TITLES.get(r.title.toLowerCase().replace(/\.$/, '')) : undefined;
    if (g) p.votes[g] += 2;
    if (!r.quoted) {
      p.mentions++;
      mentions.push({
        person: p,
        block: r.block,
        at: r.at,
        subject: subjectAt(r),
        full: nameKey(r.name).length >= 2 || r.title !== null,
      });
    }
  }
  let voted = false;
  const genderOf = (p: Person): 'm' | 'f' | null => {
    if (!voted) {
      voted = true;
      voteGender(doc, mentions, quoted);
      for (const q of all) {
        // A kinship noun is explicit; the he of "he said his daughter Ivanka Trump ..." is
        // someone else's.
        // A common first name is read before the votes, which a he/she about someone else
        // in the same sentence can sway: in "Though Trump's inauguration is a month away, she
        // said ..." the she is Janet Yellen, and Donald Trump stays a man.
        const k =
          kin.get(q) ?? (q.human && q.key.length >= 2 ? genderOfFirstName(q.key[0]!) : null);
        if (k) q.gender = k;
        else if (q.votes.m > q.votes.f) q.gender = 'm';
        else if (q.votes.f > q.votes.m) q.gender = 'f';
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

/**
 * Whether an honorific's gender contradicts the gender of a full name, told by its first name
 * or a kinship noun before it: after "his daughter Ivanka Trump", "Mr. Trump said" is not hers.
 * Names given to both sexes tell nothing, so "Ms. Roe" still finds "Jordan Roe".
 */
function honorificClash(told: 'm' | 'f', p: Person, kin: ReadonlyMap<Person, 'm' | 'f'>): boolean {
  const g = genderOfFirstName(p.key[0]!) ?? kin.get(p) ?? null;
  return g !== null && g !== told;
}
