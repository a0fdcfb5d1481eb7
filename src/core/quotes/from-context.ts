/**
 * The speaker of a quote with no attribution of its own, from its context: the previous quote's
 * speaker, a reported-speech sentence before it, an embed byline, or the paragraph introducing it.
 */

import { type Doc, sentenceAt } from '../text/doc.ts';
import type { Candidate } from './candidate.ts';
import { SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { embedAuthor } from './embed-byline.ts';
import { firstName } from './first-name.ts';
import { textOf, tokensOf } from './frame.ts';
import { mentionsBefore } from './mentions-before.ts';
import { aboutLastSpeaker, reportedByPronoun, subjectBefore } from './narrative-before.ts';
import { parseAfter } from './parse-after.ts';
import { parseBefore } from './parse-before.ts';
import type { People, Person } from './people.ts';
import { objectOfPronoun, resolvePronoun } from './resolve-pronoun.ts';
import type { Token } from './tokens.ts';

/** Speaker of a quote with no attribution of its own; see resolveNames. */
export function fromContext(
  doc: Doc,
  people: People,
  c: Candidate,
  done: readonly Candidate[],
  speakerOf: readonly (Person | null)[],
  last: Person | null,
  around: {
    next: Candidate | undefined;
    reported: { person: Person; sentence: number; block: number } | null;
    /** The last speaker's state, for a he/she introduction (see resolvePronoun). */
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
    // A byline names its author outright, even in lower case: "— elvan (@islandLostFound)" is
    // a display name, not a word of the sentence.
    const p = author
      ? (people.resolve(author, false, true) ?? people.resolve(author, false, false))
      : null;
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
        could.size < 2
          ? resolvePronoun(doc, people, c, intro, last, spoken, lastBlock, lastAt)
          : null;
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
