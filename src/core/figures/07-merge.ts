import type { Span } from '../types.ts';
import { ageOf } from './ages.ts';
import type { Candidate, FigureKind } from './candidate.ts';
import { isDefiniteRepeat, roundedRestatement } from './told-again.ts';

/** One fact with all its mentions, before ranking. */
export interface Merged {
  text: string;
  value: number | null;
  unit: string | null;
  kind: FigureKind;
  forms: string[];
  at: Span[];
  /** The first mention (for context and ranking). */
  first: Candidate;
  /** End of the first mention's text, conversion included. */
  firstEnd: number;
  mentions: Candidate[];
}

/**
 * Step 7: one fact, one entry.
 * - A conversion in brackets right after a figure is the same fact: "200 billion yuan ($28.2bn)",
 *   "190 kilometers (118 miles)". The text is the whole passage as written.
 * - The same amount in the same unit later in the article is the same fact: "$4.8 billion" in the
 *   lede and again further down; "$150K" in a heading and "$150,000" in the text.
 * - A bare number right after a figure with the same value repeats it: "a list with 10 sublists,
 *   and each of those has 10 of their own".
 * Input: candidates in document order with their block texts.
 */
export function mergeFigures(
  cands: readonly Candidate[],
  blockText: (b: number) => string,
): Merged[] {
  const out: Merged[] = [];
  const byKey = new Map<string, Merged>();
  // The entry that the next candidate converts in words ("1.5bn euros, that's over £1bn").
  let wordedOwner: { index: number; merged: Merged } | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    const at = i;
    const text = blockText(c.block);
    const group = conversions(cands, i, text);
    const last = group[group.length - 1];
    const end = last ? last.end + 1 : c.end;
    const mentions = [c, ...group];
    const merged: Merged = {
      text: text.slice(c.start, end),
      value: c.value,
      unit: c.unit,
      kind: c.kind,
      forms: mentions.map((m) => text.slice(m.start, m.end)),
      at: [{ block: c.block, start: c.start, end }],
      first: c,
      firstEnd: end,
      mentions,
    };
    i += group.length;
    const keys = merged.mentions
      .map((m) => (m.kind === 'score' ? scoreKey(m, text) : keyOf(m)))
      .filter((k): k is string => k !== null);
    const earlier =
      keys.map((k) => byKey.get(k)).find((m) => m !== undefined) ??
      (c.kind === 'number' ? (repeatsNearby(out, c) ?? byKey.get(bareKey(c) ?? '')) : undefined) ??
      (c.kind === 'count' && c.noun === null ? byKey.get(countKey(c) ?? '') : undefined) ??
      (c.kind === 'count' ? byKey.get(partKey(c)) : undefined) ??
      roundedRestatement(out, c) ??
      byKey.get(ageKey(c, text) ?? '') ??
      (isDefiniteRepeat(text, c) ? byKey.get(countKey({ ...c, kind: 'count' }) ?? '') : undefined);
    const owner: Merged = wordedOwner?.index === at ? wordedOwner.merged : (earlier ?? merged);
    if (owner !== merged) absorb(owner, merged);
    else out.push(merged);
    const next = cands[i + 1];
    wordedOwner =
      next && !last && wordedConversion(c, next, text) ? { index: i + 1, merged: owner } : null;
    // A range also owns its lower bound said alone later: "from 49% to 74%" ... "beyond 49%".
    const owned = [
      ...keys,
      ...merged.mentions.map(lowerBoundKey),
      countKey(c),
      bareKey(c),
      degreesKey(c),
      ageKey(c, text),
      c.kind === 'number' && c.digits && PARTITIVE.test(text.slice(c.end, c.end + 4))
        ? partKey(c)
        : null,
    ];
    for (const k of owned) if (k !== null && !byKey.has(k)) byKey.set(k, owner);
  }
  return out;
}

/**
 * The conversions in brackets right after candidate i: "A (B)", "A (B; C)", "A (B, C)", each
 * the same kind of quantity in another unit: "£5.7bn ($10.7bn; 8.2bn euros)". Empty when none.
 */
