/**
 * The facts blockContext (05-filter) computes once per block: its words (few words is page
 * furniture, mostly capitalised words a headline), whether it is a row of a stock-quote table,
 * its phone numbers and its list numbers ("1. Finland 2. Norway").
 */

import { isCapitalised, isDigit, isLetter, isSpace, isUpper } from './text-around.ts';

// Two numbers with a decimal part or a sign, as a quote table prints them: "225.86 -12.99".
const TABLE_NUMBERS = /[-+]?\d+\.\d+%?\s+[-+]?\d+(?:\.\d+)?%?/;

/**
 * A row of a stock-quote table or a scores widget: no lower-case letter at all (tickers and
 * names in capitals) and two numbers side by side: "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%".
 * A paragraph always has lower-case words; a capitals heading rarely has two numbers in a row.
 */
export function isTableRow(text: string): boolean {
  return !LOWER_CASE.test(text) && TABLE_NUMBERS.test(text);
}

const LOWER_CASE = /[a-z\u00DF-\u00F6\u00F8-\u00FF]/;

/**
 * Words (space-separated pieces starting with a letter), the long ones (four letters or more)
 * and the long capitalised ones, counting up to `max` words.
 */
export function countWords(
  text: string,
  max: number,
): { words: number; long: number; caps: number } {
  let words = 0;
  let long = 0;
  let caps = 0;
  let i = 0;
  while (i < text.length && words < max) {
    while (i < text.length && isSpace(text[i])) i++;
    const start = i;
    while (i < text.length && !isSpace(text[i])) i++;
    if (i === start) break;
    let first = start;
    const open = text[first];
    if (open === '"' || open === '“' || open === '‘' || open === "'" || open === '(') first++;
    if (first >= i || !isLetter(text[first] as string)) continue;
    words++;
    if (i - first > 3) {
      long++;
      if (isCapitalised(text[first] as string)) caps++;
    }
  }
  return { words, long, caps };
}

// Phone numbers: "+44 20 7946 0958", "(555) 123-4567", "1-800-555-0199", "555.123.4567", and
// numbers dialled with a trunk prefix 0, in groups: "0800 028 9276", "020 7946 0958" (a
// quantity never starts with 0 followed by digits, so the 0 marks the phone number); the local
// part may be one group of five or six digits: "call 08000 858531" (dailystar), "phone
// Detective Sergeant Letota on (064) 404057" (thenamibian).
const PHONE =
  /\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}|\(\d{2,4}\)\s?\d{3,4}[-. ]\d{3,4}|\b\d{1,4}-\d{3}-\d{3}-\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b0\d{2,4}(?:[ -]\d{3,4}){1,2}\b|\b0\d{3,4}[ -]\d{5,6}\b|\(0\d{1,4}\)\s?\d{5,8}\b/g;

export function phones(text: string): Array<[number, number]> {
  if (!/\d[\d ().-]{6,}\d/.test(text)) return [];
  const out: Array<[number, number]> = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m; m = PHONE.exec(text))
    out.push([m.index, m.index + m[0].length]);
  return out;
}

// A list number: one or two digits, a full stop or bracket, a space (a capital must follow).
const LIST_NUMBER = /(?:^|\s)(\d{1,2})[.)]\s+/g;
// An opening quote or bracket may stand before the item's capital: "2. ‘Hillsborough’ law to be
// enacted" (metro).
const ITEM_OPENERS = '‘“"\'([';

/**
 * Numbers that enumerate: at the start of the block ("1. Finland"), or two or more consecutive
 * ones in a row ("1. Finland 2. Norway 3. Australia"). At the start of a block the item may
 * open with a quote or a number of its own: "2. ‘Hillsborough’ law to be enacted" (metro), "3)
 * 4-Year Partial University Scholarships: ..." (broadwayworld). A paragraph does not open with
 * an amount followed by ". " or ") " and then a number: there the first number numbers the item.
 */
export function listNumbers(text: string): Set<number> {
  const found: Array<[value: number, at: number]> = [];
  LIST_NUMBER.lastIndex = 0;
  for (let m = LIST_NUMBER.exec(text); m; m = LIST_NUMBER.exec(text)) {
    const at = m.index + m[0].indexOf(m[1] as string);
    let next = m.index + m[0].length;
    if (at === 0 && ITEM_OPENERS.includes(text[next] ?? ' ')) next++;
    if (!isUpper(text[next]) && !(at === 0 && isDigit(text[next]))) continue;
    found.push([Number(m[1]), at]);
  }
  const out = new Set<number>();
  for (let i = 0; i < found.length; i++) {
    const [v, at] = found[i] as [number, number];
    const next = found[i + 1];
    const prev = found[i - 1];
    if (at === 0 || (next && next[0] === v + 1) || (prev && prev[0] === v - 1)) out.add(at);
  }
  return out;
}
