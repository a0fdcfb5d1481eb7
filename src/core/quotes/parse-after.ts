/**
 * The attribution that opens the text after a quote: "said X", "X said", "X, role, said",
 * "according to X".
 */

import { accordingTo } from './according-to.ts';
import { type Attribution, fromName } from './attribution.ts';
import { closingVerb } from './closing-verb.ts';
import { CLAUSE_OPENERS, LISTENER_VERBS, RELATIVES } from './data/clause-words.ts';
import { VERB_COMPANIONS } from './data/speech-verbs.ts';
import { readNameForward } from './names.ts';
import { roleText } from './role-phrases.ts';
import { speakerAfter } from './speaker-after.ts';
import { speakerBefore } from './speaker-before.ts';
import { verbAt } from './speech-verb.ts';
import { isCapitalised, type Token } from './tokens.ts';

/**
 * An attribution that opens the text after a quote (the quote's own sentence): "said X",
 * "X said", "X, role, said", "she told ABC News", "as Reuters reported", "according to X".
 * The speaker or the verb must come first (after a comma, a dash or "as"), so that narrative
 * after a fragment ("to hold up on their ICC plans, Indyk said") is not taken for one.
 */
export function parseAfter(tokens: readonly Token[]): Attribution | null {
  let s = 0;
  while (s < tokens.length && (tokens[s]!.word === '' || CLAUSE_OPENERS.has(tokens[s]!.lower))) s++;
  if (s >= tokens.length) return null;
  const acc = accordingTo(tokens, 0, Math.min(tokens.length, s + 2));
  if (acc) return acc;
  // "said X": the verb first, possibly after companions ("a ajouté Laurent Fabius").
  let v = s;
  while (v < tokens.length && VERB_COMPANIONS.has(tokens[v]!.lower) && v - s < 2) v++;
  if (verbAt(tokens, v)) {
    const after = speakerAfter(tokens, v);
    if (after) return { ...after, first: s };
  }
  // "X said": the first speech verb whose speaker starts the clause.
  for (let k = s + 1; k < Math.min(tokens.length, s + 25); k++) {
    if (
      tokens[k - 1]!.trail === '.' ||
      tokens[k - 1]!.trail === '!' ||
      tokens[k - 1]!.trail === '?'
    )
      break;
    if (!verbAt(tokens, k)) continue;
    const before = speakerBefore(tokens, k, s) ?? unclosedApposition(tokens, s, k);
    if (before && before.first <= s + 1) return before;
  }
  return closingVerb(tokens, s);
}

/**
 * "X, role told Y" with the comma closing the role left out: "“...,” Kurinji Selvaraj, a research
 * analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News."
 * The name opens the clause at s, a comma and a lower-case role follow it, and the verb at v is
 * a listener verb ("told", "asked") right after the role's last word (a role never ends in one).
 */
function unclosedApposition(tokens: readonly Token[], s: number, v: number): Attribution | null {
  if (!LISTENER_VERBS.has(tokens[v]!.lower) || tokens[v - 1]!.trail !== '') return null;
  const run = readNameForward(tokens, s, v);
  if (!run || run.first !== s || run.org || tokens[run.last]!.trail !== ',') return null;
  const next = tokens[run.last + 1];
  if (!next || isCapitalised(next.word) || RELATIVES.has(next.lower)) return null;
  return fromName(run, roleText(tokens, run.last + 1, v - 1), v, s);
}
