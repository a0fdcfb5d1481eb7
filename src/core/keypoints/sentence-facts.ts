import { anyPattern } from '../text/any-pattern.ts';
import type { Doc } from '../text/doc.ts';
import { countWords } from '../text/words.ts';
import type { Block } from '../types.ts';
import { BOILERPLATE_PATTERNS } from './boilerplate-patterns.ts';
import {
  CAPTION_OPENING,
  CREDIT_LINE,
  PICTURE_AGENCY,
  TRAILING_CREDIT,
} from './caption-patterns.ts';
import {
  DANGLING_PHRASES_EN,
  DANGLING_STARTS,
  DUMMY_IT,
  TIME_AFTER_DEMONSTRATIVE,
} from './dangling-starts.ts';
import { DATELINE } from './datelines.ts';
import { QUOTE_CLOSERS, QUOTE_OPENERS } from './quote-marks.ts';
import { quoteStates } from './quote-state.ts';
import { READER_PATTERNS } from './reader-patterns.ts';
import { SPEECH_VERBS } from './speech-verbs.ts';

/** Why a sentence can never be a key point. */
export type Exclusion =
  /** A heading after the body has started, a caption block, code. */
  | 'block'
  /** No end punctuation ("Photo", "Gallery: Xbox One X | 14 Photos"), a lowercase fragment, an aside in brackets. */
  | 'not-prose'
  | 'boilerplate'
  | 'question'
  /** Addressed to the reader or announcing what follows. */
  | 'reader'
  /** Too short to stand alone and nothing before it to join. */
  | 'too-short';

export interface SentenceFacts {
  excluded: Exclusion | null;
  /** Makes sense only after the sentence before it: "He said...", "But...", a quote's tail. */
  needsPrevious: boolean;
  /** Leaves a quotation open that the next sentence closes. */
  needsNext: boolean;
  /** Where the key-point text starts in the sentence: after a dateline, else 0. */
  textStart: number;
  words: number;
}

