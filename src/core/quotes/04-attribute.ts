import type { Doc } from '../text/doc.ts';
import { sentenceAt } from '../text/doc.ts';
import { type Attribution, other } from './attribution.ts';
import { type Candidate, candidateText } from './candidate.ts';
import { coordinatedSubject, coordinatorBefore } from './clause-subject.ts';
import { dashCredit } from './dash-credit.ts';
import { DESCRIBE_AS_VERBS } from './data/speech-verbs.ts';
import { firstName } from './first-name.ts';
import { framesOf, textOf, tokensOf } from './frame.ts';
import { parseAfter } from './parse-after.ts';
import { parseBefore } from './parse-before.ts';
import { parseSentence } from './parse-sentence.ts';
import { speakerBefore } from './speaker-before.ts';
import { hasSpeechVerb } from './speech-verb.ts';
import type { Token } from './tokens.ts';

// Leading characters to look past for the first letter: "[T]he", "… Fares", "@Uber_Sydney".
const LEAD = /^[^\p{L}\p{N}]*/u;
const ENDS_SPEECH = /[.,!?…;:—–-]$/;
// Words that coordinate a second verb with the first: "conceded ... but said".
const COORDINATORS = new Set(['and', 'but']);
// The sentence after a quote is its attribution only when short ("Rothman recalls thinking at
// the time."), or when its name and role lead to the verb (closedApposition).
const MAX_NEXT_WORDS = 12;

/**
 * Step 4: find who said each quote, in its own sentence, nearest first:
 * 1. between the parts of a split quote (`“A,” he said, “B.”`);
 * 2. right after it: "said X", "X said", "X, role, said", "X told Reuters", "as Reuters
 *    reported", "according to X";
 * 3. right before it, ending in a comma or colon: "Lorenz had written,", "As the report states:",
 *    a colon introduction whose sentence names the speaker ("De Miranda ... in his
 *    introduction:");
 * 4. anywhere else in the sentence next to a speech verb ("Steve Jobs said that, once you use
 *    it, “you can’t go back.”").
 * What is found may be a name, a pronoun, a descriptor ("the report") or an unnamed someone;
 * 05-resolve-names.ts turns it into a full name, and handles quotes with no attribution of their
 * own (the speaker of the sentence before, the last speaker for a continued quote). Also decides
 * `partial`: the quote is a fragment of the writer's own sentence.
 */
export function attribute(doc: Doc, cands: Candidate[]): Candidate[] {
  const frames = framesOf(doc, cands);
  return cands.map((c, i) => {
    const frame = frames[i]!;
    const before = textOf(doc, frame.before);
    const beforeTokens = tokensOf(doc, frame.before);
    const afterTokens = tokensOf(doc, frame.after);
    const text = candidateText(doc.blocks, c);
    const colon = /:\s*$/.test(before);
    let attr = c.inner ? parseAfter(tokensOf(doc, c.inner)) : null;
    let how = 'split';
    // A colon introduction speaks for the quote before anything after it: "Uber ... tweeted
    // this announcement: “...” As Mashable reports, ..." is Uber's.
    if (!attr && colon) {
      attr = parseBefore(beforeTokens, true);
      how = 'before';
    }
    // An introduction ending at the mark with a speech verb and a comma speaks for the quote even
    // when an attribution follows it: in `he recalled that he said, “...,” the office said.` the
    // office only reports his words.
    if (!attr && !colon) {
      attr = introduction(beforeTokens);
      how = 'before';
    }
    // "“...” – Charles Dickens, A Christmas Carol": a credit after a dash (dash-credit.ts).
    if (!attr) {
      attr = dashCredit(doc, c);
      how = 'after';
    }
    if (!attr) {
      attr =
        afterTokens.length > 0
          ? parseAfter(afterTokens)
          : before.trim() === ''
            ? nextSentence(doc, c, text)
            : null;
      how = 'after';
    }
    if (!attr && /,\s*$/.test(before)) {
      attr = parseBefore(beforeTokens, false);
      how = 'before';
    }
    // A quote filling a parenthesis is evidence of what the sentence's subject said, not of a
    // verb nearer it: in "She says when she and Mumolo were writing the scene (“Can that be the
    // title of the piece?”), it wasn't ..." she speaks, not Mumolo, who was writing.
    if (!attr && /\(\s*$/.test(before) && /^\s*\)/.test(textOf(doc, frame.after))) {
      attr = parenthesised(beforeTokens, afterTokens);
      how = 'parenthesis';
    }
    if (!attr) {
      attr = parseSentence(beforeTokens, afterTokens) ?? coordinated(doc, c, beforeTokens);
      how = 'sentence';
    }
    if (!attr) {
      attr = describedAs(beforeTokens);
      how = 'before';
    }
    // A pronoun read before the quote: where it is written (see Attribution.at).
    if (attr?.kind === 'pronoun' && how === 'before' && beforeTokens[attr.first])
      attr = { ...attr, at: beforeTokens[attr.first]!.start };
    return {
      ...c,
      attr,
      how: attr ? how : 'none',
      partial: isPartial(c, text, before, afterTokens, attr !== null && how === 'after'),
    };
  });
}

