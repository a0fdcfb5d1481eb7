import type { Doc } from '../text/doc.ts';
import type { Candidate } from './candidate.ts';
import { framesOf, textOf, tokensOf } from './frame.ts';
import { parseAfter } from './parse-after.ts';
import { isTitleCase } from './title-case.ts';

// At most this many words between the parts of a split quote: an attribution with a role
// ("said Martin Indyk, executive vice president of the Brookings Institution and a former U.S.
// ambassador to Israel.") is about twenty.
const MAX_GAP_WORDS = 30;
// A sentence ending inside the gap (other than at its end) means narrative, not only attribution.
const STOPS = /[.!?…]/;

/**
 * Step 2: join a quote split by its attribution into one: `“A,” he said, “B.”` and
 * `“A,” said X, role. “B.”` become one quote whose text is "A, B." (the parts joined by one
 * space, each part verbatim). Joined only when the text between the parts is nothing but an
 * attribution clause, the first part opens its sentence, and the second part has no attribution
 * of its own (`“A?” X recalls thinking. “B,” he said.` stays two quotes).
 * Quotes over several paragraphs were already joined by 01-spans.ts.
 */
export function joinSplitQuotes(doc: Doc, cands: Candidate[]): Candidate[] {
  if (cands.length < 2) return cands;
  const frames = framesOf(doc, cands);
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = out[out.length - 1];
    if (prev && i > 0 && joins(doc, prev, c, frames[i - 1]!, frames[i]!)) {
      const lastPrev = prev.parts[prev.parts.length - 1]!;
      out[out.length - 1] = {
        ...prev,
        parts: [...prev.parts, ...c.parts],
        close: c.close,
        inner: { block: lastPrev.block, start: prev.close, end: c.open },
      };
      continue;
    }
    out.push(c);
  }
  return out;
}

function joins(
  doc: Doc,
  a: Candidate,
  b: Candidate,
  fa: ReturnType<typeof framesOf>[number],
  fb: ReturnType<typeof framesOf>[number],
): boolean {
  if (a.blockQuote || b.blockQuote || a.inner !== null) return false;
  const aLast = a.parts[a.parts.length - 1]!;
  const bFirst = b.parts[0]!;
  if (aLast.block !== bFirst.block || b.open < a.close) return false;
  // The first part opens its sentence (or follows a colon), or is a fragment that goes on after
  // the attribution (it ends in a comma): `a flag – “igniting,” as Reuters reported, “fears...”`.
  const before = textOf(doc, fa.before).trim();
  const aText = textOf(doc, aLast).trimEnd();
  if (before.length > 0 && !before.endsWith(':') && !aText.endsWith(',')) return false;
  const gap = { block: aLast.block, start: a.close, end: b.open };
  // A gap ending in a colon introduces the second quote: `“A.” He told the BBC: “B.”`
  if (/:\s*$/.test(textOf(doc, gap))) return false;
  const gapTokens = tokensOf(doc, gap);
  if (gapTokens.length === 0 || gapTokens.length > MAX_GAP_WORDS) return false;
  // Initials and abbreviations keep their stops in the word ("Robert M. Danin"), not in trail.
  if (gapTokens.slice(0, -1).some((t) => STOPS.test(t.trail))) return false;
  if (!parseAfter(gapTokens)) return false;
  // A title after the attribution is no second part: ", falou Tite ao programa “Grande Círculo”";
  // nor is one before it a first part: "After hitting “Takin’ It To the Streets,” the singer
  // told the audience, “...”" (the song is no one's words).
  if (isTitleCase(textOf(doc, bFirst)) || isTitleCase(aText)) return false;
  // The second part with an attribution of its own is a second quote.
  return parseAfter(tokensOf(doc, fb.after)) === null;
}
