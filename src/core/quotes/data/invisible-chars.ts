/**
 * Characters that take no room on screen yet sit inside words: formatting controls that pages
 * paste into names by accident (copied from a CMS, a tweet, a right-to-left site) or on purpose
 * (a spoofed name: "\u202EMary Rolly" shows as "Mary Rolly" but starts with an override). Data
 * only; tokens.ts reads words without them, so that "\u202EMary" is the name "Mary".
 */
export const INVISIBLE_CHARS: readonly string[] = [
  '\u00ad', // soft hyphen: "Net\u00adan\u00adyahu" is Netanyahu
  '\u180e', // Mongolian vowel separator (was a space, now a format character)
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u202a', // left-to-right embedding
  '\u202b', // right-to-left embedding
  '\u202c', // pop directional formatting
  '\u202d', // left-to-right override
  '\u202e', // right-to-left override: "\u202EMary Rolly"
  '\u2060', // word joiner
  '\u2061', // function application (invisible operators)
  '\u2062', // invisible times
  '\u2063', // invisible separator
  '\u2064', // invisible plus
  '\u2066', // left-to-right isolate
  '\u2067', // right-to-left isolate
  '\u2068', // first strong isolate
  '\u2069', // pop directional isolate
];

/**
 * Zero-width characters that separate words although they are not white space: "Mary\u200bRolly"
 * is two words. The byte order mark (U+FEFF) is already a space for the tokenizer.
 */
export const ZERO_WIDTH_SPACES: readonly string[] = [
  '\u200b', // zero-width space
];