/**
 * The speaker of a speech verb that ends the text before the mark with a comma: "Jane Roe
 * said,", "he recalled that he said,", "He called her a liar and said,". A name, a pronoun or a
 * described body right before the verb, or the subject of a coordinated verb; else null.
 */
function introduction(before: readonly Token[]): Attribution | null {
  const v = before.length - 1;
  if (v < 1 || before[v]!.trail !== ',' || !hasSpeechVerb([before[v]!])) return null;
  if (coordinatorBefore(before, v) >= 0) return coordinatedSubject(before, v);
  const attr = speakerBefore(before, v);
  return attr && attr.kind !== 'anonymous' ? attr : null;
}

// Words between a describing verb and the "as" before the quote: "introduced Cook to the
// Dreamforce audience as".
const MAX_DESCRIBED = 8;

/**
 * "Benioff introduced Cook to the Dreamforce audience as “someone who ...”": the subject of a
 * describing verb (DESCRIBE_AS_VERBS) a few words before an "as" that ends the text before the
 * mark speaks. A name or a pronoun right before the verb; else null.
 */
function describedAs(before: readonly Token[]): Attribution | null {
  const n = before.length;
  if (n < 3 || before[n - 1]!.lower !== 'as' || before[n - 1]!.trail !== '') return null;
  for (let v = n - 2; v >= Math.max(1, n - 2 - MAX_DESCRIBED); v--) {
    if (before[v]!.trail !== '' && v < n - 2) return null;
    if (!DESCRIBE_AS_VERBS.has(before[v]!.lower)) continue;
    const attr = speakerBefore(before, v);
    return attr && (attr.kind === 'name' || attr.kind === 'pronoun') ? attr : null;
  }
  return null;
}

// He and she: the subject a parenthesised quote is evidence of.
const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/**
 * The speaker of a quotation that fills a parenthesis, given as evidence of what the sentence's
 * subject said or did: "After denying that he or his staff had met the donor (“We have never
 * spoken to him”), he now ...". The first he/she of the sentence, or a name opening it.
 */
function parenthesised(before: readonly Token[], after: readonly Token[]): Attribution | null {
  for (const [k, t] of before.entries()) {
    if (SUBJECT_PRONOUNS.has(t.lower) && t.trail === '')
      return { ...other('pronoun', k, k, { pronoun: t.lower }), at: t.start };
  }
  const name = firstName(before, before.length);
  if (name && name.first === 0) return name;
  for (const t of after) {
    if (SUBJECT_PRONOUNS.has(t.lower)) return other('pronoun', 0, 0, { pronoun: t.lower });
  }
  return null;
}

/**
 * A speech verb coordinated with an earlier verb, its subject before an earlier quote of the
 * same sentence: "EC spokeswoman Marja Quillinan-Meiland conceded there were “grey areas” but
 * said “these are not as big as the airlines are making out”". The subject is the sentence's
 * first name outside quotation marks.
 */
function coordinated(doc: Doc, c: Candidate, before: readonly Token[]): Attribution | null {
  const n = before.length;
  if (n < 2 || !COORDINATORS.has(before[n - 2]!.lower) || !hasSpeechVerb([before[n - 1]!]))
    return null;
  const first = c.parts[0]!;
  const s = sentenceAt(doc, first.block, c.open);
  if (!s) return null;
  const narrative: Token[] = [];
  let inQuote = false;
  for (const t of tokensOf(doc, { block: first.block, start: s.start, end: c.open })) {
    if (t.opens) inQuote = true;
    if (!inQuote) narrative.push(t);
    if (t.closes) inQuote = false;
  }
  return firstName(narrative, narrative.length);
}

