import type { Doc } from '../text/doc.ts';

/**
 * The page's language as two letters, for reading number formats ("1.234,5" in German). From
 * `doc.lang` when the page declares it; otherwise guessed from the commonest short words, since
 * a Spanish page without `lang` would otherwise read "40.000" as forty.
 */
export function languageOf(doc: Doc): string {
  const declared = doc.lang?.trim().slice(0, 2).toLowerCase();
  if (declared && /^[a-z]{2}$/.test(declared)) return declared;
  return guessLanguage(
    doc.blocks
      .map((b) => b.text)
      .join(' ')
      .slice(0, 2000),
  );
}

// A few very common words that are rare in the other languages.
const MARKERS: ReadonlyArray<readonly [lang: string, words: ReadonlySet<string>]> = [
  ['en', new Set('the and of to is that was with for'.split(' '))],
  ['es', new Set('el los las del que por una con para'.split(' '))],
  ['pt', new Set('os das não uma com para que dos ao'.split(' '))],
  ['fr', new Set('le les des du est une pour dans qui'.split(' '))],
  ['de', new Set('der die das und ist nicht mit ein eine'.split(' '))],
  ['cs', new Set('je se na že jako které jsou byl ale'.split(' '))],
];
// Words in Latin scripts (the marker words above are all Latin).
const WORD = /[a-z\u00df-\u024f]+/g;

export function guessLanguage(text: string): string {
  const counts = new Map<string, number>();
  const lower = text.toLowerCase();
  // exec on the shared global regex: matchAll would copy the regex on every call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    for (const [lang, words] of MARKERS) {
      if (words.has(m[0])) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  let best = 'en';
  let most = 0;
  for (const [lang, n] of counts) {
    if (n > most) [best, most] = [lang, n];
  }
  return best;
}
