/**
 * The narrative sentence right before a quote that stands as its own sentence: whether it is
 * about the last speaker, the person named as its subject, or their words in indirect speech.
 */

import { type Doc, sentenceAt } from '../text/doc.ts';
import type { Candidate } from './candidate.ts';
import { NOT_NAMES } from './data/not-names.ts';
import { SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { tokensIn } from './doc-tokens.ts';
import { textOf } from './frame.ts';
import { readNameForward } from './names.ts';
import { parseSentence } from './parse-sentence.ts';
import type { People, Person } from './people.ts';

/**
 * Whether a quote that stands as its own sentence follows a sentence whose subject is the last
 * speaker, by name or by he/she: "However, Mr Negroponte has adapted the idea ... “We put in 25
 * laptops ...”", "He plans to be distributing them by 2006. “In China they spend $17 ...”".
 */
export function aboutLastSpeaker(doc: Doc, people: People, c: Candidate, last: Person): boolean {
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
export function subjectBefore(doc: Doc, people: People, c: Candidate): Person | null {
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
export function reportedByPronoun(doc: Doc, people: People, c: Candidate, last: Person): boolean {
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
