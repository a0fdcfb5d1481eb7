/**
 * The first name written in a run of tokens, taken as the sentence's subject.
 */

import { type Attribution, fromName } from './attribution.ts';
import { opensPhrase, readNameForward, sentenceAdverb } from './names.ts';
import { passiveOpening } from './passive-opening.ts';
import { personAfterRole } from './person-after-role.ts';
import { isNameWord, type Token } from './tokens.ts';

/** The first name written in tokens [0, limit): the subject of a sentence in most news prose. */
export function firstName(tokens: readonly Token[], limit: number): Attribution | null {
  for (let k = 0; k < limit; k++) {
    if (!isNameWord(tokens[k]) && !(tokens[k]!.lower === 'de' && isNameWord(tokens[k + 1])))
      continue;
    const run = readNameForward(tokens, k, limit);
    if (!run) continue;
    // "Building a passive income business": a verb opening the sentence, not a name.
    const opening = run.first === 0 || /[.!?]/.test(tokens[run.first - 1]!.trail);
    if (
      run.first === run.last &&
      opening &&
      (opensPhrase(tokens[run.last + 1]) ||
        sentenceAdverb(tokens[run.last]!) ||
        passiveOpening(tokens, run.last))
    )
      continue;
    // "Local councillor Gordon Mackenzie branded ...": the person after the role.
    const person = personAfterRole(tokens, run, limit);
    if (person) return fromName(person, tokens[run.last + 1]!.word, limit, run.first);
    return fromName(run, run.title, limit, run.first);
  }
  return null;
}
