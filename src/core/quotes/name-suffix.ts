/**
 * Matching a name by its last words: a key without its generational suffix ("Jr.", "III"), and
 * whether a key ends with another ("jeff zhang" ends with "zhang").
 */

// Generational suffixes after a surname: "James P. Roe Jr.", "John Doe III".
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/** A name's key without a generational suffix ("james p. roe jr." gives "james p. roe"). */
export function withoutSuffix(key: readonly string[]): readonly string[] {
  return key.length >= 3 && SUFFIXES.has(key[key.length - 1]!) ? key.slice(0, -1) : key;
}

export function endsWith(key: readonly string[], tail: readonly string[]): boolean {
  const off = key.length - tail.length;
  for (let i = 0; i < tail.length; i++) if (key[off + i] !== tail[i]) return false;
  return true;
}
