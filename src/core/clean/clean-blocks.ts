import type { Article, Block } from '../types.ts';
import { isAuthorBio, isByline } from './author-lines.ts';
import { isFurnitureLine, isListTitle } from './furniture-line.ts';
import { isDateLine } from './is-date-line.ts';

/** What the text rules may use besides the blocks: the article's metadata. */
export type CleanMeta = Partial<Pick<Article, 'authors' | 'title'>>;

// A paragraph this long with a full stop is story text: it bounds the leading and trailing zones
// where bylines, dates and author bios sit.
const STORY_PARAGRAPH = 150;

// After a "You may also like" title, shorter blocks than this are teaser headlines.
const TEASER = 120;

/**
 * Text rules that remove what Readability leaves in and is not the story: labels and buttons
 * ("Advert", "Comments"), pointers ("Read more: ..."), promotions and newsletter boxes, picture
 * credits, date lines, bylines and the authors' bios, a repeat of the title, captions that repeat
 * a paragraph, and the teaser headlines under a "You may also like" title. Pass the article's
 * metadata to recognise its authors' bylines and bios. Never merges or rewrites story text.
 */
export function cleanBlocks(input: Block[], meta: CleanMeta = {}): Block[] {
  return judgeBlocks(input, meta)
    .filter((j) => j.reason === null)
    .map((j) => j.block);
}

/** Why a block was dropped, or null when it is kept. */
export type DropReason =
  | 'empty'
  | 'list-title'
  | 'teaser'
  | 'furniture'
  | 'date'
  | 'byline'
  | 'bio'
  | 'title'
  | 'repeat';

/** Every block with the reason it is dropped (null when kept): cleanBlocks, explained. */
export function judgeBlocks(
  input: Block[],
  meta: CleanMeta = {},
): { block: Block; reason: DropReason | null }[] {
  const authors = meta.authors ?? [];
  const title = comparable(meta.title ?? '');
  const blocks = input.map((b) => ({ ...b, text: b.text.replace(/\s+/g, ' ').trim() }));
  const [first, last] = storyBounds(blocks);
  const bodyText = new Set(
    blocks.filter((b) => b.kind !== 'caption' && b.kind !== 'quote').map((b) => b.text),
  );
  let inTeasers = false;
  return blocks.map((b, i) => {
    const reason = judge(b, i);
    return { block: b, reason };
  });

  function judge(b: Block, i: number): DropReason | null {
    if (!HAS_WORD.test(b.text)) return 'empty';
    const nearEdge = i < first || i > last;
    if (inTeasers) {
      if (b.kind !== 'heading' && b.text.length < TEASER) return 'teaser';
      inTeasers = false;
    }
    if (isListTitle(b.text)) {
      inTeasers = true;
      return 'list-title';
    }
    if (isFurnitureLine(b.text)) return 'furniture';
    if (nearEdge && isDateLine(b.text)) return 'date';
    if ((nearEdge || b.text.length < 80) && isByline(b.text, authors)) return 'byline';
    if (isAuthorBio(b.text, authors, nearEdge)) return 'bio';
    // The headline repeated above the story ("<h1>" kept by Readability).
    if (i <= first && title && comparable(b.text) === title) return 'title';
    // A caption or pull quote that repeats a paragraph.
    if ((b.kind === 'caption' || b.kind === 'quote') && repeats(b.text, bodyText)) return 'repeat';
    return null;
  }
}

// A block with no letter, digit or underscore ("|", "%", "•") carries nothing; a "___" rule
// between the entries of a live blog is kept as the page wrote it.
const HAS_WORD = /[\p{L}\p{N}_]/u;

/**
 * Index of the first and last story paragraph (long, with a sentence end). Short articles (a
 * results table, a few lines) are bounded by their first and last sentence of SHORT_STORY
 * characters; with none, the whole article counts as story, so nothing is "near the edge".
 */
function storyBounds(blocks: Block[]): [number, number] {
  for (const min of [STORY_PARAGRAPH, SHORT_STORY]) {
    let first = -1;
    let last = -1;
    blocks.forEach((b, i) => {
      if (b.kind === 'heading' || b.text.length < min || !SENTENCE_END.test(b.text)) return;
      if (first < 0) first = i;
      last = i;
    });
    if (first >= 0) return [first, last];
  }
  return [0, blocks.length - 1];
}

const SHORT_STORY = 60;
const SENTENCE_END = /[.!?。…"”»:]/;

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function repeats(caption: string, body: Set<string>): boolean {
  for (const text of body) if (text !== caption && text.includes(caption)) return true;
  return false;
}
