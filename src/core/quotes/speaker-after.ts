/**
 * The speaker written just after a speech verb: "said Jeff Zhang, president of ...", "says
 * president David Weisbrot", "said the company", "said Gartner's principal analyst Kobita Desai".
 */

import { type Attribution, describes, fromName, other } from './attribution.ts';
import {
  DEFINITE,
  FINITE,
  FUNCTION_WORDS,
  LISTENER_VERBS,
  POSSESSOR_CONNECTORS,
  RELATIVES,
} from './data/clause-words.ts';
import { ANONYMOUS_DETERMINERS, SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { ROLE_NOUNS, SPOKES_NOUNS } from './data/roles.ts';
import { spokesperson } from './descriptor.ts';
import { type NameRun, readNameBackward, readNameForward } from './names.ts';
import { ROLE_ENDING, roleAfter, roleText } from './role-phrases.ts';
import { phrasalEnd, verbAt } from './speech-verb.ts';
import { isCapitalised, isNameWord, type Token } from './tokens.ts';

/**
 * The speaker written just after the verb at v (and its companions): "said Jeff Zhang,
 * president of Alibaba Cloud Intelligence, in a statement", "says president David Weisbrot",
 * "a ajouté Laurent Fabius", "said the company".
 */
export function speakerAfter(
  tokens: readonly Token[],
  v: number,
  limit = tokens.length,
): Attribution | null {
  const e = phrasalEnd(tokens, v);
  let i = e + 1;
  if (tokens[e]!.trail !== '' || LISTENER_VERBS.has(tokens[v]!.lower)) return null;
  // Lower-case role words before the name: "says president David Weisbrot" (at most four).
  const roleStart = i;
  while (
    i < limit &&
    i - roleStart < 4 &&
    !isCapitalised(tokens[i]!.word) &&
    tokens[i]!.trail === '' &&
    !FUNCTION_WORDS.has(tokens[i]!.lower) &&
    !DEFINITE.has(tokens[i]!.lower) &&
    !ANONYMOUS_DETERMINERS.has(tokens[i]!.lower) &&
    !SPEAKER_PRONOUNS.has(tokens[i]!.lower)
  ) {
    i++;
  }
  if (i >= limit) return null;
  const t = tokens[i]!;
  // "said he." inverts; "wrote they found it was" does not: the pronoun must end the clause.
  // "it" after the verb is its object: in "learned who had written it," nothing speaks.
  if (i === roleStart && SPEAKER_PRONOUNS.has(t.lower)) {
    return t.trail !== '' && t.lower !== 'it' ? other('pronoun', v, v, { pronoun: t.lower }) : null;
  }
  if (i === roleStart && ANONYMOUS_DETERMINERS.has(t.lower)) {
    // "said a WeWork spokesperson": the body speaks; "said a member of the audience": nobody.
    for (let h = i + 1; h < Math.min(limit, i + 5); h++) {
      if (SPOKES_NOUNS.has(tokens[h]!.lower))
        return spokesperson(tokens, i, h, v) ?? other('anonymous', v, v);
      if (tokens[h]!.trail !== '') break;
    }
    return apposedName(tokens, i, v, limit) ?? other('anonymous', v, v);
  }
  if (i === roleStart && t.lower === 'the') {
    const run = readNameForward(tokens, i + 1, limit);
    if (run && run.first === i + 1) return fromName(run, null, v, v);
    const named = roleThenName(tokens, i, v, limit);
    if (named) return named;
    // The first noun that describes within four words: "says the letter signed by seven
    // physicians", "said the Russian space agency".
    for (let h = i + 1; h < limit && h - i <= 4; h++) {
      if (describes(tokens[h]!.lower)) return other('descriptor', v, v, { noun: tokens[h]!.lower });
      if (tokens[h]!.trail !== '') break;
    }
    return null;
  }
  // Lower-case role words may come before the organisation too: "says former NFL general
  // manager Bill Polian" is Polian's, not the NFL's.
  const affiliated = personAfterPossessor(tokens, i, v, limit, roleStart);
  if (affiliated) return affiliated;
  const run = readNameForward(tokens, i, limit);
  if (!run) return null;
  const prefix =
    i > roleStart
      ? tokens
          .slice(roleStart, i)
          .map((x) => x.word)
          .join(' ')
      : null;
  return fromName(run, roleAfter(tokens, run.last, limit) ?? prefix, v, v);
}

// Words of a role between the comma and the name in "said another witness, former White House
// Russia adviser Jane Roe." (at most this many).
const MAX_APPOSED_ROLE = 6;

/**
 * "said another witness in the inquiry, former White House adviser Jane Roe.", "said a neighbour,
 * retired teacher Ann Lee.": an unnamed description (its determiner at d) named in apposition,
 * the name ending the clause, is that person. Up to six role words (no verb) before the name. In
 * "said a local man, who asked not to be named." no name ends the clause: nobody.
 */
function apposedName(
  tokens: readonly Token[],
  d: number,
  v: number,
  limit: number,
): Attribution | null {
  for (let h = d + 1; h < Math.min(limit - 1, d + 10); h++) {
    const w = tokens[h]!;
    if (w.opens || w.closes || verbAt(tokens, h)) return null;
    if (w.trail === '') continue;
    if (w.trail !== ',') return null;
    let e = h + 1;
    while (e < limit - 1 && tokens[e]!.trail === '' && e - h <= MAX_APPOSED_ROLE + 3) e++;
    if (e < limit - 1 && !/[.!?;]/.test(tokens[e]!.trail)) return null;
    const run = readNameBackward(tokens, e, h + 1);
    if (!run || run.org || run.last !== e || run.first - (h + 1) > MAX_APPOSED_ROLE) return null;
    for (let k = h + 1; k < run.first; k++) {
      const x = tokens[k]!;
      if (x.opens || x.closes || verbAt(tokens, k) || FINITE.has(x.lower) || RELATIVES.has(x.lower))
        return null;
    }
    return fromName(run, run.first > h + 1 ? roleText(tokens, h + 1, run.first - 1) : null, v, v);
  }
  return null;
}

/**
 * "said the minister for trade, Jane Roe.", "said the company's chief executive, John Smith":
 * the role after "the" (at t), then the name after a comma, ending the clause.
 */
function roleThenName(
  tokens: readonly Token[],
  t: number,
  v: number,
  limit: number,
): Attribution | null {
  for (let h = t + 1; h < Math.min(limit - 1, t + 9); h++) {
    const w = tokens[h]!;
    if (w.opens || w.closes || verbAt(tokens, h)) return null;
    if (w.trail === '') continue;
    if (w.trail !== ',' || isCapitalised(w.word)) return null;
    const run = readNameForward(tokens, h + 1, limit);
    if (!run || run.first !== h + 1) return null;
    const end = tokens[run.last]!;
    if (run.last < limit - 1 && end.trail === '') return null;
    return fromName(run, roleText(tokens, t + 1, h), v, v);
  }
  return null;
}

/**
 * A person named after an organisation's possessive or after an organisation and role words:
 * "said Gartner's principal analyst Kobita Desai", "added Ernst and Young's Sanjay Mehta", "said
 * Acme spokesman John Doe". The organisation and the role words are the role. From token i (the
 * first after the verb); null when no person follows.
 */
export function personAfterPossessor(
  tokens: readonly Token[],
  i: number,
  v: number,
  limit: number,
  roleStart = i,
): Attribution | null {
  // The organisation: capitalised words and connectors, up to a possessive or a lower-case word.
  let p = i;
  let possessive = false;
  for (; p < Math.min(limit, i + 6); p++) {
    const w = tokens[p]!;
    if (w.opens || w.closes) return null;
    const connector = p > i && POSSESSOR_CONNECTORS.has(w.lower);
    if (!connector && !isNameWord(w)) break;
    if (/['’]s?$/.test(w.raw) && !connector) {
      possessive = true;
      p++;
      break;
    }
    if (w.trail !== '') return null;
  }
  if (p === i || p >= limit) return null;
  // Up to four lower-case role words: "principal analyst", "spokesman".
  let q = p;
  while (
    q < Math.min(limit, p + 4) &&
    tokens[q]!.trail === '' &&
    /^\p{Ll}/u.test(tokens[q]!.word) &&
    !FUNCTION_WORDS.has(tokens[q]!.lower) &&
    !DEFINITE.has(tokens[q]!.lower) &&
    !verbAt(tokens, q)
  ) {
    q++;
  }
  const run = q < limit ? readNameForward(tokens, q, limit) : null;
  if (!run || run.first !== q || run.org) return null;
  if (!possessive) {
    // Without a possessive the words before the name must end in a role: "Acme spokesman".
    const last = tokens[q - 1]!;
    // A noun for a person counts too: "responded NASA administrator Jim Bridenstine".
    const role =
      ROLE_NOUNS.has(last.lower) || SPOKES_NOUNS.has(last.lower) || ROLE_ENDING.test(last.lower);
    // Else a short modifier of a name that closes its clause: one to three capitalised words
    // without a connector and one or two lower-case words ("Kyiv resident", "Google Search
    // lead"); not "Cara Diemont of IT firm Dimension Data", where the name is the firm's.
    const modifier =
      p - i <= 3 &&
      q - p <= 2 &&
      !tokens.slice(i, p).some((w) => POSSESSOR_CONNECTORS.has(w.lower)) &&
      fullNameCloses(tokens, run, limit);
    if (q === p || !(role || modifier)) return null;
  }
  return fromName(run, roleText(tokens, roleStart, q - 1) ?? run.title, v, v);
}

/**
 * Whether a name of two words or more closes its clause (a comma, a full stop, the end): the
 * place or body and the lower-case words before such a name are its modifier, however they end,
 * as news writing puts them before a name ("said Kyiv resident Svitlana Onofryichuk, 55,",
 * "according to Google Search lead Liz Reid,"). In "said Acme shares Tom Hale bought" the name
 * does not close its clause.
 */
function fullNameCloses(tokens: readonly Token[], run: NameRun, limit: number): boolean {
  if (run.name.split(' ').length < 2) return false;
  return run.last >= limit - 1 || tokens[run.last]!.trail !== '';
}