function conversions(cands: readonly Candidate[], i: number, text: string): Candidate[] {
  const a = cands[i] as Candidate;
  const group: Candidate[] = [];
  let prevEnd = a.end;
  let opener = /^\s*\($/;
  for (let j = i + 1; j < cands.length; j++) {
    const b = cands[j] as Candidate;
    if (b.block !== a.block || !opener.test(text.slice(prevEnd, b.start))) break;
    if (!sameQuantity(a, b, text)) break;
    group.push(b);
    prevEnd = b.end;
    if (text[b.end] === ')') return group;
    opener = /^\s*(?:[;,]|or)\s*$/;
  }
  return [];
}

/**
 * b converts a in words: "1.5bn euros, that's over £1bn", "£5m, that is $9m", "$10m, or about
 * £5.3m". It is a later mention of a's fact (not part of its text, as a conversion in brackets
 * is). The other currency or unit is what makes it a conversion: "$5m or $10m" are two amounts.
 */
function wordedConversion(a: Candidate, b: Candidate, text: string): boolean {
  return (
    b.block === a.block &&
    b.start > a.end &&
    sameQuantity(a, b, text) &&
    (a.unit !== b.unit || a.kind === 'measure') &&
    CONVERSION_BETWEEN.test(text.slice(a.end, b.start))
  );
}

const CONVERSION_BETWEEN = /^\s*,?\s*(?:that's|that’s|that is|or)\s*$/i;

/**
 * Both money, or measures in units written differently: "190 kilometers (118 miles)", and
 * "2,300 tons (2,095 metric tons)" (short and metric tons, one unit to the scanner). "5 tons or
 * 10 tons" are two amounts.
 */
function sameQuantity(a: Candidate, b: Candidate, text: string): boolean {
  if (a.kind === 'money' && b.kind === 'money') return true;
  if (a.kind !== 'measure' || b.kind !== 'measure') return false;
  return a.unit !== b.unit || unitAsWritten(a, text) !== unitAsWritten(b, text);
}

/** The unit's words after the number, singular: "metric ton" for "2,500 metric tons". */
function unitAsWritten(c: Candidate, text: string): string {
  return text.slice(c.numEnd, c.end).trim().toLowerCase().replace(/s$/, '');
}

/**
 * Same value and unit make the same fact; values are compared to four significant digits. A
 * range keeps apart from a single amount said before it with its lower bound: "three or five
 * years" is not the "three years ago" before it (ranges with the same lower bound and unit still
 * merge, and so does the lower bound said alone after the range, see lowerBoundKey).
 */
function keyOf(c: Candidate): string | null {
  if (c.value === null || c.kind === 'number') return null;
  let plain = `${c.unit ?? ''}|${Number(c.value.toPrecision(4))}`;
  // A multiple said by a word merges only with the same word: "twice a day" ... "twice a day",
  // not "will double the world's total" (a change) with "twice a day" (a frequency).
  if (c.kind === 'multiple' && !c.digits) plain += `|${(c.noun ?? '').toLowerCase()}`;
  // An age read from its cue is a point in a life, not a length of time: "at the age of five"
  // is not "she was five years older than me" (figures12, blind 9's newyorker); it merges with
  // the same age told again.
  if (c.noun === 'age') plain += '|age';
  return isRange(c) ? `${plain}|range` : plain;
}

/**
 * A temperature with its scale owns the same value said later in bare "degrees": "3.6 degrees
 * Fahrenheit (2 degrees Celsius)" ... "more than 3.6 degrees of warming" (tnr).
 */
function degreesKey(c: Candidate): string | null {
  if (c.value === null || (c.unit !== '°C' && c.unit !== '°F')) return null;
  return `degrees|${Number(c.value.toPrecision(4))}`;
}

/**
 * A person's age in any of its forms owns the same age in another: "Walsh, 42," after "A
 * 42-year-old woman" (see ageOf). An apposition's bare number has no unit to merge on otherwise.
 */
function ageKey(c: Candidate, text: string): string | null {
  const age = ageOf(c, text);
  return age === null ? null : `age|${age}`;
}

/** A score merges with the same score written again: Spain's "2-1" and France's "2-1 victory". */
function scoreKey(c: Candidate, text: string): string {
  return `score|${text.slice(c.numStart, c.numEnd).replace('–', '-')}`;
}

/**
 * Any count's value whatever it counts: a scaled number with no noun repeats the count of that
 * size said before: "approximately 15 million mobile phones go out of use ... Of the 15 million
 * that are swapped" (a count needs its noun to merge otherwise: "2 million people" is not "2
 * million cars").
 */
function countKey(c: Candidate): string | null {
  return c.kind === 'count' && c.value !== null && !isRange(c)
    ? `count|${Number(c.value.toPrecision(4))}`
    : null;
}

/**
 * A bare number before "of" counts what follows ("purchase 30 of Boeing's 787-9 Dreamliner
 * jets"): a later count of the same size is the same fact ("its order of 30 Boeing jets"). Only
 * in digits: a small number in words is a part of too many things to own its value ("two of the
 * former Rockefeller estates" ... "left behind two suitcases").
 */
function partKey(c: Candidate): string {
  return `part|${c.value === null ? '' : Number(c.value.toPrecision(4))}`;
}

const PARTITIVE = /^\s+of\b/;

/**
 * A bare number in digits, nothing counted after it and no hedge: the same bare number anywhere
 * later repeats it ("Embassy Suites Hotel & Spa, 200" ... "Courtyard by Marriott, 200" in a list
 * of attendances; "The top 10 alone hold" ... "the 10 U.S. companies"). Not a single digit, which
 * recurs by chance ("1 sack, 2 TFL" ... "2 QH"), nor an estimate ("looked about 30").
 */
function bareKey(c: Candidate): string | null {
  return c.kind === 'number' &&
    c.digits &&
    !c.hedged &&
    c.value !== null &&
    c.value >= BARE_REPEAT_MIN &&
    !isRange(c)
    ? `bare|${Number(c.value.toPrecision(4))}`
    : null;
}

const BARE_REPEAT_MIN = 10;

/** A range's key as a single amount: later mentions of its lower bound alone join it. */
function lowerBoundKey(c: Candidate): string | null {
  if (!isRange(c) || c.value === null) return null;
  return `${c.unit ?? ''}|${Number(c.value.toPrecision(4))}`;
}

function isRange(c: Candidate): boolean {
  return c.joined && c.kind !== 'fraction';
}

/** A bare number with the value of a figure in the same or the previous block. */
function repeatsNearby(out: Merged[], c: Candidate): Merged | undefined {
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i] as Merged;
    if (m.first.block < c.block - 1) break;
    if (m.value === c.value) return m;
  }
  return undefined;
}

function absorb(into: Merged, m: Merged): void {
  for (const f of m.forms) if (!into.forms.includes(f)) into.forms.push(f);
  into.at.push(...m.at);
  into.mentions.push(...m.mentions);
}
