import { type Doc, sentenceAt } from '../text/doc.ts';
import { accordingTo } from './according-to.ts';
import { type Candidate, candidateText, wordCount } from './candidate.ts';
import {
  CJK_SPEECH_AFTER,
  CJK_SPEECH_BEFORE,
  MODALS,
  THOUGHT_VERBS,
  WONDER_VERBS,
} from './data/speech-verbs.ts';
import { NAME_NOUNS_AFTER, READER_WORDS, TITLE_CUE_PAIRS, TITLE_CUES } from './data/title-cues.ts';
import { bylineName } from './embed-byline.ts';
import { type Frame, framesOf, textOf, tokensOf } from './frame.ts';
import { parseAfter } from './parse-after.ts';
import { hasSpeechVerb } from './speech-verb.ts';
import { isTitleCase } from './title-case.ts';
import type { Token } from './tokens.ts';

// A fragment of this many words or fewer is a term or a scare quote unless it is attributed
// speech on its own ("“Never,” she said.").
const SHORT = 3;
// A fragment this long is speech even without a verb nearby: nobody puts six words in scare
// quotes ("leaving “agents not equipped to deal with customers”").
const LONG = 6;

/**
 * Step 3: drop what is not a quotation of someone's words.
 * - quotes in headings (headlines) and single quoted words (“spatial”, ‘metadata’, 'n');
 * - titles of works, signs and slogans: every significant word capitalised (“The World of
 *   Tomorrow.”, “You Loved Me Like a Distant Star”), or announced by a cue word (titled
 *   “Deterministic Nonperiodic Flow.”, the term “software engineering,”, so-called “metadata”);
 * - short fragments (three words or fewer: “bad deal”, “the sharing economy.”) unless they are a
 *   whole attributed sentence;
 * - mid-sentence fragments of up to five words with no speech verb (nor "according to") in the
 *   sentence (the epithet “the father of chaos,”); longer ones, split ones (the attribution is
 *   between the parts) and Chinese or Japanese ones marked as speech stay as partial quotes.
 */
export function filterNotQuotes(doc: Doc, cands: Candidate[]): Candidate[] {
  const frames = framesOf(doc, cands);
  return cands.filter((c, i) => {
    const frame = frames[i]!;
    const text = candidateText(doc.blocks, c);
    const words = wordCount(text);
    if (words <= 1) return false;
    if (isTitleCase(text)) return false;
    // "— Josh Apte (@joshapte) November 3, 2019" under an embedded post is its byline.
    if (c.blockQuote) return bylineName(text) === null;
    const before = textOf(doc, frame.before);
    if (hasTitleCue(before) || namesAThing(doc, frame) || readerSays(doc, frame)) return false;
    if (imagined(tokensOf(doc, frame.before))) return false;
    if (before.trim() === '' && cueQuestionBefore(doc, c)) return false;
    const opensSentence = before.trim().length === 0 || /[:]\s*$/.test(before);
    if (words <= SHORT) {
      if (!opensSentence) return false;
      return parseAfter(tokensOf(doc, frame.after)) !== null || /[:,]\s*$/.test(before);
    }
    if (opensSentence || words >= LONG || c.inner !== null) return true;
    // Chinese and Japanese speech: 「明日は雨でしょう」と言った, 他说：「我们走吧」.
    if (CJK_SPEECH_AFTER.test(textOf(doc, frame.after)) || CJK_SPEECH_BEFORE.test(before))
      return true;
    const around = [...tokensOf(doc, frame.before), ...tokensOf(doc, frame.after)];
    return hasSpeechVerb(around) || accordingTo(around) !== null;
  });
}

// The words right after a closing mark: one or two lower-case words ("awareness campaign").
const NOUN_AFTER = /^\s+(?:(\p{Ll}[\p{L}-]*)\s+)?(\p{Ll}[\p{L}-]*)/u;

/**
 * A noun right after the closing mark makes the quotation a name: the “one country, two
 * systems” formula, the “Meth. We’re on it.” awareness campaign.
 */
function namesAThing(doc: Doc, frame: Frame): boolean {
  const m = NOUN_AFTER.exec(textOf(doc, frame.after));
  if (!m) return false;
  return NAME_NOUNS_AFTER.has(m[1] ?? m[2]!) || (m[1] !== undefined && NAME_NOUNS_AFTER.has(m[2]!));
}

