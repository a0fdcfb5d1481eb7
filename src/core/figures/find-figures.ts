import { type Doc, sentenceAt } from '../text/doc.ts';
import type { Figure } from '../types.ts';
import { scanBlock } from './01-scan.ts';
import { attachUnit, inheritCurrency } from './03-unit.ts';
import { joinRanges } from './04-range.ts';
import { blockContext, whyNotFigure } from './05-filter.ts';
import { contextOf } from './06-context.ts';
import { mergeFigures } from './07-merge.ts';
import { type Evidence, evidenceOf, rankScoreOf, scoreOf } from './08-rank.ts';
import { keyFigures, LEDE_BONUS, ledeFigures } from './09-key.ts';
import type { Candidate } from './candidate.ts';
import { LINK_LIST_TITLE } from './data/stopwords.ts';
import { joinCompounds } from './join-compounds.ts';
import { languageOf } from './language.ts';
import { scanMultiples } from './scan-multiples.ts';
import { scanResultsLine, scanScores } from './scan-scores.ts';

// A cheap test before scanMultiples: most blocks have none of its words.
const MAY_HAVE_MULTIPLE = /twice|thrice|doubl|tripl|trebl|quadrupl/i;
// The same before scanScores: a digit, a dash, a digit ("2-1", "6–4").
const MAY_HAVE_SCORE = /\d[-–]\d/;

/**
 * Every quantity the article states, one entry per fact: the key figures first (the card shows
 * those, up to its length), most important first. Pure: reads only the Doc. Each figure's `text` is
 * `doc.blocks[at[0].block].text.slice(at[0].start, at[0].end)`, verbatim.
 */
export function findFigures(doc: Doc): Figure[] {
  return rankFigures(doc).map((r) => r.figure);
}

/** A figure with what its place on the card was decided from (for findFigures and training). */
export interface RankedFigure {
  figure: Figure;
  evidence: Evidence;
  /** Whether it is among the key figures the story opens with (see ledeFigures). */
  lede: boolean;
}

/** findFigures, keeping each figure's evidence: the card's order, key figures first. */
export function rankFigures(doc: Doc): RankedFigure[] {
  const lang = languageOf(doc);
  const all: Candidate[] = [];
  let inLinkList = false;
  doc.blocks.forEach((block, b) => {
    // Code is not prose: a number in a listing is not something the article states.
    if (block.kind === 'preformatted') return;
    // "More News from Sci-Tech" and the headlines listed under it, up to the next paragraph:
    // links to other stories (see LINK_LIST_TITLE).
    if (block.kind === 'heading' && LINK_LIST_TITLE.test(block.text)) inLinkList = true;
    else if (block.kind === 'paragraph') inLinkList = false;
    if (inLinkList) return;
    all.push(...analyseText(block.text, b, lang, block.kind === 'heading'));
  });
  const titleAll = analyseText(doc.title, -1, lang, true);
  dropNameEchoes([...titleAll, ...all], (b) => (b < 0 ? doc.title : (doc.blocks[b]?.text ?? '')));
  const found = all.filter((c) => !c.drop);
  const title = titleAll.filter((c) => !c.drop);
  const blockText = (b: number) => doc.blocks[b]?.text ?? '';
  const merged = mergeFigures(found, blockText);
  const evidence = evidenceOf(merged, doc, title);
  const scores = evidence.map(scoreOf);
  const keys = keyFigures(evidence, scores);
  const lede = ledeFigures(evidence, keys);
  const ranked = evidence.map((e, i) => rankScoreOf(e, scores[i] as number));
  const byBlock = new Map<number, Candidate[]>();
  for (const c of found) {
    const list = byBlock.get(c.block);
    if (list) list.push(c);
    else byBlock.set(c.block, [c]);
  }
  const figures = merged.map((m, i) => {
    const text = blockText(m.first.block);
    const inBlock = byBlock.get(m.first.block) ?? [];
    return {
      text: m.text,
      value: m.value,
      unit: m.unit,
      context: contextOf(m.first, text, inBlock, m.firstEnd, sentenceRange(doc, m.first)),
      forms: m.forms,
      at: m.at,
      score: ranked[i] as number,
      key: keys[i] as boolean,
    } satisfies Figure;
  });
  // Key figures first, then by score (the lede's raised, see ledeFigures); stable: equal scores
  // keep document order.
  const rank = (i: number) => (ranked[i] as number) + (lede[i] ? LEDE_BONUS : 0);
  return figures
    .map((f, i) => [f, i] as const)
    .sort((a, b) => Number(b[0].key) - Number(a[0].key) || rank(b[1]) - rank(a[1]) || a[1] - b[1])
    .map(([f, i]) => ({ figure: f, evidence: evidence[i] as Evidence, lede: lede[i] as boolean }));
}

