/**
 * The author of a document the article names ("a new report released by Stanford University",
 * "Big Machine Records issued a statement"), who speaks for "the report said".
 */

import { AUTHOR_VERBS, GROUP_NOUNS } from './data/roles.ts';
import { type NameRun, readNameBackward, readNameForward } from './names.ts';
import { speakerAfter } from './speaker-after.ts';
import { speakerBefore } from './speaker-before.ts';
import { hasSpeechVerb } from './speech-verb.ts';
import type { Token } from './tokens.ts';

/**
 * The subject of a publishing verb in the sentence before a document's first mention as "the
 * report": "Stack Overflow published its analysis of 2017 hiring trends ... The report, which
 * compares data from 200 companies, ..." was written by Stack Overflow.
 */
export function publisherOf(tokens: readonly Token[]): NameRun | null {
  for (let k = 1; k < tokens.length; k++) {
    if (!AUTHOR_VERBS.has(tokens[k]!.lower)) continue;
    const run = readNameBackward(tokens, k - 1);
    if (run && run.last === k - 1) return run;
  }
  return null;
}

/**
 * The author of the document named at token `at`, a name or a group noun ("signed by seven
 * physicians"); see resolveDescriptor.
 */
export function authorOf(
  tokens: readonly Token[],
  at: number,
): { name: string; org: boolean } | string | null {
  let participle = false;
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + 8); k++) {
    const w = tokens[k]!.lower;
    if (AUTHOR_VERBS.has(w)) participle = true;
    if (w === 'by' && (participle || k === at + 1)) {
      const run = readNameForward(tokens, k + 1);
      if (run) return run;
      // "the letter signed by seven physicians": a group, counted or not.
      const g = GROUP_NOUNS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : k + 2;
      return GROUP_NOUNS.has(tokens[g]?.lower ?? '') ? tokens[g]!.lower : null;
    }
    if (tokens[k]!.trail !== '' && w !== 'by') break;
  }
  // "In a Nov. 5 letter, the doctors pleaded ...": the subject after the introduction wrote it.
  if (
    tokens[at]!.trail === ',' &&
    tokens.slice(Math.max(0, at - 5), at).some((t) => t.lower === 'in')
  ) {
    const run = readNameForward(tokens, at + 1);
    if (run && run.first === at + 1) return run;
    const g = tokens[at + 1]?.lower === 'the' ? at + 2 : -1;
    if (g > 0 && GROUP_NOUNS.has(tokens[g]?.lower ?? '')) return tokens[g]!.lower;
  }
  // "Big Machine Records issued a statement": the subject of the verb before the noun.
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (!AUTHOR_VERBS.has(tokens[k]!.lower)) continue;
    const run = readNameBackward(tokens, k - 1);
    if (run) return run;
  }
  // "Two soldiers died, the US military said in a statement on Wednesday.": the speaker of the
  // speech verb right before "in (a|its|...) statement" wrote it; a later "the statement said"
  // is theirs.
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (tokens[k]!.trail !== '') break;
    if (tokens[k]!.lower !== 'in') continue;
    const v = k - 1;
    if (tokens[v]!.trail !== '' || !hasSpeechVerb([tokens[v]!])) break;
    const attr = speakerBefore(tokens, v) ?? speakerAfter(tokens, v);
    return attr?.kind === 'name' && attr.name ? { name: attr.name, org: attr.org } : null;
  }
  return null;
}
