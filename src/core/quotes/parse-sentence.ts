/**
 * An attribution anywhere in the quote's sentence outside the quote: "Steve Jobs said that, once
 * you use it, “you can’t go back.”", "Yoon apologized ..., saying they “...”".
 */

import { accordingTo } from './according-to.ts';
import { type Attribution, other } from './attribution.ts';
import { coordinatedSubject, relativeSubject } from './clause-subject.ts';
import { DOCUMENT_DETERMINERS } from './data/clause-words.ts';
import { SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { AUTHOR_VERBS, DOCUMENT_NOUNS } from './data/roles.ts';
import { SAY_THAT_VERBS, SPEECH_VERBS, THOUGHT_VERBS } from './data/speech-verbs.ts';
import { firstName } from './first-name.ts';
import { speakerAfter } from './speaker-after.ts';
import { speakerBefore } from './speaker-before.ts';
import { isVerb, verbAt } from './speech-verb.ts';
import type { Token } from './tokens.ts';

/**
 * Any attribution in the quote's sentence outside the quote, nearest the quote first: "Steve
 * Jobs said that, once you use it, “you can’t go back.”", "“Now it’s hard ...” to hold up on
 * their ICC plans, Indyk said." Only a speaker directly by the verb counts.
 */
export function parseSentence(
  before: readonly Token[],
  after: readonly Token[],
): Attribution | null {
  const acc = accordingTo(before) ?? accordingTo(after);
  if (acc) return acc;
  for (let v = before.length - 1; v >= 0; v--) {
    const issued = issuedDocument(before, v);
    if (issued) return issued;
    if (!verbAt(before, v)) continue;
    const found = speakerBefore(before, v) ?? speakerAfter(before, v);
    if (found)
      return THOUGHT_VERBS.has(before[v]!.lower) ? (sayer(before, found.first) ?? found) : found;
    const clause = relativeSubject(before, v) ?? coordinatedSubject(before, v);
    if (clause) return clause;
    // "Yoon apologized for his actions, saying they “stemmed from the urgency”": the subject
    // of the sentence said it.
    if (before[v]!.lower.endsWith('ing') && before[v - 1]?.trail === ',') {
      // "He urged Mr. Trump to make a deal, saying “...”": he, not Trump, is the subject.
      const lead = before[0];
      const gender = lead ? SPEAKER_PRONOUNS.get(lead.lower) : undefined;
      if (lead && lead.trail === '' && (gender === 'm' || gender === 'f'))
        return other('pronoun', v, 0, { pronoun: lead.lower });
      const subject = firstName(before, v);
      if (subject) return { ...subject, verb: v };
    }
  }
  for (let v = 0; v < after.length; v++) {
    if (!verbAt(after, v)) continue;
    const found = speakerBefore(after, v) ?? speakerAfter(after, v);
    if (found) return found;
  }
  return null;
}

/**
 * The speaker of a verb of saying before token k that reports the clause k is in, through
 * "that": in "Pompeo said that after legal consultation Washington had concluded the settlements
 * were “...”", Pompeo (the quote is his report, not Washington's words). A name or a pronoun.
 */
function sayer(before: readonly Token[], k: number): Attribution | null {
  for (let u = k - 1; u >= 1; u--) {
    if (!SAY_THAT_VERBS.has(before[u]!.lower) || !isVerb(before[u])) continue;
    // "that" right after the verb or its listener: "said that", "told reporters that".
    const that = before[u + 1]?.lower === 'that' || before[u + 2]?.lower === 'that';
    if (!that) return null;
    const outer = speakerBefore(before, u);
    return outer && (outer.kind === 'name' || outer.kind === 'pronoun') ? outer : null;
  }
  return null;
}

/**
 * A speech participle after a document its subject issued: in "The Harbour Board, which runs the port,
 * issued a statement warning that “...”" the board speaks, not "a statement" (an unnamed
 * someone). The sentence's subject: a he/she opening it, or its first name.
 */
function issuedDocument(before: readonly Token[], v: number): Attribution | null {
  const w = before[v]!.lower;
  // A speech verb's participle, also one kept out of the table as a noun ("warning").
  if (v < 3 || !w.endsWith('ing')) return null;
  const stem = w.slice(0, -3);
  if (!SPEECH_VERBS.has(w) && !SPEECH_VERBS.has(stem) && !SPEECH_VERBS.has(`${stem}e`)) return null;
  // The document may be followed by its addressee and a time: "sent a letter to management
  // earlier this month stating that" (a few words, no punctuation between).
  let d = v - 1;
  while (d > v - 1 - MAX_AFTER_DOCUMENT && d >= 2 && !DOCUMENT_NOUNS.has(before[d]!.lower)) {
    if (before[d - 1]!.trail !== '') return null;
    d--;
  }
  const noun = before[d]!;
  if (d < 2 || !DOCUMENT_NOUNS.has(noun.lower) || (noun.trail !== '' && noun.trail !== ','))
    return null;
  if (!DOCUMENT_DETERMINERS.has(before[d - 1]!.lower) || !AUTHOR_VERBS.has(before[d - 2]!.lower))
    return null;
  const lead = before[0]!;
  const gender = SPEAKER_PRONOUNS.get(lead.lower);
  if (lead.trail === '' && gender !== undefined && lead.lower !== 'we' && lead.lower !== 'i')
    return other('pronoun', v, 0, { pronoun: lead.lower });
  const subject = firstName(before, d - 2);
  return subject ? { ...subject, verb: v } : null;
}

// At most this many words between the document and the participle: "a letter to management
// earlier this month stating".
const MAX_AFTER_DOCUMENT = 6;
