/**
 * An attribution closed by a present-tense verb that is often a noun ("shares", "emails"), read
 * only in the text right after a quote: `“...,” Adv Tšosane shares.` or `“...,” he emails.`.
 */

import type { Attribution } from './attribution.ts';
import { CLOSING_VERBS } from './data/closing-verbs.ts';
import { speakerBefore } from './speaker-before.ts';
import type { Token } from './tokens.ts';

// The speaker and its companions before the verb: "Adv Tšosane", "he aptly".
const MAX_BEFORE_VERB = 4;

/**
 * The speaker of a CLOSING_VERBS verb within a few words of the start of the text after a quote
 * (from s), when the verb ends its clause (a comma or a full stop after it) and a name or a
 * he/she opens the text before it: `“...,” he reflects, emphasizing ...` is his. Narrative that
 * goes on after the verb is no attribution: in `“Apple” shares fell` or `“...” emails show` the
 * word is a noun; a descriptor or an unnamed someone is not taken either.
 */
export function closingVerb(tokens: readonly Token[], s: number): Attribution | null {
  for (let k = s + 1; k < Math.min(tokens.length, s + 1 + MAX_BEFORE_VERB); k++) {
    const t = tokens[k]!;
    if (tokens[k - 1]!.trail !== '') return null;
    if (!CLOSING_VERBS.has(t.word) || !/^[.,;!]/.test(t.trail)) continue;
    const attr = speakerBefore(tokens, k, s);
    if (!attr || attr.first !== s) return null;
    return attr.kind === 'name' || attr.kind === 'pronoun' ? attr : null;
  }
  return null;
}
