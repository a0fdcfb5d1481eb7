import { type Doc, sentenceAt } from '../text/doc.ts';
import { type Attribution, JUST_NAMED, ROLE_ANAPHOR } from './attribution.ts';
import type { Candidate } from './candidate.ts';
import { FEMALE_NAMES, MALE_NAMES } from './data/first-names.ts';
import { NOT_NAMES } from './data/not-names.ts';
import {
  ANONYMOUS_DETERMINERS,
  GENDER_PRONOUNS,
  GENDERED_NOUNS,
  SPEAKER_PRONOUNS,
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
import { tokensIn } from './doc-tokens.ts';
import { embedAuthor } from './embed-byline.ts';
import { firstName } from './first-name.ts';
import { textOf, tokensOf } from './frame.ts';
import { groupOf } from './groups.ts';
import { type IndirectSpeech, indirectSpeech } from './indirect-speech.ts';
import { type NameRun, readNameBackward, readNameForward } from './names.ts';
import { parseAfter } from './parse-after.ts';
import { parseBefore } from './parse-before.ts';
import { parseSentence } from './parse-sentence.ts';
import { buildPeople, isHonorific, type Mention, type People, type Person } from './people.ts';
import { speakerAfter } from './speaker-after.ts';
import { speakerBefore } from './speaker-before.ts';
import { hasSpeechVerb } from './speech-verb.ts';
import type { Token } from './tokens.ts';

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
  for (const [i, c] of cands.entries()) {
    const first = c.parts[0]!;
    while (r < reported.length && before(reported[r]!, first.block, c.open)) {
      const event = reported[r++]!;
      const p = people.resolve(event.attr.name ?? '', event.attr.org, true);
      if (p) {
        last = p;
        lastBlock = event.block;
        lastAt = event.start;
        spoken.add(p);
        lastReported = { person: p, sentence: event.sentence, block: event.block };
      }
    }
    let person: Person | null = null;
    let role: string | null = null;
    let how = c.how;
    if (c.attr) {
      person = resolveAttribution(doc, people, c, c.attr, last, spoken, lastBlock, lastAt);
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
    // A lone first name found through a mention: "Sarah" is "Sarah Gille".
    if (person && person.key.length === 1)
      person = people.resolve(person.name, person.org, true) ?? person;
    if (person) {
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
      return people.resolve(attr.name ?? '', attr.org, true);
    case 'anonymous':
      return null;
    case 'pronoun':
      // "where we called it “a very compelling option”": I and we in the narrative are the
      // writer or the publication, whose words are no quote of anyone named.
      if (attr.pronoun === 'we' || attr.pronoun === 'i') return null;
      if (unnamedBefore(doc, people, c, attr.pronoun ?? '')) return null;
      return pronoun(doc, people, c, attr, last, spoken, lastBlock, lastAt);
    case 'descriptor':
      return descriptor(doc, people, c, attr.noun ?? '', attr.modifier);
  }
}

/** The person a pronoun stands for; see resolveNames. */
function pronoun(
  doc: Doc,
  people: People,
  c: Candidate,
  attr: Attribution,
  last: Person | null,
  spoken: ReadonlySet<Person>,
  lastBlock: number,
  lastAt: number,
): Person | null {
  const gender = SPEAKER_PRONOUNS.get(attr.pronoun ?? '');
  const first = c.parts[0]!;
  // A pronoun stands for someone named before it, not for a name written between it and the
  // quote: in "During the call, he called Ann Roe a liar and said, “...”" he is not Ann Roe.
  const all = mentionsBefore(people.mentions, first.block, attr.at ?? c.open);
  if (gender === 'm' || gender === 'f') {
    // Binding is read only in this paragraph and the one before, where the pronoun looks first
    // (reading every sentence before the quote for every pronoun would cost too much).
    const before = all.filter((m) => m.block < first.block - 1 || !objectOfPronoun(doc, m, gender));
    const lastFits =
      last?.human === true && (people.genderOf(last) === gender || people.genderOf(last) === null);
    // Someone else of that gender named in full as a subject after the last speaker's words in
    // this paragraph takes over: "“...,” said Sri Mulyani Indrawati. The BBC's correspondent, Rachel
    // Harvey, told World Business Report that ... “...,” she said." is Harvey's.
    if (lastBlock === first.block) {
      const taker = before.find(
        (m) =>
          m.block === first.block &&
          m.at > lastAt &&
          m.person !== last &&
          m.person.human &&
          m.person.key.length >= 2 &&
          m.subject &&
          people.genderOf(m.person) === gender,
      );
      if (taker) return taker.person;
    }
    // The speaker of a quote earlier in this paragraph, or at the end of the one before it, goes
    // on: "Lee, the party leader, said Yoon’s “...” [new paragraph] “...,” he said."
    if (lastFits && lastBlock === first.block) return last;
    const sameBlock = before.filter((m) => m.block === first.block && m.person.human);
    // ... unless this paragraph is about someone else: named twice in it, or a speaker already
    // ("her daughter, Sarah. ... Sarah Gille sat in on a class. ... Sarah studied ...").
    const counts = new Map<Person, number>();
    for (const m of sameBlock) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
    const other = sameBlock.some(
      (m) =>
        m.person !== last &&
        ((counts.get(m.person) ?? 0) >= 2 ||
          spoken.has(m.person) ||
          people.genderOf(m.person) === gender),
    );
    if (lastFits && lastBlock === first.block - 1 && !other) return last;
    // Someone already quoted is likelier to speak again than someone only mentioned: "she was
    // more nervous than Rose-Lynn Harlan has ever been. “It was terrifying,” she said."
    // Then the last subject of that gender, then any mention: in "Wild defenseman Ryan Suter,
    // who joked about Parise’s penchant, could see ... “...,” he said." Suter speaks.
    // A paragraph that opens with the last speaker's name as its subject is about them: in
    // "Figgins declined to say whether Thomas slept on the job. “...,” he said." Figgins speaks.
    const opener = sameBlock[sameBlock.length - 1];
    if (lastFits && opener?.person === last && opener.subject && opensBlock(opener)) return last;
    const match =
      sameBlock.find((m) => people.genderOf(m.person) === gender && spoken.has(m.person)) ??
      sameBlock.find((m) => people.genderOf(m.person) === gender && m.subject) ??
      sameBlock.find((m) => people.genderOf(m.person) === gender);
    if (match) return match.person;
    // A paragraph naming nobody: the person of that gender named in the paragraph before, a
    // speaker first ("Tommy ... retired at 51. [new paragraph] “...,” he wrote.").
    if (sameBlock.length === 0) {
      // A one-word name written once may be a capitalised common word ("Sales rose last year").
      const prevBlock = before.filter(
        (m) =>
          m.block === first.block - 1 &&
          m.person.human &&
          (spoken.has(m.person) ||
            m.person.key.length >= 2 ||
            m.person.mentions >= 2 ||
            // ... but a subject that a he/she/his after it in its own paragraph tells is
            // someone: "Tommy — who only goes by his first name — retired at 51."
            (m.subject && toldGender(doc, m, gender))),
      );
      const prev =
        prevBlock.find((m) => people.genderOf(m.person) === gender && spoken.has(m.person)) ??
        prevBlock.find((m) => people.genderOf(m.person) === gender && m.subject) ??
        prevBlock.find((m) => people.genderOf(m.person) === gender);
      if (prev) return prev.person;
    }
    // The last speaker goes on speaking when the paragraph names them or nobody; a paragraph
    // about someone else ("her daughter, Sarah ... Sarah Gille sat in on a class") hands over.
    const lastNamed = sameBlock.length === 0 || sameBlock.some((m) => m.person === last);
    if (lastFits && lastNamed) return last;
    const unknown = sameBlock.find(
      (m) =>
        people.genderOf(m.person) === null && (m.person.key.length >= 2 || spoken.has(m.person)),
    );
    if (unknown) return unknown.person;
    if (lastFits) return last;
    const earlier = before.find((m) => m.person.human && people.genderOf(m.person) === gender);
    return earlier ? earlier.person : null;
  }
  // they / it: the last speaker when a body speaking in this paragraph or the one before
  // ("“...,” said the magazine. [new paragraph] “...,” it concluded."), else a body or someone of
  // unknown gender named just before (this paragraph or the two before it), not the last person
  // quoted: "Big Machine have twice denied doing anything wrong. “...,” they said in a statement."
  if (last && people.genderOf(last) === null && lastBlock >= first.block - 1) return last;
  // A body only as the object of a preposition is no "it": in "Now they've put out another
  // statement - directly to the organisers of the AMAs. “...,” it says." the AMAs say nothing.
  const near = all.find(
    (m) => m.block >= first.block - 2 && m.subject && people.genderOf(m.person) === null,
  );
  if (near) return near.person;
  return last && people.genderOf(last) === null ? last : null;
}

/**
 * Whether a pronoun of that gender follows a mention in its own paragraph, outside quotes: the
 * name is someone's ("Tommy ... retired at 51. He never earned ..."), not a capitalised word
 * ("Sales rose last year." takes no gender from a "he added" in the paragraph after).
 */
function toldGender(doc: Doc, m: Mention, gender: 'm' | 'f'): boolean {
  const text = doc.blocks[m.block]?.text ?? '';
  for (const t of tokensIn(doc, { block: m.block, start: m.at, end: text.length })) {
    if (t.opens || t.closes) return false;
    if (GENDER_PRONOUNS.get(t.lower) === gender) return true;
  }
  return false;
}

// The subject pronoun of each gender.
const SUBJECT_OF: Readonly<Record<'m' | 'f', string>> = { m: 'he', f: 'she' };

// Words that open a new clause, with its own subject: "he left but Stone stayed". Not "and",
// which joins words as often as clauses ("long and serious chats with Epstein").
const CLAUSE_BREAKS = new Set(['but', 'while', 'when', 'because', 'after', 'before', 'until']);

/**
 * Whether a mention follows a he/she of that gender in its own clause: that he is someone else
 * (he emailed Gaiman: he is not Gaiman), so a later he is not the name either. In "During the
 * visit, he was photographed having long chats with Epstein. [new paragraph] He instead told the
 * BBC: “...”" the second he is not Epstein; in "he emailed Gaiman about it. “...,” he wrote." not
 * Gaiman. A comma or a conjunction between them opens another clause: in "When he left, Stone
 * stayed." Stone may be the he that follows.
 */
function objectOfPronoun(doc: Doc, m: Mention, gender: 'm' | 'f'): boolean {
  const s = sentenceAt(doc, m.block, m.at);
  if (!s) return false;
  let bound = false;
  for (const t of tokensIn(doc, { block: m.block, start: s.start, end: m.at })) {
    if (CLAUSE_BREAKS.has(t.lower)) bound = false;
    if (t.lower === SUBJECT_OF[gender]) bound = true;
    if (t.trail !== '' && t.lower !== SUBJECT_OF[gender]) bound = false;
  }
  return bound;
}

/** Whether a mention is the first word of its paragraph: "Figgins declined to ...". */
function opensBlock(m: Mention): boolean {
  return m.at <= 1;
}

// Verbs before a description of someone already named: "she is a mother of two".
const PREDICATE = new Set(['is', 'was', 'as', 'became', 'becomes', 'remains', 'remained']);
// Words between the determiner and the noun of an unnamed someone: "one young mother".
const MAX_NOUN_GAP = 2;

/**
 * Whether he/she stands for an unnamed man or woman brought in after every full name of that
 * gender in the quote's paragraph (a one-word name may be a body: "Instagram"): "WIRED spoke to one mother, who knew her teenage daughter ... “...,” she
 * said." The words are nobody's we can name.
 */
function unnamedBefore(doc: Doc, people: People, c: Candidate, word: string): boolean {
  const gender = SPEAKER_PRONOUNS.get(word);
  if (gender !== 'm' && gender !== 'f') return false;
  const first = c.parts[0]!;
  const tokens = tokensIn(doc, { block: first.block, start: 0, end: c.open });
  let at = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (!ANONYMOUS_DETERMINERS.has(tokens[k]!.lower) || tokens[k]!.trail !== '') continue;
    // Not a description of someone named: "Jane Roe, a mother of three,", "she is a mother".
    const prev = tokens[k - 1];
    if (prev && ((prev.trail === ',' && /^\p{Lu}/u.test(prev.word)) || PREDICATE.has(prev.lower)))
      continue;
    for (let h = k + 1; h <= k + 1 + MAX_NOUN_GAP && h < tokens.length; h++) {
      if (GENDERED_NOUNS.get(tokens[h]!.lower.replace(/[’']s$/, '')) === gender) {
        at = tokens[k]!.start;
        break;
      }
      if (tokens[h]!.trail !== '') break;
    }
  }
  if (at < 0) return false;
  return !people.mentions.some(
    (m) =>
      m.block === first.block &&
      m.at > at &&
      m.at < c.open &&
      m.person.human &&
      m.person.key.length >= 2 &&
      people.genderOf(m.person) === gender,
  );
}

/** Mentions before (block, at), most recent first. */
function mentionsBefore(mentions: readonly Mention[], block: number, at: number): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.block > block || (m.block === block && m.at >= at)) break;
    out.push(m);
  }
  return out.reverse();
}

/** "the president" or "the report"; see resolveNames. */
function descriptor(
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
      (m) => re.test(people.roleOf(m.person) ?? '') || re.test(m.person.title ?? ''),
    );
    if (hit) return hit.person;
    const after = namedAfter(doc, people, noun, first.block, c.open);
    if (after || !SPOKES_NOUNS.has(noun)) return after;
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
        const after = tokens[k]!.trail === '' ? readNameForward(tokens, k + 1) : null;
        if (after && after.first === k + 1) return people.resolve(after.name, true, true);
        // The name in apposition: "The group, WeWorkers Coalition, formed in recent weeks".
        const apposed = tokens[k]!.trail === ',' ? readNameForward(tokens, k + 1) : null;
        if (apposed && apposed.first === k + 1 && tokens[apposed.last]!.trail === ',')
          return people.resolve(apposed.name, true, true);
        const beforeRun = readNameBackward(tokens, k - 1);
        if (beforeRun && beforeRun.last === k - 1)
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
  // A title in quotation marks is no one: "After “Running Up That Hill,” the drummer said".
  const before = mentionsBefore(people.mentions, block, at).filter(
    (m) => !OPENING_MARKS.has(doc.blocks[m.block]?.text[m.at] ?? ''),
  );
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
  return opener ? opener.person : null;
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

// Nouns for a firm, which any organisation named just before may be ("the company said"); a
// ministry or a court is not whatever body was named last.
const FIRM_NOUNS = new Set(['company', 'firm', 'group']);

/**
 * The one organisation (a name with an organisation word: "Acme Inc.", "Harbour Board") named in
 * this paragraph or the one before, for "the company said" when no name stands by the noun:
 * "Acme Inc. recalled 2,000 heaters on Monday. [new paragraph] “...,” the company said." With
 * two such names ("Acme Inc. sued Beta Corp.") it is no one's.
 */
function onlyBody(people: People, block: number, at: number): Person | null {
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
function bodyOfKind(people: People, modifier: string, block: number, at: number): Person | null {
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
function spokenFor(people: People, c: Candidate): Person | null {
  const first = c.parts[0]!;
  const body = mentionsBefore(people.mentions, first.block, c.open).find(
    (m) => m.block >= first.block - 2 && m.subject && m.person.org,
  );
  return body ? body.person : null;
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

/** A common first name ("Tommy" is not in the table, "Mary" is): a person, never a firm. */
function givenName(word: string): boolean {
  return FEMALE_NAMES.has(word) || MALE_NAMES.has(word);
}

// Mentions of a body this many times or more make it the article's topic.
const TOPIC_MENTIONS = 3;

/**
 * The body a "the company" / "the site" stands for when no name is written next to the noun:
 * the last body named as a subject in this paragraph or the two before, one the article names
 * often (a topic, not a passing name) and never as a man's or a woman's ("Stack Overflow published
 * its analysis ... Stack Overflow also measured ... the site surveyed").
 */
function topicBody(people: People, block: number, at: number, firm = false): Person | null {
  const hit = mentionsBefore(people.mentions, block, at).find(
    (m) =>
      m.block >= block - 2 &&
      m.subject &&
      m.person.mentions >= TOPIC_MENTIONS &&
      (m.person.org ||
        m.person.key.length >= 2 ||
        // A firm's one-word name with no title before it ("WeWork", "Uber"): a company noun
        // ("the company said", "a company spokesperson") is no person.
        (firm && m.person.title === null && !givenName(m.person.key[0]!))) &&
      people.genderOf(m.person) === null,
  );
  return hit ? hit.person : null;
}

/**
 * The subject of a publishing verb in the sentence before a document's first mention as "the
 * report": "Stack Overflow published its analysis of 2017 hiring trends ... The report, which
 * compares data from 200 companies, ..." was written by Stack Overflow.
 */
function publisherOf(tokens: readonly Token[]): NameRun | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!AUTHOR_VERBS.has(tokens[k]!.lower)) continue;
    const run = readNameBackward(tokens, k - 1);
    if (run && run.last === k - 1) return run;
  }
  return null;
}

/**
 * The author of the document named at token `at`, a name or a group noun ("signed by seven
 * physicians"); see descriptor.
 */
function authorOf(
  tokens: readonly Token[],
  at: number,
): { name: string; org: boolean } | string | null {
  let participle = false;
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + 8); k++) {
    const w = tokens[k]!.lower;
    if (AUTHOR_VERBS.has(w)) participle = true;
    if (w === 'by' && (participle || k === at + 1)) {
      const run = readNameForward(tokens, k + 1);
      if (run) return run;
      // "the letter signed by seven physicians": a group, counted or not.
      const g = GROUP_NOUNS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : k + 2;
      return GROUP_NOUNS.has(tokens[g]?.lower ?? '') ? tokens[g]!.lower : null;
    }
    if (tokens[k]!.trail !== '' && w !== 'by') break;
  }
  // "In a Nov. 5 letter, the doctors pleaded ...": the subject after the introduction wrote it.
  if (
    tokens[at]!.trail === ',' &&
    tokens.slice(Math.max(0, at - 5), at).some((t) => t.lower === 'in')
  ) {
    const run = readNameForward(tokens, at + 1);
    if (run && run.first === at + 1) return run;
    const g = tokens[at + 1]?.lower === 'the' ? at + 2 : -1;
    if (g > 0 && GROUP_NOUNS.has(tokens[g]?.lower ?? '')) return tokens[g]!.lower;
  }
  // "Big Machine Records issued a statement": the subject of the verb before the noun.
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (!AUTHOR_VERBS.has(tokens[k]!.lower)) continue;
    const run = readNameBackward(tokens, k - 1);
    if (run) return run;
  }
  // "Two soldiers died, the US military said in a statement on Wednesday.": the speaker of the
  // speech verb right before "in (a|its|...) statement" wrote it; a later "the statement said"
  // is theirs.
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (tokens[k]!.trail !== '') break;
    if (tokens[k]!.lower !== 'in') continue;
    const v = k - 1;
    if (tokens[v]!.trail !== '' || !hasSpeechVerb([tokens[v]!])) break;
    const attr = speakerBefore(tokens, v) ?? speakerAfter(tokens, v);
    return attr?.kind === 'name' && attr.name ? { name: attr.name, org: attr.org } : null;
  }
  return null;
}

