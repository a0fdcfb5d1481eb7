// Double marks that may open a quote glued to the sentence before.
const DOUBLE_OPENERS = new Set(['"', '“', '„']);
const SENTENCE_STOPS = new Set(['.', '?', '!']);
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * Whether the double mark at i, glued to the end of the sentence before it, opens a quote: a
 * missing space, as in `said Democratic National Committee Chairman Tim Kaine."So that is one of
 * the themes for the fall."`. Only after a word's full stop, question or exclamation mark and
 * before a capital. (Quote scanning tries a closing mark first, so `“Go."Then` still closes.)
 */
export function gluedOpen(text: string, i: number): boolean {
  return (
    i >= 2 &&
    DOUBLE_OPENERS.has(text[i] as string) &&
    SENTENCE_STOPS.has(text[i - 1] as string) &&
    LETTER.test(text[i - 2] as string) &&
    UPPER.test(text[i + 1] ?? '')
  );
}
