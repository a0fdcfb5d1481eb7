/**
 * Whether a token is a speech verb ("said", "went on", "weighed in") rather than a noun of the same
 * spelling ("the state of Maine", "the EU report").
 */

import { ADJECTIVE_DETERMINERS, DEFINITE, DOCUMENT_DETERMINERS } from './data/clause-words.ts';
import { PHRASAL_SPEECH_VERBS, SPEECH_MEDIA, SPEECH_VERBS } from './data/speech-verbs.ts';
import type { NameRun } from './names.ts';
import type { Token } from './tokens.ts';

/** A speech verb, in lower case as verbs are inside a sentence ("the New York State ..." is no verb). */
export function isVerb(t: Token | undefined): boolean {
  return t !== undefined && SPEECH_VERBS.has(t.lower) && /^\p{Ll}/u.test(t.word);
}

/**
 * A past-tense speech verb opening a run before a name is the verb of an inverted attribution,
 * no part of the name: "Replied Stephen, with some delicacy, “...”" is Stephen's, and "Replied
 * Stephen" is no person for a later "says Stephen" to stand for. Only the "-ed" forms: "Said" is
 * also a first name ("Said Ahmed").
 */
export function invertedVerb(lower: string): boolean {
  return lower.endsWith('ed') && SPEECH_VERBS.has(lower);
}

// English base forms among the speech verbs: those whose -s form is a speech verb too ("state",
// "report", "say"). After "the" and one capitalised word they are nouns: "the US state of Maine".
const BASE_FORMS: ReadonlySet<string> = new Set(
  [...SPEECH_VERBS].filter(
    (w) =>
      SPEECH_VERBS.has(`${w}s`) ||
      SPEECH_VERBS.has(`${w}es`) ||
      SPEECH_VERBS.has(`${w.slice(0, -1)}ies`),
  ),
);

/**
 * A speech verb at token k: one word ("said") or a verb with its particle ("went on", "put it",
 * "weighed in"). A base form or -s form followed by "of" is a noun: "the state of Maine",
 * "reports of his death".
 */
export function verbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // A participle after a determiner is an adjective: "the alleged victim", "an alleged plot".
  if (t?.lower === 'alleged' && ADJECTIVE_DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return false;
  if (isVerb(t)) {
    if (t!.trail !== '' || tokens[k + 1]?.lower !== 'of') return true;
    return !BASE_FORMS.has(t!.lower) && !BASE_FORMS.has(t!.lower.replace(/e?s$/, ''));
  }
  return t !== undefined && t.trail === '' && (phrasalEnd(tokens, k) > k || inMedium(tokens, k));
}

// Modifiers between the determiner and the medium: "in a morning tweet", "in a written statement".
const MAX_MEDIUM_MODIFIERS = 2;

/**
 * Whether the past-tense verb at k is followed by "in a" and a medium of speech, which makes any
 * verb one of speech: "Trump simpered in a morning tweet", "the president-elect fumed in a
 * tweet", "she hit out in a statement" (with one particle). "He was seen in a video" is no
 * speech: a video is no medium of words (see SPEECH_MEDIA).
 */
function inMedium(tokens: readonly Token[], k: number): boolean {
  if (!/^\p{Ll}+ed$/u.test(tokens[k]!.word) && tokens[k]!.lower !== 'hit') return false;
  let i = k + 1;
  if (tokens[i]?.lower !== 'in' && tokens[i]?.trail === '') i++;
  if (tokens[i]?.lower !== 'in' || tokens[i]!.trail !== '') return false;
  if (!DOCUMENT_DETERMINERS.has(tokens[i + 1]?.lower ?? '') || tokens[i + 1]!.trail !== '')
    return false;
  for (let m = i + 2; m <= i + 2 + MAX_MEDIUM_MODIFIERS && m < tokens.length; m++) {
    if (SPEECH_MEDIA.has(tokens[m]!.lower)) return true;
    if (tokens[m]!.trail !== '') return false;
  }
  return false;
}

/**
 * A base-form verb after "the" (and maybe one adjective) and one capitalised word is a noun: "the
 * US state", "the EU report", "his initial Instagram post". (A plural subject takes the base
 * form: "the Democrats say".)
 */
export function nounAfterName(tokens: readonly Token[], v: number, run: NameRun): boolean {
  if (!BASE_FORMS.has(tokens[v]!.lower) || run.first !== run.last) return false;
  if (/s$/.test(tokens[run.last]!.word)) return false;
  const det = tokens[run.first - 1];
  if (DEFINITE.has(det?.lower ?? '')) return true;
  // One adjective between: "his initial Instagram post", "a new EU report".
  const before = tokens[run.first - 2]?.lower ?? '';
  return (
    det !== undefined &&
    det.trail === '' &&
    /^\p{Ll}+$/u.test(det.word) &&
    (DEFINITE.has(before) || before === 'a' || before === 'an')
  );
}

/** The particle's index when token k opens a two-word speech verb ("went on"), else k. */
export function phrasalEnd(tokens: readonly Token[], k: number): number {
  const particle = PHRASAL_SPEECH_VERBS.get(tokens[k]!.lower);
  return particle !== undefined && tokens[k + 1]?.lower === particle ? k + 1 : k;
}

/** Whether any token is a speech verb: a sentence that reports speech. */
export function hasSpeechVerb(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (verbAt(tokens, k)) return true;
  return false;
}
