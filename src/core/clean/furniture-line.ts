import {
  CREDIT_LINES,
  FURNITURE_PHRASES,
  LABEL_LINES,
  MAX_CREDIT_BLOCK,
  MAX_PHRASE_BLOCK,
  MAX_POINTER,
  POINTER_OPENINGS,
} from './boilerplate-lines.ts';

// The tables are written in lower case and matched against lower-cased text, not with the `i`
// flag: with `iu`, V8 ran the 45-phrase alternation at 0.25 ms a block (150 ms on a 600-block
// page) and took 58 ms to compile it; on lower-cased text with `u` it is 200 times faster and
// compiles in half the time (measured on this machine). A table row must not use capitals.
const POINTER = new RegExp(`^(?:${POINTER_OPENINGS.join('|')})`, 'u');
const PHRASE = new RegExp(FURNITURE_PHRASES.join('|'), 'u');
const CREDIT = new RegExp(CREDIT_LINES.join('|'), 'u');

// Longest block any of the three rules may condemn.
const LONGEST_RULED = Math.max(MAX_POINTER, MAX_PHRASE_BLOCK, MAX_CREDIT_BLOCK);

// Longest label ("continue reading the main story" and the like, with a count or a date).
const MAX_LABEL = 60;

// The list titles among the labels: the short blocks after them are teaser headlines.
const LIST_TITLE =
  /^(?:related|more|you may|you might|recommended|trending|most|popular|latest|recent|top stories|editor|watch next|read next|what to read|see also|also read|further reading|você pode|leia|veja|lea |lire|à lire|lesen|mehr|leggi|baca|читайте)/;

/**
 * A label as compared with LABEL_LINES: lower case, without trailing punctuation, ellipses,
 * counts or arrows ("You may also like..." -> "you may also like", "Comments (3)" -> "comments",
 * "3,409 letture" -> "letture").
 */
export function labelOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\d.,:|•·»›>#-]+/u, '')
    .replace(/[\s\d().,:;!?…|•·»›>+-]+$/u, '')
    .replace(/\s+/g, ' ');
}

/**
 * Whether a whole block is page furniture by its text: a label or button, a pointer to another
 * page ("Read more: ..."), a promotion, newsletter, follow or copyright line, or a picture credit.
 */
export function isFurnitureLine(text: string): boolean {
  if (text.length <= MAX_LABEL && LABEL_LINES.has(labelOf(text))) return true;
  if (text.length > LONGEST_RULED) return false;
  const lower = text.toLowerCase();
  if (text.length <= MAX_POINTER && POINTER.test(lower)) return true;
  if (text.length <= MAX_PHRASE_BLOCK && PHRASE.test(lower)) return true;
  return text.length <= MAX_CREDIT_BLOCK && CREDIT.test(lower);
}

/** Whether a block titles a list of other stories ("You may also like...", "Related posts"). */
export function isListTitle(text: string): boolean {
  if (text.length > MAX_LABEL) return false;
  const label = labelOf(text);
  return LABEL_LINES.has(label) && LIST_TITLE.test(label);
}
