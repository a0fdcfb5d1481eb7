import type { Doc } from '../text/doc.ts';
import type { Attribution } from './attribution.ts';
import type { Candidate } from './candidate.ts';
import { tokensIn } from './doc-tokens.ts';
import { parseSentence } from './parse-sentence.ts';

/** A sentence of narrative that reports someone's words without quoting them. */
export interface IndirectSpeech {
  /** Index of the sentence in the Doc. */
  sentence: number;
  block: number;
  start: number;
  attr: Attribution;
}

/**
 * Sentences outside quotations where a named speaker says something in indirect speech: "Fiona
 * Deans, associate director of AADC, said the compression was visually lossless." The speaker of
 * such a sentence is the likely speaker of an unattributed quote right after it ("“People will
 * see the picture quality is a bit clearer.”"), and the last speaker for a later "she said".
 */
export function indirectSpeech(doc: Doc, cands: readonly Candidate[]): IndirectSpeech[] {
  const quoted = doc.blocks.map(() => [] as [number, number][]);
  for (const c of cands) for (const p of c.parts) quoted[p.block]?.push([p.start, p.end]);
  const out: IndirectSpeech[] = [];
  for (const s of doc.sentences) {
    const kind = doc.blocks[s.block]?.kind;
    if (kind !== 'paragraph' && kind !== 'list-item') continue;
    // A sentence with a quotation in it is the quotation's business.
    if ((quoted[s.block] ?? []).some(([a, b]) => a < s.end && b > s.start)) continue;
    // The main clause's verb, the first with a speaker: in "He added that Ms Deans had said no."
    // it is he who speaks, not Deans.
    const attr = parseSentence([], tokensIn(doc, { block: s.block, start: s.start, end: s.end }));
    if (attr?.kind === 'name')
      out.push({ sentence: s.index, block: s.block, start: s.start, attr });
  }
  return out;
}
