import type { Doc } from '../text/doc.ts';
import { type Attribution, fromName } from './attribution.ts';
import type { Candidate } from './candidate.ts';
import { tokensIn } from './doc-tokens.ts';
import { readNameForward } from './names.ts';

// A dash after the closing mark that opens a credit: "“...” – Charles Dickens".
const CREDIT_DASH = /^[\s.,]*[—–]\s*\S/u;
// A link after the name: a tweet's credit ends in its link ("– Jennifer Lawrence http://t.co/x").
const LINK = /^(https?:|pic\.twitter\.com|www\.)/iu;

/**
 * The source credited after a dash when a quotation opens its paragraph and a dash and a name
 * follow it, as under an epigraph or a quoted tweet: "“I am as light as a feather ...” – Charles
 * Dickens, A Christmas Carol" is Dickens's; "“May the odds be ever in your favor!” – Jennifer
 * Lawrence http://t.co/..." is Lawrence's. The name ends the paragraph or comes before the
 * work's title (after a comma) or a link. Not a dash that goes on with a sentence ("“...” – Tom
 * Hale was right, it seems"), nor a quotation inside the writer's sentence.
 */
export function dashCredit(doc: Doc, c: Candidate): Attribution | null {
  const first = c.parts[0]!;
  const last = c.parts[c.parts.length - 1]!;
  const text = doc.blocks[last.block]!.text;
  if (doc.blocks[first.block]!.text.slice(0, c.open).trim() !== '') return null;
  if (!CREDIT_DASH.test(text.slice(c.close))) return null;
  const after = tokensIn(doc, { block: last.block, start: c.close, end: text.length });
  // The spaced dash is a token of its own ("–").
  let s = 0;
  while (s < after.length && /^[—–]?$/u.test(after[s]!.word)) s++;
  const run = readNameForward(after, s);
  if (!run || run.first !== s) return null;
  const next = after[run.last + 1];
  const ends = next === undefined || after[run.last]!.trail === ',' || LINK.test(next.raw.trim());
  return ends ? fromName(run, null, s, s) : null;
}
