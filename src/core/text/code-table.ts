/**
 * A class for every character of the Basic Multilingual Plane, computed by `classify` the first
 * time a code is asked for and kept in a table by code: a loop that looks a character up there
 * reads text several times faster than a Unicode-property regex per character or per word.
 * `classify` must return 1..255 (0 marks a code not yet classified).
 * Example: `const classOf = codeTable((ch) => (/\p{L}/u.test(ch) ? 2 : 1)); classOf(0x61)` is 2.
 */
export function codeTable(classify: (ch: string) => number): (code: number) => number {
  const table = new Uint8Array(0x10000);
  return (code) => {
    let c = table[code] as number;
    if (c === 0) {
      c = classify(String.fromCharCode(code));
      table[code] = c;
    }
    return c;
  };
}
