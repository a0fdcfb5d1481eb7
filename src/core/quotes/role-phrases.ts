/**
 * Role phrases around a name: the role words before it ("White House press secretary"), the
 * apposition after it ("Jeff Zhang, president of Alibaba Cloud Intelligence,") and the role given
 * as a predicate ("Ann Roe is the mayor of Springfield.").
 */

import {
  AFFILIATION,
  CLAUSE_CONJUNCTIONS,
  CLAUSE_OPENERS,
  DEFINITE,
  FINITE,
  FUNCTION_WORDS,
  NOT_ROLE_START,
  RELATIVES,
  ROLE_ADJECTIVES,
} from './data/clause-words.ts';
import { ANONYMOUS_DETERMINERS } from './data/pronouns.ts';
import { ROLE_NOUNS } from './data/roles.ts';
import { SPEECH_VERBS, VERB_COMPANIONS } from './data/speech-verbs.ts';
import { DEGREES, TITLES } from './data/titles.ts';
import { isCapitalised, type Token } from './tokens.ts';

// A role before a name ends in a noun for a person: "developer", "press secretary",
// "geophysicist", "executive vice president".
export const ROLE_ENDING = /(?:[^sx]ist|er|or|ian|man|woman|person|ary|ee|ef|[ti]ress)$/;

/** Role words written before a name: "White House press secretary" Josh Earnest. */
export function rolePrefix(
  tokens: readonly Token[],
  first: number,
  floor: number,
): { text: string; first: number } | null {
  let k = first - 1;
  let lower = false;
  while (k >= Math.max(floor, first - 5)) {
    const t = tokens[k]!;
    if (t.trail !== '' || DEFINITE.has(t.lower) || ANONYMOUS_DETERMINERS.has(t.lower)) break;
    if (SPEECH_VERBS.has(t.lower) || VERB_COMPANIONS.has(t.lower) || CLAUSE_OPENERS.has(t.lower))
      break;
    if (FUNCTION_WORDS.has(t.lower)) break;
    if (!isCapitalised(t.word)) lower = true;
    k--;
  }
  if (!lower || k + 1 >= first) return null;
  // The words must end in a lower-case noun: "developer", "secretary".
  const lastWord = tokens[first - 1]!;
  if (isCapitalised(lastWord.word)) return null;
  if (!ROLE_NOUNS.has(lastWord.lower) && !ROLE_ENDING.test(lastWord.lower)) return null;
  const text = tokens
    .slice(k + 1, first)
    .map((t) => t.word)
    .join(' ');
  return { text, first: k + 1 };
}

// The verb and articles of a role given as a predicate: "who is the mayor of", "is a nurse".
const COPULAS = new Set(['is', 'was']);
const PREDICATE_ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The role given as the predicate of a name opening a clause: "Ann Roe is the mayor of
 * Springfield." gives "the mayor of Springfield". Up to the first punctuation, at most 12 words;
 * a finite verb in it makes it no role ("is a man who has ...").
 */
export function rolePredicate(tokens: readonly Token[], last: number): string | null {
  const t = tokens[last]!;
  if (t.trail !== '' || !COPULAS.has(tokens[last + 1]?.lower ?? '')) return null;
  const art = tokens[last + 2];
  if (!art || tokens[last + 1]!.trail !== '' || !PREDICATE_ARTICLES.has(art.lower)) return null;
  const a = last + 2;
  let b = a;
  let head = -1;
  for (; b < tokens.length && b - a < 12; b++) {
    const w = tokens[b]!;
    if (w.opens || RELATIVES.has(w.lower) || CLAUSE_CONJUNCTIONS.has(w.lower)) return null;
    // The noun before the first preposition heads the role: "father" in "a father of three".
    if (head < 0 && b > a + 1 && AFFILIATION.has(w.lower)) head = b - 1;
    if (w.trail !== '') break;
  }
  if (b >= tokens.length || b - a >= 12) return null;
  const noun = tokens[head < 0 ? b : head]!.lower;
  if (!ROLE_NOUNS.has(noun) && !TITLES.has(noun) && !ROLE_ENDING.test(noun)) return null;
  return roleText(tokens, a, b);
}

