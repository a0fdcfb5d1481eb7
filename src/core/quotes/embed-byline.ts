import type { Doc } from '../text/doc.ts';
import { creditName } from './credit-line.ts';
import { readNameForward } from './names.ts';
import { tokenize } from './tokens.ts';

// The byline of an embedded post, on its own line under the post: "— Josh Apte (@joshapte)
// November 3, 2019". The name is the post's author; the line itself is no quotation.
const BYLINE = /^\s*[—–-]\s*([^()@\n]{2,80}?)\s*\(@\w{1,30}\)/u;
// An embedded post runs over at most this many block-quote paragraphs before its byline.
const MAX_POST_BLOCKS = 4;

/**
 * The author's name when the text is the byline of an embedded post, else null; a title is no
 * part of it: "— Rep. Ilhan Omar (@IlhanMN)" gives "Ilhan Omar".
 */
export function bylineName(text: string): string | null {
  const m = BYLINE.exec(text);
  if (!m) return null;
  const written = m[1]!.trim();
  const run = readNameForward(tokenize(written), 0);
  return run ? run.name : written;
}

/**
 * The author named by the byline that closes the embedded post holding block b: the first
 * byline among the block quotes from b on. Example: the post "The air quality in Delhi was
 * horrific on Sunday ..." followed by "— Josh Apte (@joshapte) November 3, 2019" is Josh Apte's.
 * A credit line right after the block quotes names their source the same way: a review round-up's
 * "Stadia is Google's attempt to make cloud gaming happen ..." followed by the paragraph
 * "[ Engadget ]" is Engadget's (see credit-line.ts).
 */
export function embedAuthor(doc: Doc, b: number): string | null {
  for (let k = b; k < doc.blocks.length && k < b + MAX_POST_BLOCKS; k++) {
    const block = doc.blocks[k]!;
    if (block.kind !== 'quote')
      return k > b && block.kind === 'paragraph' ? creditName(block.text) : null;
    const name = bylineName(block.text);
    if (name) return name;
  }
  return null;
}
