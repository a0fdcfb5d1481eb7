/**
 * The person or body a descriptor stands for: "the president", "the report", "the company", "the
 * 29-year-old", "the singer and guitarist".
 */

import type { Doc } from '../text/doc.ts';
import { JUST_NAMED, ROLE_ANAPHOR } from './attribution.ts';
import { bodyEndingIn } from './body-head.ts';
import type { Candidate } from './candidate.ts';
import {
  BODY_NOUNS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  PARTY_MEMBERS,
  ROLE_NOUNS,
  SPOKES_NOUNS,
} from './data/roles.ts';
import { tokensIn } from './doc-tokens.ts';
import { authorOf, publisherOf } from './document-author.ts';
import { groupOf } from './groups.ts';
import { isPlace } from './is-place.ts';
import { mentionsBefore } from './mentions-before.ts';
import { readNameBackward, readNameForward } from './names.ts';
import { bodyOfKind, FIRM_NOUNS, onlyBody, spokenFor, topicBody } from './organisation-speaker.ts';
import type { Mention, People, Person } from './people.ts';
import { titleHolds } from './title-holds.ts';
import type { Token } from './tokens.ts';

/** "the president" or "the report"; see resolveNames. */
export function resolveDescriptor(
  doc: Doc,
  people: People,
  c: Candidate,
  noun: string,
  modifier?: string,
): Person | null {
  const first = c.parts[0]!;
  if (noun === JUST_NAMED) return justNamed(people, first.block, c.open);
  if (noun === ROLE_ANAPHOR) return occupation(doc, people, modifier ?? '', first.block, c.open);
  if (GROUP_NOUNS.has(noun)) return groupOf(doc, people, noun, first.block, c.open);
  if (ROLE_NOUNS.has(noun)) {
    const re = new RegExp(`\\b${noun}\\b`, 'i');
    const hit = mentionsBefore(people.mentions, first.block, c.open).find(
      (m) =>
        re.test(people.roleOf(m.person) ?? '') ||
        re.test(m.person.title ?? '') ||
        titleHolds(m.person.title, noun),
    );
    if (hit) return hit.person;
    const after = namedAfter(doc, people, noun, first.block, c.open);
    if (after) return after;
    if (!SPOKES_NOUNS.has(noun))
      return noun.endsWith('s')
        ? null
        : soleSubject(doc, people, named(doc, people, first.block, c.open), first.block);
    // "A company spokesperson said": the firm the article is about, when no body is named as
    // a subject nearby ("WeWork is headquartered in New York City. A company spokesperson said").
    return (
      spokenFor(people, c) ??
      (modifier && FIRM_NOUNS.has(modifier) ? topicBody(people, first.block, c.open, true) : null)
    );
  }
  if (BODY_NOUNS.has(noun)) {
    const kind = modifier ? bodyOfKind(people, modifier, first.block, c.open) : null;
    if (kind) return kind;
    // The body named next to the noun before: "US magazine Mobile PC", "Vulture magazine".
    const sentences = doc.sentences.filter(
      (s) => s.block < first.block || (s.block === first.block && s.start < c.open),
    );
    for (const s of sentences.reverse().slice(0, 40)) {
      const tokens = tokensIn(doc, { block: s.block, start: s.start, end: s.end });
      for (let k = tokens.length - 1; k >= 0; k--) {
        if (tokens[k]!.lower !== noun) continue;
        const ending = bodyEndingIn(people, tokens, k, noun);
        if (ending) return ending;
        const after = tokens[k]!.trail === '' ? readNameForward(tokens, k + 1) : null;
        if (after && after.first === k + 1) return people.resolve(after.name, true, true);
        // The name in apposition: "The group, WeWorkers Coalition, formed in recent weeks".
        const apposed = tokens[k]!.trail === ',' ? readNameForward(tokens, k + 1) : null;
        if (apposed && apposed.first === k + 1 && tokens[apposed.last]!.trail === ',')
          return people.resolve(apposed.name, true, true);
        // Not a place before the noun: in "Boeing is also the only U.S. company that can supply
        // the plane" the company is not the U.S.
        const beforeRun = readNameBackward(tokens, k - 1);
        if (beforeRun && beforeRun.last === k - 1 && !isPlace(beforeRun.name))
          return people.resolve(beforeRun.name, true, true);
      }
    }
    return (
      topicBody(people, first.block, c.open, FIRM_NOUNS.has(noun)) ??
      (FIRM_NOUNS.has(noun) ? onlyBody(people, first.block, c.open) : null)
    );
  }
  if (SPOKES_NOUNS.has(noun) && !DOCUMENT_NOUNS.has(noun)) return spokenFor(people, c);
  if (DOCUMENT_NOUNS.has(noun)) {
    // The first sentence naming the document with its author: "a new report released on Monday
    // by Stanford University's Center", "Big Machine Records issued a statement". Who obtained
    // it is not who wrote it: "The statement, which was obtained by Variety".
    let previous: Token[] = [];
    let named = false;
    for (const s of doc.sentences) {
      if (s.block > first.block || (s.block === first.block && s.start >= c.open)) break;
      const tokens = tokensIn(doc, { block: s.block, start: s.start, end: s.end });
      const at = tokens.findIndex((t) => t.lower === noun);
      if (at < 0) {
        previous = tokens;
        continue;
      }
      const author =
        authorOf(tokens, at) ??
        (!named && tokens[at - 1]?.lower === 'the' ? publisherOf(previous) : null);
      named = true;
      if (typeof author === 'string') return groupOf(doc, people, author, first.block, c.open);
      if (author) return people.resolve(author.name, author.org, true);
      previous = tokens;
    }
  }
  return null;
}

