import type { Doc } from '../text/doc.ts';
import { type Candidate, candidateText } from './candidate.ts';

// An echo shorter than this (letters and digits) is too common a phrase to tell its source.
const MIN_ECHO = 16;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * A quote with no attribution of its own that repeats words of an attributed quote is theirs:
 * pull quotes and subheadings echo the body, as in the paragraph `“My fears have been realized”`
 * before `Morrison told the committee, “I feared ... My fears have been realized.”` (a speaker
 * carried over from context would be a guess; the echo says who). Run after names are resolved.
 */
export function echoedSpeakers(doc: Doc, cands: Candidate[]): Candidate[] {
  if (cands.length < 2 || !cands.some((c) => c.attr === null || c.attr.kind === 'pronoun'))
    return cands;
  const keys = cands.map((c) =>
    candidateText(doc.blocks, c).toLowerCase().replace(NOT_WORD, ' ').trim(),
  );
  return cands.map((c, i) => {
    const key = keys[i]!;
    if (c.attr?.kind === 'pronoun') return namedEcho(cands, keys, c, i);
    if (c.attr !== null || key.length < MIN_ECHO) return c;
    const source = cands.find(
      (d, k) => k !== i && d.attr !== null && d.speaker !== null && keys[k]!.includes(key),
    );
    return source && source.speaker !== c.speaker
      ? { ...c, speaker: source.speaker, role: source.role, how: 'echo' }
      : c;
  });
}

// A sentence shared with a quote attributed by name is this long at least (letters and digits):
// a whole sentence of speech, no stock phrase.
const MIN_SHARED = 60;

/**
 * A quote attributed by he/she that holds a whole quote attributed by name elsewhere (a pull quote
 * or the same words quoted again) is that person's: the name is written, the pronoun is a guess.
 * In `“SLS is not being used ...,” he continued. “If NASA focuses on the investment ...”` after a
 * paragraph quoting Stafford, the standfirst's `“If NASA focuses on the investment ...,” Cooke
 * said.` tells the words are Cooke's.
 */
function namedEcho(
  cands: readonly Candidate[],
  keys: readonly string[],
  c: Candidate,
  i: number,
): Candidate {
  const key = keys[i]!;
  const source = cands.find(
    (d, k) =>
      k !== i &&
      d.attr?.kind === 'name' &&
      d.speaker !== null &&
      keys[k]!.length >= MIN_SHARED &&
      key.includes(keys[k]!),
  );
  return source && source.speaker !== c.speaker
    ? { ...c, speaker: source.speaker, role: source.role, how: 'echo' }
    : c;
}
