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

// The marks that count, found by the regex engine: most of a block has none, and a native scan
// from one mark to the next costs less than a JavaScript test per character, all the more while
// the code is not yet optimised (the first pages a fresh worker reads).
// Example: in `He said “no.” Then left.` the default marks find “ at 8 and ” at 12.
const MARK_FINDERS: Record<keyof typeof QUOTE_MARKS, RegExp> = {
  default: markFinder(QUOTE_MARKS.default),
  low: markFinder(QUOTE_MARKS.low),
};

function markFinder(marks: { open: string; close: string }): RegExp {
  return new RegExp(`[${STRAIGHT_QUOTE}${marks.open}${marks.close}]`, 'g');
}

/**
 * Whether each sentence starts or ends inside a quotation, following the marks through each
 * block: in `“Antibiotics are the foundation of modern medicine. | Cancer care relies on them.”`
 * the first sentence ends inside and the second starts inside. Where a block's marks do not
 * balance (a typo, a convention we do not know) the block is taken as having no quotations
 * rather than guessing.
 */
export function quoteStates(doc: Doc): QuoteState[] {
  const lang = (doc.lang ?? '').toLowerCase().slice(0, 2);
  const convention = LOW_QUOTE_LANGS.has(lang) ? 'low' : 'default';
  const marks = QUOTE_MARKS[convention];
  const finder = MARK_FINDERS[convention];
  const out: QuoteState[] = doc.sentences.map(() => OUTSIDE);
  doc.sentencesOf.forEach((indexes, b) => {
    let depth = 0;
    let straight = false;
    let broken = false;
    const states: QuoteState[] = [];
    // Read the marks of the block's text in order, each counted for the sentence whose offsets
    // hold it (the same characters as the sentence's text); the sentences of a block come in
    // order and only spaces lie between them.
    const text = doc.blocks[b]?.text ?? '';
    finder.lastIndex = 0;
    let mark = finder.exec(text);
    for (const i of indexes) {
      const s = doc.sentences[i];
      const startsInside = depth > 0 || straight;
      const start = s ? s.start : 0;
      const end = s ? s.end : 0;
      for (; mark !== null && mark.index < end; mark = finder.exec(text)) {
        if (mark.index < start) continue;
        const code = text.charCodeAt(mark.index);
        if (code === STRAIGHT) straight = !straight;
        else if (marks.open.includes(text[mark.index] as string)) depth++;
        else if (marks.close.includes(text[mark.index] as string)) {
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
