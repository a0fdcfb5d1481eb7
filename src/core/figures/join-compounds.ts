import type { Candidate } from './candidate.ts';
import { COMPOUND_UNITS } from './data/compound-units.ts';

// What may sit between the two parts: nothing but a space, "and", or a comma.
const COMPOUND_GAP = /^(?:\s*|\s+and\s+|,\s*)$/;

/**
 * One amount told in two units, the larger first, is one figure in the larger unit: "the
 * typical U.S. consumer watches 5 hours and 9 minutes of TV a day" (5.15 hours), "3 hours and
 * 30 minutes on televisions daily" (3.5 hours), "5 feet 9 inches". Not two figures: the
 * minutes are not an amount of their own. Only a pair of units that nest (COMPOUND_UNITS), the
 * smaller part bare ("5 hours and about 9 minutes" is left as two). Input and output in text
 * order, after ranges were joined.
 */
export function joinCompounds(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i] as Candidate;
    const b = cands[i + 1];
    const joined = b ? compound(a, b, text) : null;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(a);
  }
  return out;
}

function compound(a: Candidate, b: Candidate, text: string): Candidate | null {
  if (a.value === null || b.value === null || a.joined || b.joined || b.hedged) return null;
  if (a.unit === null || b.unit === null || b.start < a.end) return null;
  const factor = COMPOUND_UNITS.get(a.unit)?.get(b.unit);
  // The smaller part is less than one of the larger: "5 feet 9 inches", not "2 years, 30 months".
  if (factor === undefined || b.value >= factor) return null;
  if (!COMPOUND_GAP.test(text.slice(a.end, b.start))) return null;
  return {
    ...a,
    end: b.end,
    numEnd: b.numEnd,
    value: Math.round((a.value + b.value / factor) * 10000) / 10000,
    joined: true,
  };
}
