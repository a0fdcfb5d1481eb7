import type { Candidate } from './candidate.ts';
import { TITLE_CUE_WORDS, TITLE_FUNCTION_WORDS, TITLE_LOWER_WORDS } from './data/name-words.ts';
import { isCapitalised, tokenAfter, tokenBefore, tokensAfter } from './text-around.ts';

/**
 * A number that opens a title quoted in a sentence is part of the title: "making this CNN “10
 * People Who Don’t Matter List” in 2006". In running text (not a title-case block) a capitalised
 * function word ("Who", "Most", "The") within the three words after the number says so; a count
 * before a proper name has none ("20 Senate Democrats", "3 New York hospitals").
 */
export function isTitlePhrase(text: string, c: Candidate, titleCaseBlock: boolean): boolean {
  if (titleCaseBlock || !c.digits || (c.kind !== 'number' && c.kind !== 'count')) return false;
  const words = tokensAfter(text, c.numEnd, 3);
  if (!words[0]?.word || !isCapitalised(words[0].text)) return false;
  for (const w of words) {
    if (!w.word || !isCapitalised(w.text)) break;
    if (TITLE_FUNCTION_WORDS.has(w.text.toLowerCase())) return true;
  }
  return isCitedTitle(text, c);
}

/**
 * A number that opens the title of another work cited in a sentence (figures13, blind 12's
 * technologyreview and blind 11's foxbusiness): the number and its run of capitalised words
 * either follow "see" or an opening quote and end on a mark, not on a lower-case word ("(see 35
 * Innovators Under 35, 2013)", "(see “50 Smartest Companies: Third Rock Ventures”)"), or have
 * four capitalised words or more with a title's lower-case "to" between two of them
 * ("suggested in 7 Simple A/B Tests to Increase Conversions 10% or More to test"). A count
 * before a proper name runs into a lower-case word ("“20 Senate Democrats voted no”", "three
 * University of Miami students").
 */
function isCitedTitle(text: string, c: Candidate): boolean {
  const run = titleRun(text, c.numEnd);
  if (run.caps >= TITLE_RUN_MIN_CAPS && run.inner) return true;
  if (run.caps < 2 || run.endsOnWord) return false;
  const before = tokenBefore(text, c.numStart);
  if (!before) return false;
  return before.word
    ? TITLE_CUE_WORDS.has(before.text.toLowerCase())
    : OPENING_QUOTE.test(before.text);
}

const OPENING_QUOTE = /^["“‘]$/;

// Capitalised words a run needs to read as a title on its lower-case words alone.
const TITLE_RUN_MIN_CAPS = 4;

/**
 * The run of title-case words after `at`: capitalised words, numbers, a slash or an ampersand
 * ("A/B", "Q&A"), and a title's lower-case "to" between two capitalised ones. How many
 * capitalised words, whether such a lower-case word came between two, and whether the run ended
 * on a lower-case word (a sentence going on) rather than a mark or the end.
 */
function titleRun(text: string, at: number): { caps: number; inner: boolean; endsOnWord: boolean } {
  let caps = 0;
  let inner = false;
  let pendingLower = false;
  let t = tokenAfter(text, at);
  for (let n = 0; t && n < TITLE_RUN_MAX_TOKENS; n++, t = tokenAfter(text, t.end)) {
    if (t.word && isCapitalised(t.text)) {
      caps++;
      if (pendingLower) inner = true;
      pendingLower = false;
    } else if (t.word && /^\d/.test(t.text)) {
      pendingLower = false;
    } else if (t.word && caps > 0 && !pendingLower && TITLE_LOWER_WORDS.has(t.text)) {
      pendingLower = true;
    } else if (!t.word && (t.text === '/' || t.text === '&')) {
      // "A/B", "Q&A": part of a word of the title.
    } else {
      return { caps, inner, endsOnWord: t.word || pendingLower };
    }
  }
  return { caps, inner, endsOnWord: pendingLower };
}

const TITLE_RUN_MAX_TOKENS = 12;