/** Speaker of a quote with no attribution of its own; see resolveNames. */
function fromContext(
  doc: Doc,
  people: People,
  c: Candidate,
  done: readonly Candidate[],
  speakerOf: readonly (Person | null)[],
  last: Person | null,
  around: {
    next: Candidate | undefined;
    reported: { person: Person; sentence: number; block: number } | null;
    /** The last speaker's state, for a he/she introduction (see pronoun). */
    state: { spoken: ReadonlySet<Person>; lastBlock: number; lastAt: number };
  },
): { person: Person | null; how: string } {
  const first = c.parts[0]!;
  const prev = done[done.length - 1];
  const prevSpeaker = speakerOf[done.length - 1] ?? null;
  const prevLast = prev ? prev.parts[prev.parts.length - 1]! : null;
  // An embedded post: the author its byline names ("— Josh Apte (@joshapte) November 3, 2019").
  if (c.blockQuote) {
    const author = embedAuthor(doc, c.parts[c.parts.length - 1]!.block);
    const p = author ? people.resolve(author, false, true) : null;
    if (p) return { person: p, how: 'byline' };
  }
  // A continued block quote: the speaker of the block quote before it.
  if (c.blockQuote && prev?.blockQuote && prevLast && first.block - prevLast.block <= 2) {
    return { person: prevSpeaker, how: 'continued' };
  }
  const sentence = sentenceAt(doc, first.block, c.open)?.index ?? -1;
  // Right after a sentence reporting someone's words: "Jacques Barrot ... said that the
  // changes were necessary. “The boom in air travel needs to be accompanied by ...”"
  // Within two sentences, with no one else named in between: "Fiona Deans ... said the
  // compression was visually lossless. [new paragraph] The film will all be encrypted ...
  // “People will see the picture quality is a bit clearer.”"
  const reported = around.reported;
  if (reported && reported.sentence >= sentence - 2 && reported.sentence < sentence) {
    const between = people.mentions.some(
      (m) =>
        m.person.human &&
        m.person !== reported.person &&
        (m.block > reported.block ||
          (m.block === reported.block && m.at > reportedStart(doc, reported))) &&
        (m.block < first.block || (m.block === first.block && m.at < c.open)),
    );
    if (!between) return { person: reported.person, how: 'reported' };
  }
  if (prev && prevLast && prevSpeaker) {
    // “A,” X said. Narrative. “B.” in one paragraph (a fragment too: the speech goes on), unless
    // the narrative ends by giving words to someone else: “A,” said Pete Buckingham. Digital
    // prints cost less, said Ms Deans. “B.” is Deans's.
    if (prevLast.block === first.block) {
      const handed = handedOver(doc, people, prev, c, prevSpeaker);
      return handed
        ? { person: handed, how: 'reported' }
        : { person: prevSpeaker, how: 'continued' };
    }
    // A paragraph that opens with a quote after one that ended with a quote.
    const prevText = doc.blocks[prevLast.block]?.text ?? '';
    const opensBlock = textOf(doc, { block: first.block, start: 0, end: c.open }).trim() === '';
    const endedBlock =
      prevLast.block === first.block - 1 &&
      (prev.close >= prevText.trimEnd().length - 40 || endsBlock(doc, prevLast.block, prev.close));
    if (opensBlock && endedBlock && !c.blockQuote && !c.partial)
      return { person: prevSpeaker, how: 'continued' };
  }
  // The next sentence is a quote attributed by name: “A.” “B,” said X. (BBC style).
  const next = around.next;
  if (!c.partial && next?.attr?.kind === 'name' && next.parts[0]!.block === first.block) {
    const closing = sentenceAt(doc, c.parts[c.parts.length - 1]!.block, c.close - 1)?.index ?? -2;
    const nextOpen = sentenceAt(doc, next.parts[0]!.block, next.open)?.index ?? -3;
    if (nextOpen === closing + 1) {
      const p = people.resolve(next.attr.name ?? '', next.attr.org, true);
      if (p) return { person: p, how: 'next' };
    }
  }
  // A quote standing as its own sentence right after a sentence about the last speaker: "Mr
  // Negroponte has adapted the idea to his own work in Cambodia. “We put in 25 laptops ...”"
  if (last && aboutLastSpeaker(doc, people, c, last)) return { person: last, how: 'topic' };
  const subject = subjectBefore(doc, people, c);
  if (subject) return { person: subject, how: 'topic' };
  if (last && reportedByPronoun(doc, people, c, last)) return { person: last, how: 'reported' };
  const whole =
    c.blockQuote ||
    (textOf(doc, { block: first.block, start: 0, end: c.open }).trim() === '' &&
      (doc.blocks[c.parts[c.parts.length - 1]!.block]?.text ?? '').slice(c.close).trim().length <=
        1);
  if (!whole || c.partial) return { person: null, how: 'none' };
  // Introduced by the paragraph before: its last sentence, a colon introduction or a name.
  const prevBlock = previousProse(doc, first.block);
  if (prevBlock < 0) return { person: null, how: 'none' };
  const sentences = doc.sentencesOf[prevBlock] ?? [];
  const lastSentence = doc.sentences[sentences[sentences.length - 1] ?? -1];
  if (!lastSentence) return { person: null, how: 'none' };
  const span = { block: prevBlock, start: lastSentence.start, end: lastSentence.end };
  const tokens = tokensOf(doc, span);
  if (lastSentence.text.trimEnd().endsWith(':')) {
    const intro = parseBefore(tokens, true);
    if (intro?.kind === 'anonymous') return { person: null, how: 'previous' };
    if (intro?.kind === 'name' && intro.name)
      return { person: people.resolve(intro.name, intro.org), how: 'previous' };
    // "She shared ... the following statement:": he/she as for “...,” she said, unless the
    // introduction's paragraph names two people the pronoun could stand for ("Gray met Hale ...
    // he launched into one of his riffs:" may be either man). A name in the clause of a he/she
    // is not a he that follows: in "he emailed Gaiman ... he launched into one of his riffs:"
    // the riff is not Gaiman's.
    const gender = intro?.kind === 'pronoun' ? SPEAKER_PRONOUNS.get(intro.pronoun ?? '') : null;
    if (intro && (gender === 'm' || gender === 'f')) {
      const could = new Set<Person>();
      for (const m of mentionsBefore(people.mentions, prevBlock + 1, 0)) {
        if (m.block < prevBlock) break;
        if (objectOfPronoun(doc, m, gender)) continue;
        const g = m.person.human ? people.genderOf(m.person) : undefined;
        if (g === gender || g === null) could.add(m.person);
      }
      const { spoken, lastBlock, lastAt } = around.state;
      const p =
        could.size < 2 ? pronoun(doc, people, c, intro, last, spoken, lastBlock, lastAt) : null;
      return { person: p, how: 'previous' };
    }
  }
  if (c.blockQuote && last) {
    const named = people.mentions.some((m) => m.block === prevBlock && m.person === last);
    if (named) return { person: last, how: 'previous' };
  }
  // A name inside that sentence's own quotation is no introduction: after `“At no point did we
  // say Taylor could not perform,” they said in a statement.` "Taylor" did not speak.
  const name = firstName(unquotedTokens(tokens), tokens.length);
  if (name?.name) {
    const p = people.resolve(name.name, name.org, true);
    if (p && (p.key.length >= 2 || p.mentions >= 2)) return { person: p, how: 'previous' };
  }
  // Else the person named as that sentence's subject, past a capitalised modifier: "In his
  // Instagram post, Van Der Beek noted there should be “zero shame” involved. [new paragraph]
  // “We have been through three of those appointments ...”" is Van Der Beek's.
  const named = people.mentions.find(
    (m) =>
      m.block === prevBlock &&
      m.at >= lastSentence.start &&
      m.at < lastSentence.end &&
      m.subject &&
      m.person.human &&
      m.person.key.length >= 2,
  );
  if (named) return { person: named.person, how: 'previous' };
  return { person: null, how: 'none' };
}