/**
 * The person "the 29-year-old" or "the Ohio Democrat" stands for: the last person named as a
 * subject in this paragraph or the one before ("Tom Hale scored twice on Sunday. [new paragraph] “I felt good,” the
 * 29-year-old said."). A body is no age; nobody named so near leaves it unattributed.
 */
function justNamed(people: People, block: number, at: number): Person | null {
  const hit = mentionsBefore(people.mentions, block, at).find(
    (m) =>
      m.block >= block - 1 &&
      m.subject &&
      m.person.human &&
      !m.person.org &&
      !PARTY_MEMBERS.has(m.person.key[m.person.key.length - 1] ?? ''),
  );
  return hit ? hit.person : null;
}

/**
 * The person an occupation stands for ("the singer and guitarist told the audience"): someone
 * named before whose role or title holds the word, else the person named in full who opens this
 * paragraph or the one before, the paragraph's topic ("Simmons teased the tour during the band's
 * set ... [new paragraph] After the song, the singer and guitarist told the audience, “...”").
 * Else nobody.
 */
function occupation(
  doc: Doc,
  people: People,
  word: string,
  block: number,
  at: number,
): Person | null {
  const before = named(doc, people, block, at);
  // Only someone named in full as a subject: the end of a quoted title before the noun reads
  // as a name with that role ("“Takin’ It To the Streets,” the singer ...").
  const hit = before.find(
    (m) =>
      m.subject &&
      m.person.key.length >= 2 &&
      (hasWord(people.roleOf(m.person), word) || hasWord(m.person.title, word)),
  );
  if (hit) return hit.person;
  const opener = before.find(
    (m) =>
      m.block >= block - 1 &&
      m.at === 0 &&
      m.subject &&
      m.person.human &&
      !m.person.org &&
      m.person.key.length >= 2,
  );
  if (opener) return opener.person;
  return soleSubject(doc, people, before, block);
}

/**
 * The one person named in this paragraph before the quote, or else in the paragraph before, a
 * subject there, when nobody else is named there: "Chandor asked his leading man to pick a time
 * ... [new paragraph] “Scripts are vague on back-story,” the director said." is Chandor's;
 * "Aniston did admit to having stolen some items. When asked what she took, the actress
 * stated, “Beads.”" is Aniston's; not someone given another title or role. Where two people
 * are named there ("President-elect Donald Trump's transition team announced that Carl Icahn
 * will serve ... [new paragraph] “...,” the president-elect said"), the occupation could be
 * either: nobody.
 */
function soleSubject(
  doc: Doc,
  people: People,
  before: readonly Mention[],
  block: number,
): Person | null {
  // Places and bodies are no candidates: "a time in Latin America" names no one who speaks.
  const named = before.filter(
    (m) =>
      m.person.human &&
      !m.person.org &&
      !isPlace(m.person.name) &&
      !PLACE_PREPOSITION.test(doc.blocks[m.block]!.text.slice(Math.max(0, m.at - 8), m.at)),
  );
  const here = named.filter((m) => m.block === block);
  const there = here.length > 0 ? here : named.filter((m) => m.block === block - 1);
  const person = there[0]?.person;
  if (!person || person.key.length < 2) return null;
  // Someone given another title or role is not the occupation: "President Ann Roe was blunt.
  // [new paragraph] “...,” the coach said." stays nobody's (the callers checked that the title
  // or role does not hold the noun).
  if (person.title !== null || people.roleOf(person) !== null) return null;
  if (there.some((m) => m.person !== person)) return null;
  return there.some((m) => m.subject) ? person : null;
}

// A name right after these is a place: "a time in Latin America", "flew to Sydney".
const PLACE_PREPOSITION = /\b(?:in|at|to|from|across|near)\s+$/iu;

/** The mentions before a point, most recent first, without titles in quotation marks. */
function named(doc: Doc, people: People, block: number, at: number): Mention[] {
  // A title in quotation marks is no one: "After “Running Up That Hill,” the drummer said".
  return mentionsBefore(people.mentions, block, at).filter(
    (m) => !OPENING_MARKS.has(doc.blocks[m.block]?.text[m.at] ?? ''),
  );
}

// Marks that open a quotation.
const OPENING_MARKS = new Set(['"', '“', '‘', '«', '„']);

/** Whether a role holds a word, in any case: "lead singer and guitarist" holds "singer". */
function hasWord(role: string | null, word: string): boolean {
  if (!role) return false;
  return role
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .includes(word);
}

// A role named before the person: the name follows the noun within this many words ("China’s
// ambassador to Britain Liu Xiaming"), in this paragraph or the next few.
const MAX_ROLE_TO_NAME = 4;
const MAX_BLOCKS_AHEAD = 4;

/**
 * The person a role stands for when the article names them only later: "China’s ambassador to
 * Britain accused ... and warned that the Chinese government “will not sit on our hands” ...
 * China’s ambassador to Britain Liu Xiaming has said ...". The first person named within a few
 * words after the same role noun.
 */
function namedAfter(
  doc: Doc,
  people: People,
  noun: string,
  block: number,
  at: number,
): Person | null {
  for (const s of doc.sentences) {
    if (s.block < block || (s.block === block && s.end <= at)) continue;
    if (s.block > block + MAX_BLOCKS_AHEAD) break;
    const tokens = tokensIn(doc, { block: s.block, start: s.start, end: s.end });
    for (let k = 0; k < tokens.length - 1; k++) {
      if (tokens[k]!.lower !== noun || (s.block === block && tokens[k]!.start < at)) continue;
      const end = tokens[Math.min(tokens.length - 1, k + MAX_ROLE_TO_NAME)]!.end;
      const m = people.mentions.find(
        (x) => x.block === s.block && x.at > tokens[k]!.start && x.at < end && x.person.human,
      );
      if (m) return m.person;
    }
  }
  return null;
}
