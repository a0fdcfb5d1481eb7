import { type Attribution, describes, fromName, other } from './attribution.ts';
import { SPEAKER_PRONOUNS } from './data/pronouns.ts';
import { BODY_NOUNS, ROLE_NOUNS } from './data/roles.ts';
import { VERB_COMPANIONS } from './data/speech-verbs.ts';
import { readNameBackward, readNameForward } from './names.ts';
import { personAfterRole } from './person-after-role.ts';
import { placeAfterPreposition } from './place-after-preposition.ts';
import { isCapitalised, type Token } from './tokens.ts';

// Relative pronouns whose antecedent is the subject of the verb in their clause.
const RELATIVES = new Set(['which', 'who', 'that']);
// Words that coordinate a second verb with the first: "surveyed ... but noted that".
const COORDINATORS = new Set(['and', 'but']);
// Determiners opening a described subject: "the site", "the company".
const SUBJECT_DETERMINERS = new Set(['the', 'this', 'its', 'their']);

/**
 * The antecedent of the relative clause holding the speech verb at v: "Netanyahu’s Likud party,
 * which tried to rally right-wing support by saying that Arab Israeli voters were “coming out in
 * droves.”" is Likud's. The clause runs from ", which" to the verb without other punctuation.
 */
export function relativeSubject(tokens: readonly Token[], v: number): Attribution | null {
  for (let k = v - 1; k >= 1; k--) {
    const t = tokens[k]!;
    if (RELATIVES.has(t.lower) && tokens[k - 1]!.trail === ',') return antecedent(tokens, k - 1, v);
    if (t.trail !== '' || t.opens || t.closes) return null;
  }
  return null;
}

/** The name ending at j, or the name before a body or role noun at j ("Likud party"). */
function antecedent(tokens: readonly Token[], j: number, v: number): Attribution | null {
  const t = tokens[j]!;
  if (isCapitalised(t.word)) {
    const run = readNameBackward(tokens, j);
    if (!run) return null;
    // "the Palestinian Dialogue Group in Turkey, which says": the body before the place.
    if (placeAfterPreposition(tokens, run)) {
      const body = run.first >= 2 ? readNameBackward(tokens, run.first - 2) : null;
      return body && body.last === run.first - 2 ? fromName(body, null, v, body.first) : null;
    }
    return fromName(run, null, v, run.first);
  }
  if (!BODY_NOUNS.has(t.lower) && !ROLE_NOUNS.has(t.lower)) return null;
  const run = readNameBackward(tokens, j - 1);
  return run && run.last === j - 1
    ? { ...fromName(run, null, v, run.first), org: BODY_NOUNS.has(t.lower) }
    : null;
}

/**
 * The subject of a sentence whose speech verb is coordinated with an earlier verb: "In 2016,
 * the site surveyed more than 56,000 developers but noted that the survey was “biased ...”" is
 * the site's; "Lorenz ran the model and warned that “...”" is Lorenz's. The subject opens the
 * sentence, after an introduction ending in a comma ("In 2016,").
 */
export function coordinatedSubject(tokens: readonly Token[], v: number): Attribution | null {
  const c = coordinatorBefore(tokens, v);
  if (c < 1 || tokens[c - 1]!.trail !== '') return null;
  let s = 0;
  for (let k = 0; k < Math.min(c - 1, 5); k++) {
    if (tokens[k]!.trail === ',') {
      s = k + 1;
      break;
    }
  }
  const head = tokens[s];
  if (!head) return null;
  // "During the call, he asked about the plan and said, “...”": he/she opening the clause.
  const gender = SPEAKER_PRONOUNS.get(head.lower);
  if ((gender === 'm' || gender === 'f') && head.trail === '')
    return other('pronoun', v, s, { pronoun: head.lower });
  if (SUBJECT_DETERMINERS.has(head.lower)) {
    for (let h = s + 1; h < Math.min(c, s + 4); h++) {
      const w = tokens[h]!;
      if (describes(w.lower)) return other('descriptor', v, s, { noun: w.lower });
      if (w.trail !== '') break;
    }
    return null;
  }
  const run = readNameForward(tokens, s, c);
  if (!run || run.first !== s) return null;
  // "China’s ambassador to Britain accused ...": the role after a possessive is the subject.
  if (/['’]s?$/.test(tokens[run.last]!.word)) {
    const noun = tokens[run.last + 1];
    return tokens[run.last]!.trail === '' && noun && ROLE_NOUNS.has(noun.lower)
      ? other('descriptor', v, s, { noun: noun.lower })
      : null;
  }
  if (tokens[run.last]!.trail !== '' && tokens[run.last]!.trail !== ',') return null;
  // "EC spokeswoman Marja Quillinan-Meiland conceded ... but said": the person after the role.
  const person = personAfterRole(tokens, run, c);
  if (person) return fromName(person, tokens[run.last + 1]!.word, v, s);
  return fromName(run, run.title, v, s);
}

// Auxiliaries and adverbs between a coordinator and its verb: "and has stated", "and has
// repeatedly declared" (at most this many).
const MAX_COMPANIONS = 2;

/**
 * The index of the "and"/"but" that coordinates the verb at v with an earlier one, past an
 * auxiliary or adverb or two: in "He funds gun control groups and has stated, “...”" the verb is
 * coordinated as much as in "... and stated,"; in "Beyond Des Moines, the new leadership ... came
 * to power ... and has repeatedly declared, “...”" the leadership declares, not Des Moines.
 * Else -1.
 */
export function coordinatorBefore(tokens: readonly Token[], v: number): number {
  let c = v - 1;
  while (
    c > 0 &&
    v - 1 - c < MAX_COMPANIONS &&
    tokens[c]!.trail === '' &&
    (VERB_COMPANIONS.has(tokens[c]!.lower) || /^\p{Ll}{2,}ly$/u.test(tokens[c]!.word))
  )
    c--;
  return c >= 1 && COORDINATORS.has(tokens[c]!.lower) && tokens[c]!.trail === '' ? c : -1;
}
