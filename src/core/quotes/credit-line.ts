import { NOT_CREDIT_WORDS } from './data/credit-words.ts';

// A source credit on its own line: the name in brackets or parentheses ("[ Engadget ]",
// "(The Verge)") or after a dash ("— Tom's Guide"). A name has at most this many words, and no
// sentence punctuation: "(Photo by Jane Roe.)" or "[Updated at 5pm: the firm replied.]" is none.
const BRACKETED = /^\s*[[(]\s*([^[\]()]{2,60}?)\s*[\])]\s*$/u;
const DASHED = /^\s*[—–]\s*([^—–]{2,60}?)\s*$/u;
const MAX_CREDIT_WORDS = 5;
// A phrase of several words all in capitals is the writer's aside, shouted: "(UNDERSTATEMENT OF
// THE YEAR)"; a source's name is in mixed case ("PC World") or one acronym ("CNBC").
const SHOUTED = /^[^\p{Ll}]+\s[^\p{Ll}]+\s[^\p{Ll}]+$/u;
// A credit names its source with a capital: "[Engadget]", "(CNET)"; "[sic]" and "(laughs)" are
// no credit.
const NAME_START = /^[\p{Lu}\p{N}]/u;
const SENTENCE_PUNCTUATION = /[.!?:;,"“”]\s|[.!?:;"“”]$/u;

/**
 * The source a credit line names, when the whole line is one: "[ Engadget ]" under a block
 * quote from Engadget's review gives "Engadget"; else null. See embedAuthor in
 * embed-byline.ts for where such a line counts.
 */
export function creditName(text: string): string | null {
  const m = BRACKETED.exec(text) ?? DASHED.exec(text);
  if (!m) return null;
  const name = m[1]!.trim();
  if (!NAME_START.test(name) || SENTENCE_PUNCTUATION.test(name)) return null;
  // "(Photo: Jane Roe)", "[Updated 5pm]": the first word, cut of a colon, opens no credit.
  const first = name.split(/[\s:]/u, 1)[0]!.toLowerCase();
  if (NOT_CREDIT_WORDS.has(first)) return null;
  if (SHOUTED.test(name)) return null;
  return name.split(/\s+/u).length <= MAX_CREDIT_WORDS ? name : null;
}
