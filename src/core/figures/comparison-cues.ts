import type { Doc } from '../text/doc.ts';
import type { Merged } from './07-merge.ts';
import type { Candidate } from './candidate.ts';
import { RESTATES_BETWEEN } from './data/key-cues.ts';
import {
  BASELINE_AFTER,
  BASELINE_BEFORE,
  BASELINE_FROM_LEVEL,
  CURRENT_AFTER,
} from './data/rank-cues.ts';
import { tokensBefore } from './text-around.ts';

/**
 * Whether a figure is the background of the news rather than the news: the old level of a change
 * ("from $10.9bn"), a figure restated in another unit ("£106m or 47.3%"), a year before the
 * lede's. Read by step 8 (08-rank.ts) into the figure's evidence.
 */

/**
 * For each figure, whether it restates another kind of figure right before it, joined by "or":
 * "rose by £106m or 47.3%" (the percentage is the same change as the money).
 */
export function restatements(merged: readonly Merged[], doc: Doc): boolean[] {
  const spans = new Map<number, Array<{ start: number; end: number; m: Merged }>>();
  for (const m of merged) {
    for (const x of m.mentions) {
      const list = spans.get(x.block) ?? [];
      list.push({ start: x.start, end: x.end, m });
      spans.set(x.block, list);
    }
  }
  return merged.map((m) => {
    const c = m.first;
    const text = doc.blocks[c.block]?.text ?? '';
    const inBlock = spans.get(c.block) ?? [];
    return (
      inBlock.some(
        (x) =>
          x.m.kind !== m.kind &&
          x.end <= c.start &&
          c.start - x.end <= 6 &&
          RESTATES_BETWEEN.test(text.slice(x.end, c.start)),
      ) ||
      (m.kind === 'fraction' &&
        m.value !== null &&
        inBlock.some((x) => exactPercentOf(m.value as number, c.end, x, text)))
    );
  });
}

/**
 * A fraction's exact percentage set off by commas after its noun: "fewer than three-quarters of
 * Republicans, 74 percent, think Pence will win" (one share said twice; the card shows the
 * exact one). Within PERCENT_OF_FRACTION points, in the same clause (not "Nearly half of the
 * power was coal-fired, while the national average was 33 percent": another share).
 */
function exactPercentOf(
  fraction: number,
  end: number,
  x: { start: number; m: Merged },
  text: string,
): boolean {
  if (x.m.kind !== 'percent' || x.m.value === null || x.start <= end) return false;
  if (x.start - end > APPOSITION_REACH) return false;
  if (Math.abs(x.m.value / 100 - fraction) > PERCENT_OF_FRACTION) return false;
  return PERCENT_APPOSITION.test(text.slice(end, x.start));
}

// How far after the fraction its percentage may come: "of Republicans, " is 16 characters.
const APPOSITION_REACH = 40;
// "three-quarters" restated as "74 percent" or "78 percent"; not as "50 percent".
const PERCENT_OF_FRACTION = 0.06;
// The fraction's noun phrase and a comma, nothing else: "of Republicans, ".
const PERCENT_APPOSITION = /^[^,;.:()]*,\s*$/;

/**
 * "from $10.9bn" and "$639m year-earlier" are old levels; "compared with £125m" is a contrast
 * (also with "a year earlier" after it: the words before say how the article uses it).
 */
export function baselineOf(text: string, c: Candidate): 'old' | 'contrast' | null {
  let phrase = '';
  for (const tok of tokensBefore(text, c.start, 2)) {
    if (!tok.word) break;
    phrase = phrase ? `${tok.text.toLowerCase()} ${phrase}` : tok.text.toLowerCase();
    const kind = BASELINE_BEFORE.get(phrase);
    // "from around 20% now to 24%": the level a plan starts from is today's.
    if (kind === 'old' && CURRENT_AFTER.test(text.slice(c.end, c.end + 20))) return null;
    if (kind) return kind;
  }
  if (BASELINE_FROM_LEVEL.test(text.slice(Math.max(0, c.start - 40), c.start))) return 'old';
  return BASELINE_AFTER.test(text.slice(c.end, c.end + 30)) ? 'old' : null;
}

/**
 * The latest year the lede names (its first two prose sentences), or null: "Ethiopia produced
 * 14.27 million tonnes of crops in 2004, 24% higher than in 2003" -> 2004, the year of the news.
 */
export function ledeYear(doc: Doc, order: ReadonlyMap<number, number>): number | null {
  let year: number | null = null;
  for (const s of doc.sentences) {
    if ((order.get(s.index) ?? 0) >= LEDE_SENTENCES) break;
    for (const m of s.text.matchAll(YEAR_IN_TEXT)) {
      const y = Number(m[1]);
      if (year === null || y > year) year = y;
    }
  }
  return year;
}

/** Prose sentences that make the lede, for its year. */
const LEDE_SENTENCES = 2;

// A year of this century or the last, as the lede names it: "in 2004".
const YEAR_IN_TEXT = /\b((?:19|20)\d\d)\b/g;

/**
 * A sentence that opens on a year before the lede's states the old level of the news: after
 * "Ethiopia produced 14.27 million tonnes of crops in 2004", "In 2003, crop production totalled
 * 11.49 million tonnes" (not when the lede names no year: "In 2001 it put $300m into a
 * three-year Linux program" beside "IBM is spending $100m over the next three years").
 */
export function earlierYear(sentence: string, newsYear: number | null): 'old' | null {
  if (newsYear === null) return null;
  const m = EARLIER_YEAR_OPENER.exec(sentence);
  return m && Number(m[1]) < newsYear ? 'old' : null;
}

// "In 2003, ...", "In 2003 the firm ..." at the start of a sentence.
const EARLIER_YEAR_OPENER = /^\W*In\s+((?:19|20)\d\d)\b/;
