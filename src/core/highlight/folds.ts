/**
 * How text is compared when Lede looks for a card's passage in the live page. The card's text
 * went through extraction (white space collapsed, `<br>` turned to spaces), the page's text
 * nodes did not, and some sites swap typographic characters with scripts after load; both
 * sides are folded with these tables so that such differences do not hide the passage.
 */

/** Characters read as one space, like the extractor does (blocks-from-dom `normalise`). */
export const SPACE = /[\s\u00a0\u200b\u2028\u2029]/;

/**
 * Characters dropped on both sides: invisible, and often inserted by hyphenation or
 * typesetting scripts in one copy of the text and not the other.
 */
export const IGNORED = new Set([
  '\u00ad', // soft hyphen: "in\u00adfra\u00adstruc\u00adture" from hyphenation scripts
  '\u200c', // zero-width non-joiner
  '\u200d', // zero-width joiner
  '\u2060', // word joiner
  '\ufeff', // byte-order mark / zero-width no-break space
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
]);

/** Typographic variants compared as their plain form. */
export const FOLDS: Record<string, string> = {
  '\u2018': "'", // ‘ left single quotation mark
  '\u2019': "'", // ’ right single quotation mark, also the apostrophe in "it’s"
  '\u201a': "'", // ‚ low single quotation mark (German)
  '\u201b': "'", // ‛ reversed single quotation mark
  '\u2032': "'", // ′ prime, used for an apostrophe by some CMSs
  '\u201c': '"', // “ left double quotation mark
  '\u201d': '"', // ” right double quotation mark
  '\u201e': '"', // „ low double quotation mark (German, Czech)
  '\u201f': '"', // ‟ reversed double quotation mark
  '\u2033': '"', // ″ double prime
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // ‑ non-breaking hyphen
  '\u2012': '-', // ‒ figure dash
  '\u2013': '-', // – en dash: "2019–2020" vs "2019-2020"
  '\u2014': '-', // — em dash
  '\u2212': '-', // − minus sign: "−3%" vs "-3%"
  '\u2026': '...', // … one character in one copy, three full stops in the other
};
