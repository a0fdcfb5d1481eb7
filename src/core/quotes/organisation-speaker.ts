/**
 * The organisation a "the company", "the spokesperson" or "the production company" speaks for:
 * the body named nearby, or the one the article is about.
 */

import type { Candidate } from './candidate.ts';
import { isCommonFirstName } from './is-common-first-name.ts';
import { mentionsBefore } from './mentions-before.ts';
import type { People, Person } from './people.ts';

// Nouns for a firm, which any organisation named just before may be ("the company said"); a
// ministry or a court is not whatever body was named last.
export const FIRM_NOUNS = new Set(['company', 'firm', 'group']);

/**
 * The one organisation (a name with an organisation word: "Acme Inc.", "Harbour Board") named in
 * this paragraph or the one before, for "the company said" when no name stands by the noun:
 * "Acme Inc. recalled 2,000 heaters on Monday. [new paragraph] “...,” the company said." With
 * two such names ("Acme Inc. sued Beta Corp.") it is no one's.
 */
export function onlyBody(people: People, block: number, at: number): Person | null {
  let body: Person | null = null;
  for (const m of mentionsBefore(people.mentions, block, at)) {
    if (m.block < block - 1) break;
    if (!m.person.org || m.person === body) continue;
    if (body) return null;
    body = m.person;
  }
  return body;
}

/**
 * The body last named whose name holds the descriptor's modifier: "the production company said"
 * after "Dick Clark Productions denied ...", "the record label said" after "Big Machine Records".
 * A person of known gender is no body.
 */
export function bodyOfKind(
  people: People,
  modifier: string,
  block: number,
  at: number,
): Person | null {
  const stem = modifier.replace(/s$/, '');
  if (stem.length < 4) return null;
  const hit = mentionsBefore(people.mentions, block, at).find(
    (m) =>
      people.genderOf(m.person) === null &&
      m.person.key.length >= 2 &&
      m.person.key.some((w) => w.replace(/s$/, '') === stem),
  );
  return hit ? hit.person : null;
}

/**
 * The body an unnamed "the spokesperson" speaks for: the one last named as a subject in this
 * paragraph or the two before. "Customs and Border Protection ... did not accept the offer. A
 * spokesperson ... said in a statement emailed to NBC News ... [new paragraph] “...,” the
 * spokesperson said." is Customs and Border Protection's (NBC News is no subject).
 */
export function spokenFor(people: People, c: Candidate): Person | null {
  const first = c.parts[0]!;
  const body = mentionsBefore(people.mentions, first.block, c.open).find(
    (m) => m.block >= first.block - 2 && m.subject && m.person.org,
  );
  return body ? body.person : null;
}

// Mentions of a body this many times or more make it the article's topic.
const TOPIC_MENTIONS = 3;

/**
 * The body a "the company" / "the site" stands for when no name is written next to the noun:
 * the last body named as a subject in this paragraph or the two before, one the article names
 * often (a topic, not a passing name) and never as a man's or a woman's ("Stack Overflow published
 * its analysis ... Stack Overflow also measured ... the site surveyed").
 */
export function topicBody(people: People, block: number, at: number, firm = false): Person | null {
  const hit = mentionsBefore(people.mentions, block, at).find(
    (m) =>
      m.block >= block - 2 &&
      m.subject &&
      m.person.mentions >= TOPIC_MENTIONS &&
      (m.person.org ||
        m.person.key.length >= 2 ||
        // A firm's one-word name with no title before it ("WeWork", "Uber"): a company noun
        // ("the company said", "a company spokesperson") is no person.
        (firm && m.person.title === null && !isCommonFirstName(m.person.key[0]!))) &&
      people.genderOf(m.person) === null,
  );
  return hit ? hit.person : null;
}
