import type { Doc } from '../text/doc.ts';
import type { Quote } from '../types.ts';
import { type Candidate, wordCount } from './candidate.ts';

// Trailing punctuation that belongs to the writer's sentence, not the quote: `“...process,” said`.
const TRAILING = /[\s,;:]+$/;

/**
 * Step 6: score and order the quotes for the card (it shows the first three), and build the
 * Quote records. Full quotations rank above fragments, attributed above unattributed, and quotes
 * of a readable length (8 to 60 words) above very short or very long ones; a quote repeating an
 * earlier one ranks last; earlier quotes win ties (news puts the main voice first).
 * `text` is the parts joined by one space, the final comma dropped: `“A,” he said, “B.”` gives
 * "A, B."; every part is verbatim from its block.
 */
export function rank(doc: Doc, cands: readonly Candidate[]): Quote[] {
  const seen: string[] = [];
  const quotes = cands.map((c, i) => {
    const parts = c.parts.map((p, k) => {
      const text = doc.blocks[p.block]?.text ?? '';
      let end = p.end;
      if (k === c.parts.length - 1)
        end = p.start + text.slice(p.start, p.end).replace(TRAILING, '').length;
      return { block: p.block, start: p.start, end: Math.max(end, p.start + 1) };
    });
    const text = parts
      .map((p) => (doc.blocks[p.block]?.text ?? '').slice(p.start, p.end))
      .join(' ');
    const words = wordCount(text);
    const key = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const repeated = seen.some((s) => s.includes(key) || key.includes(s));
    seen.push(key);
    let score = 0;
    if (!c.partial) score += 3;
    if (c.speaker) score += 2;
    if (words >= 8 && words <= 60) score += 1.5;
    else if (words > 60) score += 0.5;
    else if (words >= 5) score += 0.5;
    if (repeated) score -= 4;
    score -= i * 0.01;
    const quote: Quote = {
      text,
      speaker: c.speaker,
      role: c.speaker ? c.role : null,
      partial: c.partial,
      at: parts[0]!,
      score: Math.round(score * 100) / 100,
    };
    return quote;
  });
  return quotes.sort((a, b) => b.score - a.score);
}
