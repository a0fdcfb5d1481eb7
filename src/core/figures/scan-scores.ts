import type { Candidate } from './candidate.ts';
import { MONTHS } from './data/months.ts';
import {
  SCORE_CUES_BEFORE,
  SCORE_NOUNS_AFTER,
  SCORE_WORDS_AFTER,
  VOTE_WORDS,
} from './data/score-cues.ts';
import { isWordChar, tokenAfter, tokensBefore } from './text-around.ts';

// One set or game result, with an optional tie-break in brackets: "6-4", "7-6 (5)", "112-107".
const SET = String.raw`\d{1,3}[-–]\d{1,3}(?: ?\(\d{1,2}\))?`;
// A result and the sets that follow it: "6-4, 7-6 (5)", "7-5, 3-6, 7-6 (5)". Not inside a longer
// run of numbers ("1-800-555-0199", "2019-20", "3.5-4", "$10-20", "10-15%").
const SCORE = new RegExp(
  String.raw`(?<![\d.,$€£/:-])${SET}(?:, ${SET})*(?![\d%/.,]\d|[-–]\d|%)`,
  'g',
);
// How far back a result word may be: "topped Jarry and Hans Podlipnik-Castillo 6-3".
const CUE_WINDOW = 8;
// Sentence ends and brackets: a cue past them is about another sentence.
const CLAUSE_END = /^[.!?;:()"“”]$/;

/**
 * Sports results, as complete candidates with no single value: "a 2-1 win over Russia",
 * "defeated Khachanov and Rublev 6-4, 7-6 (5)", "112-107 over the Thunder". The issue counts
 * scores as figures where they are the news, so a pair of numbers joined by a dash is a score
 * only beside a result word (see data/score-cues.ts), and only when no counted noun follows it:
 * "a 3-2 vote", "10-15 years", "ages 25-54", "March 10-12" stay as 04-range reads them.
 */
export function scanScores(text: string, block: number): Candidate[] {
  const out: Candidate[] = [];
  SCORE.lastIndex = 0;
  for (let m = SCORE.exec(text); m; m = SCORE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordChar(text[start - 1]) || isWordChar(text[end])) continue;
    const next = tokenAfter(text, end);
    const nextWord = next?.word ? next.text.toLowerCase() : null;
    if (nextWord !== null && !SCORE_NOUNS_AFTER.has(nextWord) && !SCORE_WORDS_AFTER.has(nextWord)) {
      continue;
    }
    if (!(nextWord !== null && SCORE_NOUNS_AFTER.has(nextWord)) && !cueBefore(text, start))
      continue;
    out.push(scoreCandidate(block, start, end, start));
  }
  return out;
}

/** A score as a figure candidate: no value or unit of its own ("6-4", "Wild 4, Sabres 1"). */
function scoreCandidate(block: number, start: number, end: number, numStart: number): Candidate {
  return {
    block,
    start,
    end,
    numStart,
    numEnd: end,
    digits: true,
    value: null,
    unit: null,
    kind: 'score',
    noun: null,
    scale: 1,
    hedged: false,
    joined: true,
  };
}

/**
 * A roundup's results line, opening its paragraph: "Wild 4, Sabres 1: Zach Parise scored twice",
 * "Senators 4, Red Wings 3 (OT): ...". Each team is one to three capitalised words; the colon
 * after the second number says the paragraph is that game's report (not "Apple 3, Google 2 and
 * Meta 1 led the ranking", with no colon).
 */
const RESULTS_LINE =
  /^(?:\p{Lu}[\p{L}.'’&-]*\s+){1,3}(\d{1,3}),\s+(?:\p{Lu}[\p{L}.'’&-]*\s+){1,3}\d{1,3}(?=(?:\s*\([A-Z\d]{1,3}\))?\s*:)/u;

/** The results line opening a paragraph, as a score candidate (see RESULTS_LINE), or null. */
export function scanResultsLine(text: string, block: number): Candidate | null {
  const m = RESULTS_LINE.exec(text);
  if (!m) return null;
  return scoreCandidate(block, 0, m[0].length, m[0].indexOf(m[1] as string));
}

/** Whether a paragraph opens on a roundup's results line ("Wild 4, Sabres 1: ..."). */
export function opensOnResultsLine(text: string): boolean {
  return RESULTS_LINE.test(text);
}

/**
 * A result word in the words before, in the same clause, and no word of a vote there ("won the
 * vote 52-48"); a month right before is a date.
 */
function cueBefore(text: string, at: number): boolean {
  const before = tokensBefore(text, at, CUE_WINDOW);
  const first = before[0];
  if (first?.word && MONTHS.has(first.text.toLowerCase())) return false;
  let cue = false;
  for (const t of before) {
    if (!t.word) {
      if (CLAUSE_END.test(t.text)) break;
      continue;
    }
    const lower = t.text.toLowerCase();
    if (VOTE_WORDS.has(lower)) return false;
    if (SCORE_CUES_BEFORE.has(lower)) cue = true;
  }
  return cue;
}
