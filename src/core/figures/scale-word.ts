/**
 * The scale word after a number: "billion", "bn", "m" (money only), "Mrd.", "mil millones", a
 * scale hyphened on ("a $5-million grant"), and when a lone "m" or "k" is one ("100m people",
 * "40k jobs") rather than a unit or a display format ("100m", "4K").
 */

import { isPluralNoun } from './counted-noun.ts';
import { MULTI_WORD_MULTIPLIERS, MULTIPLIERS, type Multiplier } from './data/multipliers.ts';
import { ahead, NOT_LETTER_AFTER, tokenAfter } from './text-around.ts';

// Runs on a lower-cased slice (see ahead).
const MULTI_WORD = MULTI_WORD_MULTIPLIERS.map(
  ([words, m]) => [new RegExp(`^${words.replace(/ /g, '\\s+')}${NOT_LETTER_AFTER}`), m] as const,
);

interface ScaleHit {
  factor: number;
  end: number;
}

// Abbreviated scale words whose full stop belongs to them: "3,5 Mrd. €", "10 Mio. Nutzer".
const DOTTED_SCALES = new Set(['mrd', 'mio', 'mld', 'tis', 'tsd', 'md', 'mds', 'mil', 'bio']);

export function readScale(text: string, at: number, lang: string, money: boolean): ScaleHit | null {
  let tok = tokenAfter(text, at);
  // A whole scale word hyphened on: "over a 13.8-billion-year period" (13.8 billion years, the
  // same fact as "13.8 billion years" later), "a $5-million grant".
  if (tok && !tok.word && tok.text === '-' && tok.start === at) {
    const word = tokenAfter(text, tok.end);
    if (!word?.word || word.start !== at + 1 || !HYPHEN_SCALES.has(word.text.toLowerCase())) {
      return null;
    }
    tok = word;
  }
  if (!tok?.word || tok.start - at > 1) return null;
  const lower = tok.text.toLowerCase();
  for (const [re, m] of MULTI_WORD) {
    if (!fits(m, lang, money)) continue;
    const hit = re.exec(ahead(text, tok.start, 24));
    if (hit) return { factor: m.factor, end: tok.start + hit[0].length };
  }
  const attached = tok.start === at;
  const candidates = MULTIPLIERS.get(lower);
  const m = candidates?.find((x) => fits(x, lang, money));
  if (!m) {
    // "100m people" is a hundred million; "100m" alone is a hundred metres (see units).
    if (lower === 'm' && attached && isPluralNoun(tokenAfter(text, tok.end))) {
      return { factor: 1e6, end: tok.end };
    }
    return null;
  }
  // "k"/"K" without money: "40k jobs" is a count; "4K" (one digit) is a display format even in
  // "4K textures".
  if (lower === 'k' && !money) {
    if (at - numberStart(text, at) <= 1 || !isPluralNoun(tokenAfter(text, tok.end))) return null;
  }
  // A lone "b" or "m" must touch the number or follow a sign: "$4 m" is rare, "$4 b" rarer.
  if ((lower === 'b' || lower === 'm' || lower === 'k') && !attached) return null;
  let end = tok.end;
  if (DOTTED_SCALES.has(lower) && text[end] === '.') end++;
  return { factor: m.factor, end };
}

// Scale words that may be hyphened onto the number ("13.8-billion-year"); not "m", "bn", "k".
const HYPHEN_SCALES: ReadonlySet<string> = new Set(['million', 'billion', 'trillion']);

/** Where the digits that end at `at` start. */
function numberStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && /[\d.,]/.test(text[i - 1] as string)) i--;
  return i;
}

function fits(m: Multiplier, lang: string, money: boolean): boolean {
  if (m.money && !money) return false;
  return !m.langs || m.langs.includes(lang);
}
