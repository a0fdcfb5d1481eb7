import { porterStem } from './porter-stem.ts';
import { STOP_WORDS_EN } from './stop-words.ts';

// Stems of words already seen: an article repeats its words, and stemming is the costly part.
// Cleared when large so that a long-lived service worker does not grow without bound.
const STEMS = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    if (STEMS.size >= MAX_CACHED_STEMS) STEMS.clear();
    s = porterStem(word);
    STEMS.set(word, s);
  }
  return s;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
// Scripts written without spaces: a "word" found by WORD is a whole clause there.
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
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const word = m[0].replace(APOSTROPHE_TAIL, '');
    if (english) {
      if (word.length < 2 || STOP_WORDS_EN.has(word)) continue;
      out.push(stem(word));
    } else if (UNSPACED.test(word)) {
      for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
    } else {
      if (word.length < 3) continue;
      out.push(word.slice(0, 6));
    }
  }
  return out;
}
