import type { Candidate } from './candidate.ts';
import { TITLE_FUNCTION_WORDS } from './data/name-words.ts';
import { isCapitalised, tokensAfter } from './text-around.ts';

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
    if (!w.word || !isCapitalised(w.text)) return false;
    if (TITLE_FUNCTION_WORDS.has(w.text.toLowerCase())) return true;
  }
  return false;
}
