/**
 * What tells a capitalised sentence opener from a name: whether a token opens a sentence
 * (sentenceStart), and the words the article also writes with a lower-case initial
 * (lowerCaseWords).
 */

import { isLowerCase, type Token } from './tokens.ts';

/** Words the article writes with a lower-case initial somewhere. */
export function lowerCaseWords(blocks: readonly Token[][]): Set<string> {
  const out = new Set<string>();
  // Indexed: this reads every word of the article once per analysis, mostly unoptimised, where
  // an array iterator costs about twice an index.
  for (let b = 0; b < blocks.length; b++) {
    const tokens = blocks[b] as Token[];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (isLowerCase(t.word)) out.add(t.lower);
    }
  }
  return out;
}

/** Token i opens a sentence: first of the block, or after a full stop, question or exclamation mark. */
export function sentenceStart(tokens: readonly Token[], i: number): boolean {
  // Past a dash opening a line of dialogue or an interview answer: "— Я обычно отвечаю так".
  let k = i;
  while (k > 0 && /^[—–-]+$/.test(tokens[k - 1]!.raw)) k--;
  return k === 0 || /[.!?…:]/.test(tokens[k - 1]!.trail);
}

// A participle's ending, after a stem of at least four letters: "Describing", not "King".
const PARTICIPLE = /^(\p{Ll}{4,})ing$/u;

/**
 * Whether a sentence's first word is a participle of a verb the article writes in lower case in
 * another form: "Describing blacks as besieged by crime, he asked, “...”" opens with the verb of
 * "he described American cities as ...", no person for "he" to stand for. Only the forms in
 * "-ed", "-e" and "-es" count, so that "Fielding said" stays a name where "fields" is written.
 */
export function knownParticiple(lower: string, vocabulary: ReadonlySet<string>): boolean {
  const stem = PARTICIPLE.exec(lower)?.[1];
  if (stem === undefined) return false;
  return vocabulary.has(`${stem}ed`) || vocabulary.has(`${stem}e`) || vocabulary.has(`${stem}es`);
}