/** The role text of tokens [a, b], without a leading "a"/"an" and trailing punctuation. */
export function roleText(tokens: readonly Token[], a: number, b: number): string | null {
  let s = a;
  // An age is no role: "John Roe, 45, said", "John Roe, 52, from Leeds, said".
  if (tokens[s] && /^\d+$/.test(tokens[s]!.word) && tokens[s]!.trail === ',') s++;
  if (tokens[s] && (tokens[s]!.lower === 'a' || tokens[s]!.lower === 'an')) s++;
  if (s > b) return null;
  // A finite verb makes it a clause, not a role: "LeBron James, triple-doubles are not a goal".
  for (let k = s; k <= b; k++) if (FINITE.has(tokens[k]!.lower)) return null;
  const words = tokens.slice(s, b + 1).map((t, i, all) => (i < all.length - 1 ? t.raw : t.word));
  const text = words.join(' ').replace(/[,;:.]+$/, '');
  return text.length > 0 ? text : null;
}

/**
 * The apposition after a name: from the comma to the next comma that is followed by a lower-case
 * word (an adjunct such as "in a statement") or to the end of the clause. Degrees are skipped.
 * Example: "Jeff Zhang, president of Alibaba Cloud Intelligence, in a statement" gives
 * "president of Alibaba Cloud Intelligence".
 */
export function roleAfter(tokens: readonly Token[], last: number, limit: number): string | null {
  if (tokens[last]!.trail !== ',') return null;
  let a = last + 1;
  while (a < limit && DEGREES.has(tokens[a]!.lower.replace(/\.$/, '')) && tokens[a]!.trail === ',')
    a++;
  if (a >= limit) return null;
  // "Ann Roe, who is the mayor of Springfield,": the role after "who is".
  if (
    tokens[a]!.lower === 'who' &&
    COPULAS.has(tokens[a + 1]?.lower ?? '') &&
    PREDICATE_ARTICLES.has(tokens[a + 2]?.lower ?? '') &&
    tokens[a]!.trail === '' &&
    tokens[a + 1]!.trail === ''
  )
    a += 2;
  const first = tokens[a]!;
  if (RELATIVES.has(first.lower) || DEGREES.has(first.lower)) return null;
  // A verb, an auxiliary or an adverb opens a clause, not a role: "Deval Patrick, would be
  // stopping by", "Netanyahu, however, said", "Zoghlin, said in an email".
  if (NOT_ROLE_START.has(first.lower) || SPEECH_VERBS.has(first.lower)) return null;
  // "a" is an English article as well as a French auxiliary: "Lena Marsh, a singer from Ohio,"
  // opens a role, "Laurent Fabius, a ajouté" a clause.
  const article = first.lower === 'a' && !SPEECH_VERBS.has(tokens[a + 1]?.lower ?? '');
  if ((VERB_COMPANIONS.has(first.lower) && !article) || FUNCTION_WORDS.has(first.lower))
    return null;
  // An adverb or a participle opens a clause: "Tom Young, backed up that assessment",
  // "Jim Bridenstine, noting that there wasn’t funding".
  if (/(?:ly|ing|ed)$/.test(first.lower) && !ROLE_ADJECTIVES.has(first.lower)) return null;
  if (isCapitalised(first.word) && !/^(A|An|The)$/.test(first.word)) return null;
  // A number is an age, no role: "Patrick Roe Jr., 55, of Addison".
  if (/^\d/.test(first.word)) return null;
  let b = a;
  while (b < limit) {
    const t = tokens[b]!;
    // A role stops before a quotation or a bracket: "Tim Cook (“...”)".
    if (t.opens || t.closes) return b > a ? roleText(tokens, a, b - 1) : null;
    if (t.trail === '') {
      b++;
      continue;
    }
    if (t.trail !== ',' || b + 1 >= limit) break;
    if (!isCapitalised(tokens[b + 1]!.word)) break;
    b++;
  }
  return roleText(tokens, a, Math.min(b, limit - 1));
}
