/**
 * The subject of a clause that a speech verb's participle goes on: "Donna dismissed the idea,
 * noting, “...”".
 */

import { type Attribution, other } from './attribution.ts';
import { clauseStart } from './clause-start.ts';
import { SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { firstName } from './first-name.ts';
import type { Token } from './tokens.ts';

/**
 * The speaker of a participle after a comma (tokens[v]: "saying", "noting", "adding") when a
 * name or a he/she opens the clause it goes on from, the words since the comma before it: in
 * "However, when asked if she had any advice for Swift about growing older, Donna dismissed the
 * idea, noting, “...”" the words are Donna's, not Swift's, the sentence's first name. Null when
 * no name or he/she opens that clause ("After the show, the singer thanked Ann Lee, adding,"):
 * the caller's reading stands. `words` are tokens [0, v) as the clause is read (the caller blanks
 * words in quotation marks).
 */
export function participleSubject(
  tokens: readonly Token[],
  v: number,
  words: readonly Token[] = tokens.slice(0, v),
): Attribution | null {
  if (!participleAfterComma(tokens, v)) return null;
  const from = clauseStart(tokens, v);
  if (from >= v - 1) return null;
  const lead = words[from]!;
  const gender = SPEAKER_PRONOUNS.get(lead.lower);
  if (lead.trail === '' && (gender === 'm' || gender === 'f'))
    return other('pronoun', v, from, { pronoun: lead.lower });
  const clause = words.slice(from, v);
  const name = firstName(clause, clause.length);
  if (name?.first !== 0) return null;
  // A clause has a verb after its subject: "Pakistan Tehreek-e-Insaf (PTI)," between commas is
  // an apposition, no clause.
  if (!clause.some((t, k) => k > 0 && /^\p{Ll}/u.test(t.word))) return null;
  return { ...name, verb: v, first: from };
}

/** Whether tokens[v] is an -ing form right after a comma: "..., saying,", "..., noting “". */
export function participleAfterComma(tokens: readonly Token[], v: number): boolean {
  return /ing$/u.test(tokens[v]!.lower) && tokens[v - 1]?.trail === ',';
}