/**
 * The attribution in the sentence after a quote that ends its own sentence, when that sentence
 * opens with the speaker and a speech verb: `“Jesus … who is Ellen Fetter?” Rothman recalls
 * thinking at the time.` (the splitter ends a sentence at `?”` before a capital). "As Mashable
 * reports, ..." after a quote does not open with the speaker and is not taken.
 */
function nextSentence(doc: Doc, c: Candidate, text: string): Attribution | null {
  if (!/[?!.…]$/.test(text.trimEnd())) return null;
  const last = c.parts[c.parts.length - 1]!;
  const s = sentenceAt(doc, last.block, c.close + 1) ?? sentenceAt(doc, last.block, c.close + 2);
  if (!s || s.start < c.close) return null;
  const between = (doc.blocks[last.block]?.text ?? '').slice(c.close, s.start);
  if (between.trim().length > 0) return null;
  const tokens = tokensOf(doc, { block: last.block, start: s.start, end: s.end });
  const attr = parseAfter(tokens);
  if (attr?.first !== 0) return null;
  if (attr.verb <= 4 && (tokens.length <= MAX_NEXT_WORDS || closedVerb(tokens, attr.verb)))
    return attr;
  // A name opening the sentence with a role set off by commas before the verb, however long:
  // `“... this deal?” Jane Roe, the former director for China at the IMF, said at an event.`
  return attr.kind === 'name' && closedApposition(tokens, attr.verb) ? attr : null;
}

// Words after the verb before the comma that closes its clause: "Trump tweeted on Monday,".
const MAX_VERB_TAIL = 4;

/**
 * Whether the speech verb at v ends its clause within a few words, at a comma or a dash, with no
 * object of its own: in `“Just met with General Petraeus!” Trump tweeted on Monday, thickening the
 * intrigue over ...` the quote is what he tweeted, however long the sentence goes on. In `“Why?”
 * Roe said the plan would cost more than ...` the verb has its own object: no attribution.
 */
function closedVerb(tokens: readonly Token[], v: number): boolean {
  for (let k = v; k < Math.min(tokens.length - 1, v + MAX_VERB_TAIL); k++) {
    const t = tokens[k]!;
    if (t.lower === 'that') return false;
    if (t.trail === ',' || /^\s*[—–-]/u.test(t.trail)) return true;
    if (t.trail !== '') return false;
  }
  return false;
}

// The name before an apposition has at most this many words.
const MAX_NAME_WORDS = 4;

/** Whether the verb at v follows a role set off by commas after a name opening the tokens. */
function closedApposition(tokens: readonly Token[], v: number): boolean {
  if (tokens[v - 1]?.trail !== ',') return false;
  for (let k = 0; k < Math.min(v - 1, MAX_NAME_WORDS); k++) {
    if (tokens[k]!.trail === ',') return true;
    if (tokens[k]!.trail !== '') return false;
  }
  return false;
}

/**
 * A fragment grafted into the writer's sentence rather than a quotation standing on its own:
 * it starts in lower case ("you can’t go back."), or narrative leads into it without a comma or
 * colon ("he would seek “real breakthroughs...”"), or it ends without punctuation and the
 * writer's sentence goes on ("“Now it’s hard to see what could persuade the Palestinians” to
 * hold up on their ICC plans").
 */
function isPartial(
  c: Candidate,
  text: string,
  before: string,
  after: readonly Token[],
  attributedAfter: boolean,
): boolean {
  if (c.blockQuote) return false;
  const first = text.replace(LEAD, '');
  if (/^\p{Ll}/u.test(first)) return true;
  const lead = before.trim();
  if (lead.length > 0 && !/[,:]$/.test(lead)) return true;
  if (!ENDS_SPEECH.test(text.trimEnd()) && !attributedAfter) {
    const next = after.find((t) => t.word.length > 0);
    // "..., acrescentou o comandante": a speech verb after it is an attribution, not narrative.
    if (next && /^\p{Ll}/u.test(next.word) && !hasSpeechVerb([next])) return true;
  }
  return false;
}
