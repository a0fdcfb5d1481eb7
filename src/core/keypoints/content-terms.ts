import { charWidthAt, wordEndAt } from '../text/letter-runs.ts';
import { porterStem } from './porter-stem.ts';
import { STOP_WORDS_EN } from './stop-words.ts';

// The term of each English word already seen (null for a stop word or a one-letter word): an
// article repeats its words, and the apostrophe cut, the stop-word test and the stemming are the
// costly part. Cleared when large so that a long-lived service worker does not grow without bound.
const TERMS_EN = new Map<string, string | null>();
const MAX_CACHED_TERMS = 50_000;

function termEn(match: string): string | null {
  let t = TERMS_EN.get(match);
  if (t === undefined) {
    if (TERMS_EN.size >= MAX_CACHED_TERMS) TERMS_EN.clear();
    const word = match.replace(APOSTROPHE_TAIL, '');
    t = word.length < 2 || STOP_WORDS_EN.has(word) ? null : porterStem(word);
    TERMS_EN.set(match, t);
  }
  return t;
}

// A word: /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/u, read by wordEndAt (text/letter-runs.ts).
// Scripts written without spaces: a "word" found by wordEndAt is a whole clause there.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const APOSTROPHE_TAIL = /['’].*$/;

/** Whether the key-point rules for English (stop words, stemming, dangling words) apply. */
export function isEnglish(lang: string | null): boolean {
  return lang === null || lang.toLowerCase().startsWith('en');
}

/**
 * The words of a text that carry its meaning, normalised so that forms of one word meet:
 * English drops function words and is Porter-stemmed ("investments" and "invest" give
 * "invest"); other languages keep every word of 3+ letters, cut to its first 6 letters, a crude
 * stem that joins most inflections of Romance and Germanic words ("inversiones", "inversión"
 * → "invers") where no stemmer is at hand; Chinese and Japanese, written without spaces, give
 * overlapping pairs of characters ("云计算" → "云计", "计算"), the usual unit for comparing such
 * text without a dictionary. Numbers are kept: "$28.2bn" gives "28", "2bn".
 */
export function contentTerms(text: string, english: boolean): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  // The words of the text, read by wordEndAt (a table lookup per character, not a regex exec
  // per word).
  let i = 0;
  while (i < lower.length) {
    const end = wordEndAt(lower, i);
    if (end === i) {
      i += charWidthAt(lower, i);
      continue;
    }
    // A one-letter word ("a", "I", "5") is never a term, in any language (see below).
    if (end - i === 1) {
      i = end;
      continue;
    }
    const match = lower.slice(i, end);
    i = end;
    if (english) {
      const term = termEn(match);
      if (term !== null) out.push(term);
      continue;
    }
    const word = match.replace(APOSTROPHE_TAIL, '');
    if (UNSPACED.test(word)) {
      for (let k = 0; k + 1 < word.length; k++) out.push(word.slice(k, k + 2));
    } else {
      if (word.length < 3) continue;
      out.push(word.slice(0, 6));
    }
  }
  return out;
}
