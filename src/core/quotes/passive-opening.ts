import type { Token } from './tokens.ts';

// A past participle's ending: "Donated", "Written", "Photographed", "Given".
const PARTICIPLE = /^\p{Lu}\p{Ll}+(?:ed|en)$/u;

/**
 * Whether the one word at k opening a sentence is a past participle before "by", a passive
 * credit rather than a name: in "Donated by Gina McVey, Oak Grove, Calif." the subject is Gina
 * McVey, not "Donated". A name before "by" ("Tom Hale by then had left") is no participle. The
 * caller checks that k opens the sentence.
 */
export function passiveOpening(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.trail === '' && PARTICIPLE.test(t.word) && tokens[k + 1]?.lower === 'by';
}
