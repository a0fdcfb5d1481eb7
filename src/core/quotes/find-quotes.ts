import type { Doc } from '../text/doc.ts';
import type { Quote } from '../types.ts';
import { findSpans } from './01-spans.ts';
import { joinSplitQuotes } from './02-join.ts';
import { filterNotQuotes } from './03-filter.ts';
import { attribute } from './04-attribute.ts';
import { resolveNames } from './05-resolve-names.ts';
import { rank } from './06-rank.ts';
import { echoedSpeakers } from './echoes.ts';

/**
 * Every direct quotation with its speaker, ranked for the card (highest score first). The steps,
 * in order: quotation spans from marks and block quotes; split quotes joined; not-quotes (titles,
 * terms, scare quotes, single words) dropped; attributions found; names resolved to the full name
 * first given; a quote echoing an attributed one takes its speaker; ranked.
 */
export function findQuotes(doc: Doc): Quote[] {
  let cands = findSpans(doc);
  cands = joinSplitQuotes(doc, cands);
  cands = filterNotQuotes(doc, cands);
  cands = attribute(doc, cands);
  cands = resolveNames(doc, cands);
  cands = echoedSpeakers(doc, cands);
  return rank(doc, cands);
}
