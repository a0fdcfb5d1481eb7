/**
 * Quotation marks: each opening mark with the marks that may close it. Data only; the scanner in
 * 01-spans.ts decides from the characters around a mark whether it opens, closes or is an
 * apostrophe.
 */
export const QUOTE_MARKS: ReadonlyMap<string, readonly string[]> = new Map([
  // English curly double: “We hope so,” said Zhang. Sloppy pages close it with a straight mark
  // (“Somebody ought to stop him," the office said.) when the two kinds were typed apart.
  ['“', ['”', '"']],
  ['"', ['"', '”']], // straight double, sometimes closed by a curly one on sloppy pages: "A”
  ['„', ['“', '”']], // German and Czech „A“; Polish, Romanian, Hungarian „A”
  ['«', ['»']], // French, Spanish, Portuguese, Italian, Russian «A» (French with spaces: « A »)
  ['»', ['«']], // German and Danish book style »A«
  ['‹', ['›']], // French single ‹A›
  ['›', ['‹']], // German single ›A‹
  ['「', ['」']], // Chinese, Japanese 「A」
  ['『', ['』']], // nested Chinese, Japanese 『A』
  ['‘', ['’']], // English curly single, for speech in British style: ‘We will,’ he said.
  ['‚', ['‘', '’']], // German single ‚A‘
  ["'", ["'"]], // straight single: 'We will,' he said.
]);

/** Every character that is an opening or closing mark. */
export const ALL_MARKS: ReadonlySet<string> = new Set(
  [...QUOTE_MARKS.entries()].flatMap(([open, closers]) => [open, ...closers]),
);

/**
 * Closing marks that are also the apostrophe (don’t, the ’90s, Rock ’n’ roll, players’ scores):
 * they close a quote only when that quote's opening mark is open and the mark is not between
 * two letters.
 */
export const APOSTROPHES: ReadonlySet<string> = new Set(['’', "'"]);

/**
 * Marks of single quotes. A single quote never runs over several paragraphs (an apostrophe left
 * open at the end of a block is far likelier than a quote continued on the next).
 */
export const SINGLE_MARKS: ReadonlySet<string> = new Set(['‘', '’', "'", '‚', '‹', '›']);

/**
 * Marks written with a space inside in French typography: « Bonjour », ‹ oui ›.
 */
export const SPACED_MARKS: ReadonlySet<string> = new Set(['«', '»', '‹', '›']);
