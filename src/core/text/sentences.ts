import { ABBREVIATIONS, NAME_CLOSING_ABBREVIATIONS } from './abbreviations.ts';

/** A sentence as offsets into its block's text. */
export interface SentenceRange {
  start: number;
  end: number;
}

// Characters that can close a sentence, then closing quotes or brackets that belong to it:
// `He left.” Then` ends after the ”.
const TERMINATORS = '.!?…。！？';
const CLOSERS = '"\'”’»›)]」』';
// The next terminator from lastIndex: the regex engine skips the other characters natively,
// which costs less than a test per character in a loop.
const NEXT_TERMINATOR = new RegExp(`[${TERMINATORS}]`, 'g');
// What may start the next sentence: a capital, a digit, an opening quote or bracket, or any
// letter of a script without case (CJK, Arabic, Hebrew...).
const OPENER = /[\p{Lu}\p{Lt}\p{N}"'“‘«‹„‚([「『¿¡]|[^\p{L}\p{N}\s]|\p{Lo}/u;
// CJK full stops end a sentence even without a following space: "好。他说".
const CJK_TERMINATORS = '。！？';

/**
 * Split one block of text into sentences. Conservative: a split is made only where a terminator
 * is followed by space and something that can open a sentence, and the word before the stop is
 * not an abbreviation ("Mr. Zhang"), an initial ("James T. Bourne") or part of a number ("3.5").
 * Example: `“We hope so,” said Jeff Zhang. Mr. Ma agreed.` gives two sentences.
 */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    NEXT_TERMINATOR.lastIndex = i;
    const found = NEXT_TERMINATOR.exec(text);
    if (!found) break;
    i = found.index;
    const ch = text[i] as string;
    // Take runs like "?!" or "..." and the closers after them.
    let end = i + 1;
    while (end < text.length && TERMINATORS.includes(text[end] as string)) end++;
    while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
    const next = skipSpace(text, end);
    const cjk = CJK_TERMINATORS.includes(ch);
    if (next >= text.length) break;
    const spaced = next > end;
    if ((spaced || cjk) && isBoundary(text, start, i, next)) {
      out.push({ start, end });
      start = next;
    }
    i = Math.max(end, i + 1);
  }
  const last = trimEnd(text, text.length);
  if (last > start) out.push({ start, end: last });
  return out;
}

// An opening quotation mark after a full stop: what follows is a quotation, a new sentence.
const QUOTE_OPENER = /["“‘«]/;
// The regexes of the loops below, made once: a regex literal inside a function is a new object
// each time it is evaluated, here once per character read around each full stop.
const SPACE = /\s/;
const LEADING_OPENERS = /^[("'“‘«]+/;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(\p{L}\.)+\p{L}$/u;

function isBoundary(text: string, start: number, stop: number, next: number): boolean {
  const nextChar = text[next] as string;
  if (!OPENER.test(nextChar)) return false;
  if (text[stop] !== '.') return true;
  // The word before the full stop.
  let w = stop;
  while (w > start && !SPACE.test(text[w - 1] as string)) w--;
  const word = text.slice(w, stop).replace(LEADING_OPENERS, '');
  if (word.length === 0) return true;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower))
    return NAME_CLOSING_ABBREVIATIONS.has(lower) && QUOTE_OPENER.test(nextChar);
  // A single capital is an initial: "James T. Bourne", "J. K. Rowling".
  if (SINGLE_CAPITAL.test(word)) return false;
  // Dotted acronyms such as "U.S." or "a.m." end a sentence only before a capitalised word
  // that is not itself a name following the acronym; keep them together unless what follows
  // opens a quote. "The U.S. Army said" stays whole.
  if (DOTTED_ACRONYM.test(word)) return QUOTE_OPENER.test(nextChar);
  return true;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i] as string)) i++;
  return i;
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && SPACE.test(text[i - 1] as string)) i--;
  return i;
}
