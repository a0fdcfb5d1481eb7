import type { Candidate } from './candidate.ts';
import { HEDGE_BEFORE_ADJECTIVE } from './data/hedges.ts';
import {
  COMPARED_AFTER,
  DETERMINER,
  MULTIPLE_ADJECTIVES,
  MULTIPLE_VERB_FORMS,
  MULTIPLE_WORDS,
  VERB_FORM_BEFORE,
  VERB_FORM_NOT_BEFORE,
} from './data/number-words.ts';
import { hedgeBefore } from './hedge.ts';
import { tokenBefore } from './text-around.ts';

// The words of MULTIPLE_WORDS, whole words, any case ("Twice", "TRIPLED").
const MULTIPLE = new RegExp(
  String.raw`\b(?:${[...MULTIPLE_WORDS.keys(), ...MULTIPLE_VERB_FORMS.keys()].join('|')})\b`,
  'gi',
);

// The verb of the idiom "think twice", in any form, right before "twice".
const THINK_BEFORE = /\b(?:think|thinks|thinking|thought)\s+$/i;

// A hedge between an auxiliary and a multiple verb (matched on the text just before the verb).
const HEDGE_BETWEEN = /\b(?:more than|nearly|almost|roughly|about|at least)\s+$/i;

/**
 * English multiples said by a word alone, as complete candidates (unit "times"): "The firm's
 * revenue nearly tripled" -> "nearly tripled" (3 times, hedged); "Its progress was delayed
 * twice" -> "twice" (2 times). They skip 01-scan and 03-unit: there is no number to read and no
 * unit after them to attach ("tripled in the fourth quarter" is not a count of quarters).
 */
export function scanMultiples(text: string, block: number): Candidate[] {
  const out: Candidate[] = [];
  MULTIPLE.lastIndex = 0;
  for (let m = MULTIPLE.exec(text); m; m = MULTIPLE.exec(text)) {
    const end = m.index + m[0].length;
    const word = m[0].toLowerCase();
    if (
      !MULTIPLE_WORDS.has(word) &&
      !isVerbForm(text, m.index, end, word) &&
      !isComparedMultiple(text, m.index, end, word)
    ) {
      continue;
    }
    // A past tense before "down", "up", "as", "over" is a phrasal verb, not a multiple: "Noem
    // ... doubled down on the slogan", "the pods doubled as cabins" (not "twice as much").
    if (word.endsWith('ed') && VERB_FORM_NOT_BEFORE.test(text.slice(end, end + 8))) continue;
    // "Think twice before you spend any $1 bill" (dailymail), "cause educators to think twice
    // about the profession" (washingtontimes): to hesitate, nothing done two times.
    if (word === 'twice' && THINK_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)))
      continue;
    const hedge = hedgeBefore(text, m.index);
    out.push({
      block,
      start: hedge ?? m.index,
      end,
      numStart: m.index,
      numEnd: end,
      digits: false,
      value: MULTIPLE_WORDS.get(word) ?? MULTIPLE_VERB_FORMS.get(word) ?? null,
      unit: 'times',
      kind: 'multiple',
      // The word is its own unit word: "twice a day" twice is one fact, "will double" another.
      noun: m[0],
      scale: 1,
      hedged: hedge !== null,
      joined: false,
    });
  }
  return out;
}

/**
 * A multiple said by the adjective, comparing two amounts with no verb: hedged ("The rates of
 * illness were approximately double in those who wore surgical masks", arstechnica; "Bitcoin's
 * current value ... is nearly double what it was", cnbc; "nearly double the EGRP's projected 12%
 * target", blind 9's qz) or before what it multiplies ("across 32 pages – double the size of the
 * previous pamphlet", metro). Not after a determiner ("hit a double that scored two runs"), nor
 * hyphened or before "as", "up" ("a double-arm transplant", "double as an office").
 */
function isComparedMultiple(text: string, start: number, end: number, word: string): boolean {
  if (!MULTIPLE_ADJECTIVES.has(word) || VERB_FORM_NOT_BEFORE.test(text.slice(end, end + 8))) {
    return false;
  }
  if (HEDGE_BEFORE_ADJECTIVE.test(text.slice(Math.max(0, start - 20), start))) return true;
  if (!COMPARED_AFTER.test(text.slice(end, end + 6))) return false;
  const prev = tokenBefore(text, start);
  return !(prev?.word && DETERMINER.test(prev.text));
}

/**
 * "will double the world's total", "is doubling every five months": the verb after its
 * auxiliary (not "a double-arm transplant", "a doubling in profit", "could double as an office").
 */
function isVerbForm(text: string, start: number, end: number, word: string): boolean {
  let prev = tokenBefore(text, start);
  // A hedge may sit between the auxiliary and the verb: "would more than double its
  // production", "to more than triple that figure", "could nearly double".
  const hedge = prev?.word ? HEDGE_BETWEEN.exec(text.slice(Math.max(0, start - 12), start)) : null;
  if (hedge) prev = tokenBefore(text, start - hedge[0].length);
  if (!prev?.word) return false;
  const form = VERB_FORM_BEFORE.get(prev.text.toLowerCase());
  if (form !== (word.endsWith('ing') ? 'ing' : 'base')) return false;
  return !VERB_FORM_NOT_BEFORE.test(text.slice(end, end + 8));
}