/**
 * Whether the sentence holding offset `at` of block b is the block's last: the narrative after a
 * quote's closing mark ends the paragraph, however long (`“A,” they said in a statement on their
 * website last Friday.`), so a quote opening the next paragraph goes on with that speaker.
 */
function endsBlock(doc: Doc, b: number, at: number): boolean {
  const ids = doc.sentencesOf[b] ?? [];
  const s = sentenceAt(doc, b, Math.max(0, at - 1));
  return s !== undefined && s.index === ids[ids.length - 1];
}

/** Tokens with the words between quotation marks blanked (same indexes). */
function unquotedTokens(tokens: readonly Token[]): Token[] {
  let inQuote = false;
  return tokens.map((t) => {
    if (t.opens && /^[“"«„]/.test(t.raw)) inQuote = true;
    const out = inQuote ? { ...t, word: '', lower: '' } : t;
    if (t.closes && /[”"»“]$/.test(t.raw.replace(/[.,;:!?]+$/, ''))) inQuote = false;
    return out;
  });
}

// At most this many words in the clause that hands the speech over after a quote.
const MAX_HANDOVER_WORDS = 6;

/**
 * The speaker named by an attribution that ends the narrative between two quotes of a paragraph,
 * when it is someone else than the earlier quote's speaker: in `“A,” said Pete Buckingham. Digital
 * prints cost less, said Ms Deans. “B.”` the narrative ends "said Ms Deans.". Only a short clause
 * that closes the narrative counts ("said X." or "X said."): in `“A,” said X, adding that Y had
 * said no. “B.”` nothing is handed over.
 */
function handedOver(
  doc: Doc,
  people: People,
  prev: Candidate,
  c: Candidate,
  prevSpeaker: Person,
): Person | null {
  const tokens = tokensOf(doc, { block: c.parts[0]!.block, start: prev.close, end: c.open });
  const n = tokens.length;
  if (n === 0 || !/[.!?]/.test(tokens[n - 1]!.trail)) return null;
  let from = n - 1;
  while (from > 0 && tokens[from - 1]!.trail === '' && n - from < MAX_HANDOVER_WORDS) from--;
  if (from === 0 || tokens[from - 1]!.trail !== ',') return null;
  const attr = parseAfter(tokens.slice(from));
  if (attr?.kind !== 'name' || !attr.name) return null;
  const p = people.resolve(attr.name, attr.org, true);
  return p && p !== prevSpeaker && p.human ? p : null;
}

/**
 * Whether a quote that stands as its own sentence follows a sentence whose subject is the last
 * speaker, by name or by he/she: "However, Mr Negroponte has adapted the idea ... “We put in 25
 * laptops ...”", "He plans to be distributing them by 2006. “In China they spend $17 ...”".
 */
function aboutLastSpeaker(doc: Doc, people: People, c: Candidate, last: Person): boolean {
  if (c.partial || c.blockQuote || !last.human) return false;
  const first = c.parts[0]!;
  const s = sentenceAt(doc, first.block, c.open);
  if (!s || textOf(doc, { block: first.block, start: s.start, end: c.open }).trim() !== '')
    return false;
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.block < first.block - 1) return false;
  const kind = doc.blocks[prev.block]?.kind;
  if (kind !== 'paragraph' && kind !== 'list-item') return false;
  // The sentence before is narrative: no quotation mark in it.
  if (/["“”«»„]/.test(prev.text)) return false;
  const tokens = tokensIn(doc, { block: prev.block, start: prev.start, end: prev.end });
  // Past openers: "However,", "But", "In 2003,".
  let k = 0;
  while (
    k < tokens.length &&
    k < 4 &&
    NOT_NAMES.has(tokens[k]!.lower) &&
    !SPEAKER_PRONOUNS.has(tokens[k]!.lower)
  )
    k++;
  const t = tokens[k];
  if (!t) return false;
  const gender = SPEAKER_PRONOUNS.get(t.lower);
  if (gender === 'm' || gender === 'f') {
    const g = people.genderOf(last);
    return g === gender;
  }
  const run = readNameForward(tokens, k);
  if (!run || run.first !== k) return false;
  return people.resolve(run.name, run.org, true) === last;
}

/**
 * For a full quote that stands as its own sentence, the sentence right before it in the same
 * paragraph when that sentence is narrative (no quotation mark in it), else null: in "Bridenstine
 * expects three SLS rockets. “Adding an additional SLS ...”" the first sentence.
 */
function narrativeBefore(doc: Doc, c: Candidate): Doc['sentences'][number] | null {
  if (c.partial || c.blockQuote) return null;
  const first = c.parts[0]!;
  const s = sentenceAt(doc, first.block, c.open);
  if (!s || textOf(doc, { block: first.block, start: s.start, end: c.open }).trim() !== '')
    return null;
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.block !== first.block || /["“”«»„]/.test(prev.text)) return null;
  return prev;
}

/**
 * The person named as the subject of the narrative sentence right before a quote that stands as
 * its own sentence, in the same paragraph: "Bridenstine expects to produce three SLS rockets
 * through 2024. “Adding an additional SLS into the mix could—I’m not confident that could
 * happen.”" is Bridenstine's. Only someone named in full or more than once (a one-word name
 * written once may be a capitalised common word).
 */
function subjectBefore(doc: Doc, people: People, c: Candidate): Person | null {
  const prev = narrativeBefore(doc, c);
  if (!prev) return null;
  const tokens = tokensIn(doc, { block: prev.block, start: prev.start, end: prev.end });
  // Past openers: "However,", "But", "In 2003,".
  let k = 0;
  while (k < tokens.length && k < 4 && NOT_NAMES.has(tokens[k]!.lower)) k++;
  const run = tokens[k] ? readNameForward(tokens, k) : null;
  if (!run || run.first !== k || run.org) return null;
  const p = people.resolve(run.name, false, true);
  return p?.human && (p.key.length >= 2 || p.mentions >= 2) ? p : null;
}

/**
 * Whether the narrative sentence right before a quote that stands as its own sentence, in the
 * same paragraph, gives the last speaker's words in indirect speech through he/she: "Sometimes
 * employees don't follow the rules, he said. “But does that mean that they’re going to be
 * indicted?”" goes on with the last man quoted.
 */
function reportedByPronoun(doc: Doc, people: People, c: Candidate, last: Person): boolean {
  if (!last.human) return false;
  const prev = narrativeBefore(doc, c);
  if (!prev) return false;
  const attr = parseSentence(
    [],
    tokensIn(doc, { block: prev.block, start: prev.start, end: prev.end }),
  );
  const gender = attr?.kind === 'pronoun' ? SPEAKER_PRONOUNS.get(attr.pronoun ?? '') : undefined;
  if (gender !== 'm' && gender !== 'f') return false;
  const g = people.genderOf(last);
  return g === gender || g === null;
}

/** Whether a reported-speech sentence comes before (block, at). */
function before(event: IndirectSpeech, block: number, at: number): boolean {
  return event.block < block || (event.block === block && event.start < at);
}

/** Offset of the end of the reported-speech sentence. */
function reportedStart(doc: Doc, reported: { sentence: number }): number {
  return doc.sentences[reported.sentence]?.end ?? 0;
}

/** The nearest block before b that is prose (not a heading, caption or code). */
function previousProse(doc: Doc, b: number): number {
  for (let k = b - 1; k >= 0; k--) {
    const kind = doc.blocks[k]!.kind;
    if (kind === 'paragraph' || kind === 'list-item') return k;
    if (kind === 'heading') return -1;
  }
  return -1;
}