// A sentence ends with . ! ? or … and maybe closing quotes or brackets.
const TERMINAL = /[.!?…][)\]"'”’»“«]*$/;
const TRAILING_CLOSERS = /[)\]"'”’»“«]+$/;
// A sentence opens with a capital, a digit, a quote or bracket, or a letter of a caseless script.
const OPENING = /^[\p{Lu}\p{Lt}\p{N}\p{Lo}"'“‘«„»([¿¡]/u;
const ASIDE = /^\(.*\)[.!?]?$/s;
const LEADING_QUOTES = /^[“"«„»‘'(]+/;
const FIRST_WORDS = /^[\p{L}\p{N}'’-]+/u;
// The dangling phrases by their first word: a sentence can only start with "as a result" if its
// first word is "as" (the phrase is followed by a space or a comma, never by a word character),
// so a sentence tries the two or three phrases of its first word, not all of them.
const DANGLING_PHRASES_BY_FIRST_WORD = new Map<string, string[]>();
for (const p of DANGLING_PHRASES_EN) {
  const first = FIRST_WORDS.exec(p)?.[0] ?? '';
  const group = DANGLING_PHRASES_BY_FIRST_WORD.get(first);
  if (group) group.push(p);
  else DANGLING_PHRASES_BY_FIRST_WORD.set(first, [p]);
}
// Every sentence is tested against all of these: joined, a sentence is read once, not 20 times.
const IS_BOILERPLATE = anyPattern(BOILERPLATE_PATTERNS);
const IS_READER = anyPattern(READER_PATTERNS);

/** Sentences of fewer words than this cannot stand alone: "It failed.", "About 23,000 die." */
export const MIN_WORDS_ALONE = 5;
/** A heading counts as a sentence of the body (a dek, an opening paragraph set as h2) only if this long. */
const MIN_HEADING_WORDS = 8;
/** Captions are short: a block of more sentences than this is not one, whatever it mentions. */
const MAX_CAPTION_SENTENCES = 3;

/** What the key-point rules know about each sentence of the document, by sentence index. */
export function describeSentences(doc: Doc, english: boolean): SentenceFacts[] {
  const quotes = quoteStates(doc);
  const lang = (doc.lang ?? 'en').toLowerCase().slice(0, 2);
  const dangling = DANGLING_STARTS[english ? 'en' : lang];
  const facts: SentenceFacts[] = [];
  let bodyStarted = false;
  doc.blocks.forEach((block, b) => {
    const indexes = doc.sentencesOf[b] ?? [];
    const blockExcluded = isCaptionBlock(block, indexes.length) || block.kind === 'preformatted';
    indexes.forEach((i, k) => {
      const s = doc.sentences[i];
      if (!s) return;
      const dateline = k === 0 ? DATELINE.exec(s.text) : null;
      const textStart = dateline ? dateline[0].length : 0;
      const text = s.text.slice(textStart);
      // Counted in the block's text (see countWords): the same words as in `text`.
      const words = countWords(block.text, s.start + textStart, s.end);
      const f: SentenceFacts = {
        excluded: null,
        needsPrevious: false,
        needsNext: false,
        textStart,
        words,
      };
      facts[i] = f;
      if (blockExcluded) f.excluded = 'block';
      else if (block.kind === 'heading' && (bodyStarted || words < MIN_HEADING_WORDS)) {
        // "Hardware", "The Birth of Chaos", "Cities are changing fast." (a promo mid-body).
        f.excluded = 'block';
      } else f.excluded = excludedText(text);
      if (f.excluded !== null) return;
      if (block.kind === 'paragraph') bodyStarted = true;
      const q = quotes[i];
      if (q?.startsInside || isWholeQuote(text)) f.needsPrevious = true;
      if (q?.endsInside) f.needsNext = true;
      if (english && isSpeechTail(text, words)) f.needsPrevious = true;
      if (dangling && startsDangling(text, dangling, english)) f.needsPrevious = true;
      if (words < MIN_WORDS_ALONE) {
        // A short follow-on joins the sentence before it in its paragraph, or is dropped.
        if (k > 0) f.needsPrevious = true;
        else f.excluded = 'too-short';
      }
    });
  });
  return facts;
}

function isCaptionBlock(block: Block, sentences: number): boolean {
  if (block.kind === 'caption') return true;
  if (sentences > MAX_CAPTION_SENTENCES) return false;
  const t = block.text;
  return (
    TRAILING_CREDIT.test(t) ||
    CREDIT_LINE.test(t) ||
    CAPTION_OPENING.test(t) ||
    PICTURE_AGENCY.test(t)
  );
}

function excludedText(text: string): Exclusion | null {
  if (!TERMINAL.test(text) || !OPENING.test(text) || ASIDE.test(text)) return 'not-prose';
  if (IS_BOILERPLATE(text)) return 'boilerplate';
  if (IS_READER(text)) return 'reader';
  if (isQuestion(text)) return 'question';
  return null;
}

/**
 * A question of the article's own ("Where do relations go from here?"), not a statement that
 * quotes one ("...asking if there were “any un-angry Trump supporters?”").
 */
function isQuestion(text: string): boolean {
  const closers = TRAILING_CLOSERS.exec(text)?.[0] ?? '';
  const core = text.slice(0, text.length - closers.length);
  if (!core.endsWith('?')) return false;
  const quotedInside = [...closers].some((c) => QUOTE_CLOSERS.includes(c));
  if (!quotedInside) return true;
  // The quotation holding the question opened mid-sentence: the sentence itself states.
  return QUOTE_OPENERS.includes(text[0] as string);
}

/** The whole sentence is one quotation, so it does not say who speaks: “It can’t be repaired.” */
function isWholeQuote(text: string): boolean {
  if (!QUOTE_OPENERS.includes(text[0] as string)) return false;
  for (let i = 1; i < text.length; i++) {
    if (QUOTE_CLOSERS.includes(text[i] as string)) {
      return /^[\s.!?…)\]]*$/.test(text.slice(i + 1));
    }
  }
  return false;
}

/** "Rothman recalls thinking at the time." after a quotation the splitter cut off. */
function isSpeechTail(text: string, words: number): boolean {
  return words <= 6 && !QUOTE_OPENERS.includes(text[0] as string) && SPEECH_VERBS.test(text);
}

// The regexes of startsDangling, made once (a literal in the function is a new object at each
// call, and it runs on every sentence): what ends a dangling phrase ("As a result, ..."), the
// second word ("This week ..." -> "week"), the clitic cut from the first ("it’s" -> "it").
const AFTER_PHRASE = /[\s,]/;
const SECOND_WORD = /^\S+\s+([\p{L}]+)/u;
const FROM_APOSTROPHE = /['’].*$/;

function startsDangling(text: string, words: ReadonlySet<string>, english: boolean): boolean {
  // Inside a quotation the speaker's "this" or "it" is the speaker's own reference.
  if (LEADING_QUOTES.test(text) && !text.startsWith('(')) return false;
  const lower = text.toLowerCase();
  const first = FIRST_WORDS.exec(lower)?.[0] ?? '';
  if (english) {
    const phrases = DANGLING_PHRASES_BY_FIRST_WORD.get(first);
    if (phrases?.some((p) => lower.startsWith(p) && AFTER_PHRASE.test(lower[p.length] ?? ''))) {
      return true;
    }
    if (first === 'it' || first === 'it’s' || first === "it's") {
      if (DUMMY_IT.test(lower)) return false;
      return true;
    }
    if (first === 'this' || first === 'that') {
      const next = SECOND_WORD.exec(lower)?.[1] ?? '';
      if (TIME_AFTER_DEMONSTRATIVE.has(next)) return false;
    }
  }
  const bare = first.replace(FROM_APOSTROPHE, '');
  return words.has(bare);
}
