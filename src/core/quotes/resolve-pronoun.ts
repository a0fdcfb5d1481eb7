/**
 * The person a he, she, they or it attributing a quote stands for: pronoun binding over the
 * mentions before the quote, and the unnamed man or woman a he/she may stand for instead.
 */

import { type Doc, sentenceAt } from '../text/doc.ts';
import type { Attribution } from './attribution.ts';
import type { Candidate } from './candidate.ts';
import {
  ANONYMOUS_DETERMINERS,
  GENDER_PRONOUNS,
  GENDERED_NOUNS,
  SPEAKER_PRONOUNS,
} from './data/pronouns.ts';
import { tokensIn } from './doc-tokens.ts';
import { mentionsBefore } from './mentions-before.ts';
import type { Mention, People, Person } from './people.ts';
import { onceWrittenWord } from './weak-name.ts';

/** The person a pronoun stands for; see resolveNames. */
export function resolvePronoun(
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
  const mentioned = mentionsBefore(people.mentions, first.block, attr.at ?? c.open);
  if (gender === 'm' || gender === 'f') {
    // A capitalised word written once is no one a he/she stands for (see onceWrittenWord).
    const all = mentioned.filter((m) => !onceWrittenWord(people, m.person));
    if (last && onceWrittenWord(people, last)) last = null;
    // Binding is read only in this paragraph and the one before, where the pronoun looks first
    // (reading every sentence before the quote for every pronoun would cost too much).
    const before = all.filter((m) => m.block < first.block - 1 || !objectOfPronoun(doc, m, gender));
    const lastFits =
      last?.human === true && (people.genderOf(last) === gender || people.genderOf(last) === null);
    // Someone else of that gender named in full as a subject after the last speaker's words in
    // this paragraph takes over: "“...,” said Sri Mulyani Indrawati. The BBC's correspondent, Rachel
    // Harvey, told World Business Report that ... “...,” she said." is Harvey's. Named in full
    // where written: a last name alone refers back to someone brought in before, who does not
    // take the interviewee's words over ("Fey was the first female head writer ... It was tough,
    // she says, ..." in a profile of Wiig is Wiig's).
    if (lastBlock === first.block) {
      const taker = before.find(
        (m) =>
          m.block === first.block &&
          m.at > lastAt &&
          m.person !== last &&
          m.person.human &&
          m.person.key.length >= 2 &&
          m.full &&
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
      // ... the last speaker first when that paragraph opens with them as its subject, as in
      // this paragraph (see opener above): "“...,” Abu Anas Al Saud told El Saife. [new
      // paragraph] But Al Saud is aware of the effect Sinwar may have on ceasefire talks. [new
      // paragraph] “...,” he said." is Al Saud's.
      const prevOpener = prevBlock[prevBlock.length - 1];
      if (
        lastFits &&
        prevOpener?.person === last &&
        prevOpener.subject &&
        prevOpener.at <= CONNECTIVE_OPENING
      )
        return last;
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
    // A paragraph naming nobody after one whose subject is a full name of no known gender (a
    // first name outside the tables): "Hersh Saeed Ahmad, a 36-year-old Kurd ..., is among those
    // migrants who ... [new paragraph] “...,” he said." is his, not a body named further back.
    if (sameBlock.length === 0) {
      const subject = before.find(
        (m) =>
          m.block === first.block - 1 &&
          m.subject &&
          m.full &&
          m.person.human &&
          !m.person.org &&
          m.person.key.length >= 2 &&
          people.genderOf(m.person) === null,
      );
      if (subject) return subject.person;
    }
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
  const near = mentioned.find(
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
export function objectOfPronoun(doc: Doc, m: Mention, gender: 'm' | 'f'): boolean {
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

// How far into the paragraph before a subject may start and still open it: a short connective
// may stand first ("But Al Saud is aware of ...", the name at character 4).
const CONNECTIVE_OPENING = 4;
// Verbs before a description of someone already named: "she is a mother of two".
const PREDICATE = new Set(['is', 'was', 'as', 'became', 'becomes', 'remains', 'remained']);
// Words between the determiner and the noun of an unnamed someone: "one young mother".
const MAX_NOUN_GAP = 2;

/**
 * Whether he/she stands for an unnamed man or woman brought in after every full name of that
 * gender in the quote's paragraph (a one-word name may be a body: "Instagram"): "WIRED spoke to one mother, who knew her teenage daughter ... “...,” she
 * said." The words are nobody's we can name.
 */
export function unnamedBefore(doc: Doc, people: People, c: Candidate, word: string): boolean {
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
