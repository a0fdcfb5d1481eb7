import { ABBREVIATIONS } from '../text/abbreviations.ts';

/** A word of narrative text with its place, its bare form and the punctuation after it. */
export interface Token {
  /** As written, punctuation included: `Zhang,` */
  raw: string;
  /** Without surrounding punctuation and quotation marks: `Zhang` (an initial keeps its stop: `M.`). */
  word: string;
  lower: string;
  start: number;
  end: number;
  /** The punctuation that ends the token, if any: ',' in `Zhang,`; '.' in `said.` */
  trail: string;
  /** Opens with a bracket or quotation mark: `(R)`, `“The`. A name does not run into it. */
  opens: boolean;
  /** Closes with a bracket or quotation mark: `(R)`, `Love,”`. A name does not run past it. */
  closes: boolean;
}

const TOKEN = /\S+/g;
// Leading and trailing punctuation around a word. Apostrophes inside words stay ("don’t").
const LEAD = /^[\p{Ps}\p{Pi}\p{Pf}"'«»‹›„‚“”‘’*_#@¿¡]+/u;
const TRAIL = /[\p{Pe}\p{Pi}\p{Pf}"'«»‹›„‚“”‘’.,;:!?…*_]+$/u;
// An initial ("M.") or a dotted abbreviation ("U.S.", "H.W."): the stops are part of the word.
const DOTTED = /^(\p{Lu}\.)+$/u;

/** Split text into words with offsets. Linear; no backtracking. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const lead = LEAD.exec(raw)?.[0] ?? '';
    let word = raw.slice(lead.length);
    let closes = false;
    let trail = '';
    if (DOTTED.test(word)) {
      trail = '';
    } else {
      const t = TRAIL.exec(word);
      if (t) {
        closes = /[\p{Pe}\p{Pi}\p{Pf}"'«»‹›„‚“”‘’]/u.test(t[0]);
        trail = t[0].replace(/[\p{Pi}\p{Pf}\p{Pe}"'«»‹›„‚“”‘’*_]/gu, '');
        word = word.slice(0, t.index);
        // Keep the stop of an initial or an abbreviation: "K." in "Brian K. Coombes", "Mr. Zhang".
        if (
          t[0].startsWith('.') &&
          (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()))
        ) {
          word += '.';
          trail = trail.slice(1);
        }
      }
    }
    out.push({
      raw,
      word,
      lower: word.toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + raw.length,
      trail,
      opens: /[\p{Ps}\p{Pi}\p{Pf}"'«»‹›„‚“”‘’]/u.test(lead),
      closes,
    });
  }
  return out;
}

/** True when the word starts with a capital letter (or is an initial such as "M."). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
