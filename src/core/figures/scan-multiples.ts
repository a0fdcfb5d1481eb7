import { hedgeBefore } from './03-unit.ts';
import type { Candidate } from './candidate.ts';
import { MULTIPLE_WORDS } from './data/number-words.ts';

// The words of MULTIPLE_WORDS, whole words, any case ("Twice", "TRIPLED").
const MULTIPLE = new RegExp(String.raw`\b(?:${[...MULTIPLE_WORDS.keys()].join('|')})\b`, 'gi');

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
    const hedge = hedgeBefore(text, m.index);
    out.push({
      block,
      start: hedge ?? m.index,
      end,
      numStart: m.index,
      numEnd: end,
      digits: false,
      value: MULTIPLE_WORDS.get(m[0].toLowerCase()) ?? null,
      unit: 'times',
      kind: 'multiple',
      noun: null,
      scale: 1,
      hedged: hedge !== null,
      joined: false,
    });
  }
  return out;
}
