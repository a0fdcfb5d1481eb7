/**
 * Whether a name as written stands where a subject does (Mention.subject): not after a
 * preposition, past role words and an article, and not a possessive.
 */

import { ROLE_NOUNS } from './data/roles.ts';
import { isCapitalised, type Token } from './tokens.ts';

// Words after which a name is an object, not a subject: "joked about Parise", "to Britain".
const OBJECT_OPENERS = new Set([
  'of',
  'to',
  'for',
  'with',
  'by',
  'about',
  'from',
  'at',
  'on',
  'in',
  'into',
  'against',
  'than',
  'like',
  'over',
  'under',
  'including',
  'between',
  'among',
  'toward',
  'towards',
  'via',
]);

/** Whether a name as written stands where a subject does; see Mention.subject. */
export function subjectAt(r: { tokens: Token[]; first: number; last: number }): boolean {
  const lastWord = r.tokens[r.last]!;
  if (/['’]s?$/.test(lastWord.raw.replace(/[.,;:!?]+$/, '')) && lastWord.trail === '') return false;
  // Role words before the name are looked past: in "hosted by UK finance minister Gordon Brown"
  // Brown is an object ("minister", its modifier "finance" and "UK" skipped, up to four words).
  let k = r.first - 1;
  for (let steps = 0; k >= 0 && steps < 4; steps++, k--) {
    const t = r.tokens[k]!;
    const roleWord = ROLE_NOUNS.has(t.lower) || ROLE_NOUNS.has(r.tokens[k + 1]?.lower ?? '');
    if (t.trail !== '' || OBJECT_OPENERS.has(t.lower) || !(roleWord || isCapitalised(t.word)))
      break;
  }
  // An article between the preposition and the name is looked past too: in "the organisers of
  // the AMAs" the AMAs are an object.
  if (k > 0 && ARTICLES.has(r.tokens[k]!.lower) && r.tokens[k]!.trail === '') k--;
  const prev = r.tokens[k];
  return prev === undefined || prev.trail !== '' || !OBJECT_OPENERS.has(prev.lower);
}

// Articles between a preposition and a name: "of the AMAs", "to a Reuters reporter".
const ARTICLES = new Set(['the', 'a', 'an']);