/** The sentence around a candidate, as offsets in its block (the block when none is found). */
function sentenceRange(doc: Doc, c: Candidate): [number, number] {
  const s = sentenceAt(doc, c.block, c.start);
  return s ? [s.start, s.end] : [0, doc.blocks[c.block]?.text.length ?? 0];
}

/**
 * Steps 1-5 on one text: the figures it states, in text order, with their spans. Exported for
 * tests and for reading the title (block -1).
 */
export function figuresInText(
  text: string,
  block: number,
  lang: string,
  heading = false,
): Candidate[] {
  return analyseText(text, block, lang, heading).filter((c) => !c.drop);
}

/** Steps 1-5, keeping the dropped candidates with their reason in `drop`. */
function analyseText(text: string, block: number, lang: string, heading: boolean): Candidate[] {
  let scanned = scanBlock(text, block, lang);
  for (const c of scanned) attachUnit(c, text, lang);
  if (lang === 'en') inheritCurrency(scanned, text);
  // "defeated Khachanov 6-4, 7-6 (5)", "Wild 4, Sabres 1: ...": a sports result replaces the
  // numbers it is made of.
  const line = lang === 'en' ? scanResultsLine(text, block) : null;
  if (lang === 'en' && (line || MAY_HAVE_SCORE.test(text))) {
    const scores = MAY_HAVE_SCORE.test(text) ? scanScores(text, block) : [];
    if (line) scores.unshift(line);
    if (scores.length > 0) {
      const inScore = (c: Candidate) => scores.some((s) => c.start < s.end && c.end > s.start);
      scanned = [...scanned.filter((c) => !inScore(c)), ...scores];
      scanned.sort((a, b) => a.start - b.start);
    }
  }
  // "revenue nearly tripled", "delayed twice": multiples with no number written (English).
  if (lang === 'en' && MAY_HAVE_MULTIPLE.test(text)) {
    scanned.push(...scanMultiples(text, block));
    scanned.sort((a, b) => a.start - b.start);
  }
  if (scanned.length === 0) return scanned;
  const joined = joinCompounds(joinRanges(withoutOverlaps(scanned), text), text);
  const ctx = blockContext(text, lang, heading);
  for (const c of joined) c.drop = whyNotFigure(c, ctx) ?? undefined;
  dropListContinuations(joined, text);
  return joined;
}

// Between two items of a list: "21, 24", "24, and 26", "9 and 11".
const LIST_GAP = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;
const LIST_END_BEFORE = /\b(?:and|or)\s+$/;
const LIST_ITEM_AFTER = /^(?:[,;.)]|\s*$)/;

/**
 * A bare number listed after a name or a date is another of them: "Sections 21, 24, and 26 of
 * the bill" (lesothotimes), "Oct. 9, 11, 1981: The Rolling Stones" (latimes). Only when it
 * stands as a list item (a comma after it, or "and" / "or" before it), so that a count after a
 * date is kept: "In 2020, 300 were hired".
 */
function dropListContinuations(cands: Candidate[], text: string): void {
  for (let i = 1; i < cands.length; i++) {
    const prev = cands[i - 1] as Candidate;
    const c = cands[i] as Candidate;
    if (c.drop || !c.digits || c.kind !== 'number' || c.unit || c.hedged) continue;
    if (prev.drop !== 'name' && prev.drop !== 'date') continue;
    const gap = text.slice(prev.end, c.start);
    if (!LIST_GAP.test(gap)) continue;
    if (!LIST_END_BEFORE.test(gap) && !LIST_ITEM_AFTER.test(text.slice(c.end, c.end + 2))) continue;
    c.drop = prev.drop;
  }
}

/**
 * A bare number that is elsewhere part of a name or a version is that name again: after
 * "Xbox 360" the article's "your entire 360 library" is the console, not 360 of something; after
 * "4.1.1", "4.1 in April" is a release.
 */
function dropNameEchoes(cands: Candidate[], textOf: (b: number) => string): void {
  const names = new Set<string>();
  for (const c of cands) {
    if (c.drop === 'name' || c.drop === 'code' || c.drop === 'version') {
      names.add(textOf(c.block).slice(c.numStart, c.numEnd));
    }
  }
  for (const c of cands) {
    if (!c.drop && c.kind === 'number' && names.has(textOf(c.block).slice(c.numStart, c.numEnd))) {
      c.drop = 'name';
    }
  }
}

/** A figure whose unit swallowed the next number keeps it ("6 ½", "two hundred"). */
function withoutOverlaps(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) continue;
    out.push(c);
  }
  return out;
}
