/**
 * Source phrases: "according to X" and the other languages' "selon X", "según X", "laut X",
 * "podle X", German "so X".
 */

import { type Attribution, describes, fromName, other } from './attribution.ts';
import { DEFINITE, OWNER_PREPOSITIONS } from './data/clause-words.ts';
import { DOCUMENT_NOUNS, SPOKES_NOUNS } from './data/roles.ts';
import { ACCORDING_TO, SO_SOURCE } from './data/speech-verbs.ts';
import { type NameRun, readNameForward } from './names.ts';
import { roleText } from './role-phrases.ts';
import { personAfterPossessor } from './speaker-after.ts';
import { isNameWord, type Token } from './tokens.ts';

/** Number of words of a source phrase ("according to", "selon", "según") at token i, else 0. */
function sourcePhrase(tokens: readonly Token[], i: number): number {
  for (const phrase of ACCORDING_TO) {
    let ok = true;
    for (let w = 0; w < phrase.length && ok; w++) {
      const t = tokens[i + w];
      ok = t !== undefined && t.lower === phrase[w] && (w === phrase.length - 1 || t.trail === '');
    }
    if (ok && tokens[i + phrase.length - 1]!.trail === '') return phrase.length;
  }
  return 0;
}

/**
 * "according to X" (and the other languages' "selon X", "según X", "laut X", "podle X"): the
 * name after it, or for English the descriptor ("according to the report"). The phrase may start
 * in [from, last); the name is read to the end of the tokens. German "so X" only at `from` 0 of
 * the text after a quote, with the name ending the clause: "„Wir sind bereit“, so Hans Müller."
 */
export function accordingTo(
  tokens: readonly Token[],
  from = 0,
  last = tokens.length,
): Attribution | null {
  const limit = tokens.length;
  for (let i = from; i < Math.min(last, limit - 1); i++) {
    if (i === 0 && tokens[0]!.lower === SO_SOURCE && tokens[0]!.trail === '') {
      const run = readNameForward(tokens, 1, limit);
      const end = run ? tokens[run.last]! : null;
      if (run && run.first === 1 && end && (run.last === limit - 1 || /[.!?]/.test(end.trail)))
        return fromName(run, null, 0, 0);
    }
    const n = sourcePhrase(tokens, i);
    if (n === 0) continue;
    const k = i + n;
    if (n === 2 && DEFINITE.has(tokens[k]?.lower ?? '')) {
      // "according to the explanatory notes of the British Bill": a name inside counts.
      let m = k;
      while (m < limit && tokens[m]!.trail === '' && !isNameWord(tokens[m])) m++;
      const run = m < limit ? readNameForward(tokens, m, limit) : null;
      if (run) return fromName(run, null, i, i);
      // The person named in apposition to the noun, set off by commas: "according to his aunt,
      // Jane Starner,". Not the subject of the next clause: "according to the police, Tom Hale
      // fled".
      const head = tokens[m];
      const named = head?.trail === ',' ? readNameForward(tokens, m + 1, limit) : null;
      const closed = named && (tokens[named.last]!.trail === ',' || named.last === limit - 1);
      if (named && closed && named.first === m + 1 && !named.org)
        return fromName(named, roleText(tokens, k, m), i, i);
      const noun = tokens[Math.min(m, limit - 1)]!.lower;
      return describes(noun) ? other('descriptor', i, i, { noun }) : null;
    }
    if (n === 2 && (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an')) {
      const body = issuerAfter(tokens, k, limit);
      if (body) return fromName(body, null, i, i);
    }
    // A person after a body and role words: "according to Google Search lead Liz Reid".
    const affiliated = n === 2 ? personAfterPossessor(tokens, k, i, limit) : null;
    if (affiliated) return { ...affiliated, verb: i, first: i };
    const run = readNameForward(tokens, k, limit);
    // The name follows at once ("segundo" is also "second": "o segundo turno" names no one).
    if (run && (n === 2 || run.first === k)) return fromName(run, null, i, i);
  }
  return null;
}

/**
 * The body after "a statement from", "a spokesman for" (the article at k): "according to a
 * statement from Acme Corp" is Acme Corp's. Only a document or spokesperson noun within three
 * words counts: "according to a study of 2,000 Britons" names no speaker.
 */
function issuerAfter(tokens: readonly Token[], k: number, limit: number): NameRun | null {
  for (let h = k + 1; h < Math.min(limit - 2, k + 4); h++) {
    const w = tokens[h]!;
    if (DOCUMENT_NOUNS.has(w.lower) || SPOKES_NOUNS.has(w.lower)) {
      if (w.trail !== '' || !OWNER_PREPOSITIONS.has(tokens[h + 1]!.lower)) return null;
      const at = tokens[h + 2]!.lower === 'the' ? h + 3 : h + 2;
      const run = at < limit ? readNameForward(tokens, at, limit) : null;
      return run && run.first === at ? run : null;
    }
    if (w.trail !== '') return null;
  }
  return null;
}