/**
 * The reader is the speaker: `You'll look at an item and ask yourself, “Will this just end up
 * in the picture?”`, `you might say, “...”`: an imagined question, nobody's words.
 */
function readerSays(doc: Doc, frame: Frame): boolean {
  const tokens = tokensOf(doc, frame.before);
  const n = tokens.length;
  if (n === 0) return false;
  if (READER_WORDS.has(tokens[n - 1]!.lower) && hasSpeechVerb(tokens.slice(-3, -1))) return true;
  return hasSpeechVerb([tokens[n - 1]!]) && tokens.slice(-4, -1).some((t) => t.lower === 'you');
}

/**
 * Speech someone imagines others will say: a speech verb ending the text before the mark, under a
 * modal inside a thought verb's "that" clause. "Roe believes that the more he talks, the more the
 * public will tire and shout, “Enough.”" quotes nobody; "Roe said that she would add, “...”" has
 * no thought verb and stays.
 */
function imagined(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  if (n >= 2 && wondersUnderModal(tokens)) return true;
  if (n < 4 || !hasSpeechVerb([tokens[n - 1]!])) return false;
  let modal = false;
  for (let k = n - 2; k >= 1; k--) {
    const w = tokens[k]!.lower;
    if (MODALS.has(w)) modal = true;
    else if (w === 'that' && modal && THOUGHT_VERBS.has(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

// Words between a modal and the verb of wondering it governs: "will be left to wonder".
const MAX_MODAL_GAP = 4;

/**
 * A verb of wondering in the base form ends the text before the mark, a modal a few words before
 * it in the same clause: "The Carlyle Group will be left to wonder: “what did we do to deserve
 * this?”" is a thought the writer imagines. "Roe wondered: “...”" (no modal) stays.
 */
function wondersUnderModal(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  if (!WONDER_VERBS.has(tokens[n - 1]!.lower)) return false;
  for (let k = n - 2; k >= Math.max(0, n - 2 - MAX_MODAL_GAP); k--) {
    const t = tokens[k]!;
    if (t.trail !== '') return false;
    if (MODALS.has(t.lower) || /['’]ll$/.test(t.lower)) return true;
  }
  return false;
}

// At most this many words in a question that announces a slogan: "The new tagline?".
const MAX_CUE_QUESTION = 4;

/**
 * A short question ending in a cue word right before a quotation that opens its sentence: the
 * writer announces a slogan or a title, nobody speaks. "The tagline? “Fresh. Every day.”"
 */
function cueQuestionBefore(doc: Doc, c: Candidate): boolean {
  const first = c.parts[0]!;
  const s = sentenceAt(doc, first.block, c.open);
  const prev = s ? doc.sentences[s.index - 1] : undefined;
  if (!prev || prev.block !== first.block || !/\?\s*$/.test(prev.text)) return false;
  const words = prev.text.trim().split(/\s+/);
  return words.length <= MAX_CUE_QUESTION && hasTitleCue(prev.text.replace(/\?\s*$/, ''));
}

/** The words just before the opening mark announce a title or a term: "titled", "known as". */
function hasTitleCue(before: string): boolean {
  const words = lastWords(before.toLowerCase(), 2);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (TITLE_CUES.has(last)) return true;
  const pair = words.slice(-2).join(' ');
  return TITLE_CUE_PAIRS.has(pair);
}

// What is left of a word once the marks around it are cut: "(titled" -> "titled".
const WORD_EDGES = /^[^\p{L}-]+|[^\p{L}-]+$/gu;
const SPACE = /\s/;

/**
 * The last n words of a text split at white space, each cut of the marks around it, the empty
 * ones left out: the same as splitting the whole text, read from its end only, as the cue is in
 * the last two words and the text before a quotation can run to a whole sentence.
 * Example: lastWords("the film, titled (", 2) is ["film", "titled"].
 */
function lastWords(text: string, n: number): string[] {
  const out: string[] = [];
  let end = text.length;
  while (out.length < n) {
    while (end > 0 && SPACE.test(text[end - 1] as string)) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
    const chunk = text.slice(start, end);
    // A chunk between ASCII letters or hyphens has no marks to cut ("titled", not "(titled").
    const bare =
      letterOrHyphen(chunk.charCodeAt(0)) && letterOrHyphen(chunk.charCodeAt(chunk.length - 1));
    const word = bare ? chunk : chunk.replace(WORD_EDGES, '');
    if (word.length > 0) out.unshift(word);
    end = start;
  }
  return out;
}

function letterOrHyphen(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
}
