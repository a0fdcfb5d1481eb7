import type { Doc } from '../text/doc.ts';
import type { Attribution } from './attribution.ts';
import { buildPeople } from './build-people.ts';
import type { Candidate } from './candidate.ts';
import { SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { descriptorPlace } from './descriptor-place.ts';
import { expertCarry } from './expert-carry.ts';
import { fromContext } from './from-context.ts';
import { type IndirectSpeech, indirectSpeech } from './indirect-speech.ts';
import { nameKey } from './names.ts';
import { isHonorific, type People, type Person } from './people.ts';
import { resolveDescriptor } from './resolve-descriptor.ts';
import { resolvePronoun, unnamedBefore } from './resolve-pronoun.ts';
import { fitsVoice, spokesVoice } from './spokes-voice.ts';
import { recentHolder } from './surname-holder.ts';

/**
 * Step 5: turn each attribution into the speaker's full name as first given, with a role.
 * - a name resolves to the fullest form given ("Zhang" and "Mr. Zhang" to "Jeff Zhang");
 * - he/she: the last person of that gender named in the paragraph before the quote, else the
 *   last speaker of that gender ("“...,” she said" after a paragraph about Hicks);
 * - "the president": the last person whose role says president; "the report": the body named as
 *   its author ("a new report released on Monday by Stanford University's Center on Poverty and
 *   Inequality");
 * - an unnamed someone ("one Twitter response"): null, no guess.
 * Quotes without an attribution of their own take, in order: the speaker of the last quote of
 * the same paragraph (“A,” X said. Narrative. “B.”), the speaker of the quote ending the previous
 * paragraph when this paragraph opens with a quote, the introduction of a block quote (the last
 * speaker, or the name in the sentence before), and for a paragraph that is only a quote the name
 * in the sentence before. Else null: no speaker rather than a guess.
 */
export function resolveNames(doc: Doc, cands: Candidate[]): Candidate[] {
  if (cands.length === 0) return cands;
  const people = buildPeople(doc, cands);
  const out: Candidate[] = [];
  let last: Person | null = null;
  const speakerOf: (Person | null)[] = [];
  const spoken = new Set<Person>();
  let lastBlock = -2;
  // Where the last speaker's words end in lastBlock: names written after it may take over.
  let lastAt = -1;
  // Narrative sentences reporting a named speaker's words, taken in reading order with the
  // quotes: they make that person the last speaker.
  const reported = indirectSpeech(doc, cands);
  let r = 0;
  let lastReported: { person: Person; sentence: number; block: number } | null = null;
  // The he/she a body last spoke through ("a spokeswoman for X said"), see spokesVoice.
  let voice: 'm' | 'f' | 'any' | null = null;
  for (const [i, c] of cands.entries()) {
    const first = c.parts[0]!;
    while (r < reported.length && before(reported[r]!, first.block, c.open)) {
      const event = reported[r++]!;
      const p = people.resolve(event.attr.name ?? '', event.attr.org, true);
      if (p) {
        last = p;
        voice = p.org ? spokesVoice(event.attr.role) : null;
        lastBlock = event.block;
        lastAt = event.start;
        spoken.add(p);
        lastReported = { person: p, sentence: event.sentence, block: event.block };
      }
    }
    let person: Person | null = null;
    let role: string | null = null;
    let how = c.how;
    // "a spokeswoman for the union said ... “...,” she said": the union goes on speaking, in this
    // paragraph or the next.
    const voiced =
      c.attr?.kind === 'pronoun' &&
      last?.org === true &&
      first.block - lastBlock <= 1 &&
      fitsVoice(voice, c.attr.pronoun) &&
      !people.mentions.some(
        (m) =>
          m.person.human &&
          (m.block > lastBlock || (m.block === lastBlock && m.at > lastAt)) &&
          (m.block < first.block || (m.block === first.block && m.at < c.open)),
      );
    if (voiced) person = last;
    else if (c.attr) {
      person = resolveAttribution(doc, people, c, c.attr, last, spoken, lastBlock, lastAt);
      // A bare last name that several people named in full share ("notes Jones" in a profile
      // of Stephen Jones and his father Jerry Jones) is the one of them named last.
      if (person && c.attr.kind === 'name')
        person = recentHolder(
          nameKey(c.attr.name ?? ''),
          person,
          people.mentions,
          first.block,
          c.open,
        );
      // A he/she attributing a quote tells the speaker's gender; only for a full name: a
      // one-word name found for a pronoun may be a place ("Broadway") wrongly taken.
      const told = SPEAKER_PRONOUNS.get(c.attr.pronoun ?? '');
      if (person?.human && person.key.length >= 2 && c.attr.kind === 'pronoun')
        if (told === 'm' || told === 'f') people.tellGender(person, told);
      // An honorific is no role: "Mr" in "Mr Smith told the BBC".
      const given = c.attr.kind === 'name' ? c.attr.role : null;
      role = given !== null && !isHonorific(given) ? given : null;
    } else {
      const found = fromContext(doc, people, c, out, speakerOf, last, {
        next: cands[i + 1],
        reported: lastReported,
        state: { spoken, lastBlock, lastAt },
      });
      person = found.person;
      how = found.how;
    }
    // A lone first name found through a mention: "Sarah" is "Sarah Gille"; not a fuller name of
    // the other gender: "Mr. Trump" (a man) is not "his daughter Ivanka Trump".
    if (person && person.key.length === 1) {
      const title = c.attr?.kind === 'name' ? c.attr.role : null;
      const fuller = people.resolve(person.name, person.org, true, title);
      const g = people.genderOf(person);
      const h = fuller ? people.genderOf(fuller) : null;
      if (fuller && (g === null || h === null || g === h)) person = fuller;
    }
    if (person) {
      if (person !== last || !c.attr || c.attr.kind === 'name')
        voice = person.org && c.attr?.kind === 'name' ? spokesVoice(c.attr.role) : null;
      last = person;
      lastBlock = c.parts[c.parts.length - 1]!.block;
      lastAt = c.close;
      spoken.add(person);
    }
    lastReported = null;
    speakerOf.push(person);
    out.push({
      ...c,
      how,
      speaker: person ? person.name : null,
      role: person ? (role ?? people.roleOf(person) ?? person.title) : null,
    });
  }
  return out;
}

function resolveAttribution(
  doc: Doc,
  people: People,
  c: Candidate,
  attr: Attribution,
  last: Person | null,
  spoken: ReadonlySet<Person>,
  lastBlock: number,
  lastAt: number,
): Person | null {
  switch (attr.kind) {
    case 'name':
      return people.resolve(attr.name ?? '', attr.org, true, attr.role);
    case 'anonymous':
      return null;
    case 'pronoun':
      // "where we called it “a very compelling option”": I and we in the narrative are the
      // writer or the publication, whose words are no quote of anyone named.
      if (attr.pronoun === 'we' || attr.pronoun === 'i') return null;
      if (unnamedBefore(doc, people, c, attr.pronoun ?? '')) return null;
      return resolvePronoun(doc, people, c, attr, last, spoken, lastBlock, lastAt);
    case 'descriptor': {
      const found = resolveDescriptor(doc, people, c, attr.noun ?? '', attr.modifier);
      // "the agency warns" is no place (see descriptorPlace).
      if (found && descriptorPlace(found)) return null;
      return found ?? expertCarry(people, c, attr.noun ?? '', last, lastBlock, lastAt);
    }
  }
}

/** Whether a reported-speech sentence comes before (block, at). */
function before(event: IndirectSpeech, block: number, at: number): boolean {
  return event.block < block || (event.block === block && event.start < at);
}
