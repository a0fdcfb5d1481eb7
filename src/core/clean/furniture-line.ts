import {
  CREDIT_LINES,
  FURNITURE_PHRASES,
  LABEL_LINES,
  MAX_CREDIT_BLOCK,
  MAX_PHRASE_BLOCK,
  MAX_POINTER,
  POINTER_OPENINGS,
} from './boilerplate-lines.ts';

const POINTER = new RegExp(`^(?:${POINTER_OPENINGS.join('|')})`, 'iu');
const PHRASE = new RegExp(FURNITURE_PHRASES.join('|'), 'iu');
const CREDIT = new RegExp(CREDIT_LINES.join('|'), 'iu');

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
  if (text.length <= MAX_POINTER && POINTER.test(text)) return true;
  if (text.length <= MAX_PHRASE_BLOCK && PHRASE.test(text)) return true;
  return text.length <= MAX_CREDIT_BLOCK && CREDIT.test(text);
}

/** Whether a block titles a list of other stories ("You may also like...", "Related posts"). */
export function isListTitle(text: string): boolean {
  if (text.length > MAX_LABEL) return false;
  const label = labelOf(text);
  return LABEL_LINES.has(label) && LIST_TITLE.test(label);
}
