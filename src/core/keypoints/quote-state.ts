import type { Doc } from '../text/doc.ts';
import { LOW_QUOTE_LANGS, QUOTE_MARKS, STRAIGHT_QUOTE } from './quote-marks.ts';

export interface QuoteState {
  /** The sentence starts inside a quotation opened by an earlier sentence. */
  startsInside: boolean;
  /** The sentence ends inside a quotation that a later sentence closes. */
  endsInside: boolean;
}

const STRAIGHT = STRAIGHT_QUOTE.charCodeAt(0);
const OUTSIDE: QuoteState = { startsInside: false, endsInside: false };

/**
 * Whether each sentence starts or ends inside a quotation, following the marks through each
 * block: in `“Antibiotics are the foundation of modern medicine. | Cancer care relies on them.”`
 * the first sentence ends inside and the second starts inside. Where a block's marks do not
 * balance (a typo, a convention we do not know) the block is taken as having no quotations
 * rather than guessing.
 */
export function quoteStates(doc: Doc): QuoteState[] {
  const lang = (doc.lang ?? '').toLowerCase().slice(0, 2);
  const marks = QUOTE_MARKS[LOW_QUOTE_LANGS.has(lang) ? 'low' : 'default'];
  const out: QuoteState[] = doc.sentences.map(() => OUTSIDE);
  doc.sentencesOf.forEach((indexes, b) => {
    let depth = 0;
    let straight = false;
    let broken = false;
    const states: QuoteState[] = [];
    // Read through the block's text between each sentence's offsets (the same characters as the
    // sentence's text): in V8 a character loop over the one block string ran three times faster
    // than over each sentence's own substring.
    const text = doc.blocks[b]?.text ?? '';
    for (const i of indexes) {
      const s = doc.sentences[i];
      const startsInside = depth > 0 || straight;
      const end = s ? s.end : 0;
      for (let c = s ? s.start : 0; c < end; c++) {
        const code = text.charCodeAt(c);
        // Every mark is at or above U+0022 and most text is plain letters: skip those fast.
        if (code !== STRAIGHT && code < 0xab) continue;
        if (code === STRAIGHT) straight = !straight;
        else if (marks.open.includes(text[c] as string)) depth++;
        else if (marks.close.includes(text[c] as string)) {
          depth--;
          if (depth < 0) broken = true;
        }
      }
      states.push({ startsInside, endsInside: depth > 0 || straight });
    }
    if (broken || depth !== 0 || straight) return;
    indexes.forEach((i, k) => {
      out[i] = states[k] as QuoteState;
    });
  });
  return out;
}
