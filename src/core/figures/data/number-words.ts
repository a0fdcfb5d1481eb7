/**
 * English number words (other languages' figures are found from their digits). Lower case.
 * "one" is a number word here, but a bare "one" is not a figure (see 05-filter): it is far more
 * often a pronoun or an article ("one of the most important papers").
 */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Scale words inside a spelled-out number: "two hundred and fifty thousand". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['dozen', 12], // "a dozen", "two dozen"
]);

/**
 * Fractions: "a third", "two-thirds", "three quarters", "half". The plural is used after numbers
 * above one ("two-thirds"); the singular after "a"/"one" ("a third", "one-fifth").
 */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['eighth', 8],
  ['eighths', 8],
  ['tenth', 10],
  ['tenths', 10],
]);

/** Vulgar fraction characters: "6 ½ minutes". */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2],
  ['¼', 1 / 4],
  ['¾', 3 / 4],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['⅕', 1 / 5],
  ['⅛', 1 / 8],
]);

/**
 * Words that state a multiple on their own, with no number written: "revenue nearly tripled"
 * (3 times), "delayed twice" (2 times). Lower case. Not "double" or "triple": as adjectives they
 * name things ("a double-arm transplant", "a triple-A game") more often than they count. Not the
 * nouns "a doubling in profit", "a tripling": the labellers left those out (extra set, 017).
 */
export const MULTIPLE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['thrice', 3],
  ['doubled', 2], // "profits doubled"
  ['tripled', 3],
  ['trebled', 3], // British: "sales trebled"
  ['quadrupled', 4],
]);

/**
 * Verb forms of multiples that count only after an auxiliary: "will double the world's total",
 * "the blogsphere - which is doubling every five months". Alone they are adjectives or nouns ("a
 * double-arm transplant", "a doubling in profit"), so scan-multiples reads them only after a word
 * of VERB_FORM_BEFORE. Lower case.
 */
export const MULTIPLE_VERB_FORMS: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
  ['treble', 3],
  ['quadruple', 4],
  ['doubling', 2],
  ['tripling', 3],
  ['trebling', 3],
  ['quadrupling', 4],
]);

/**
 * The auxiliary right before a verb form of MULTIPLE_VERB_FORMS: modals and "to" before the base
 * form ("will double", "expected to triple"), forms of "be" before the -ing form ("is doubling").
 */
export const VERB_FORM_BEFORE: ReadonlyMap<string, 'base' | 'ing'> = new Map([
  ...'will would could can may might should must shall to'
    .split(' ')
    .map((w) => [w, 'base'] as const),
  ...'is are was were be been'.split(' ').map((w) => [w, 'ing'] as const),
]);

/**
 * Multiples said as an adjective comparing two amounts, with no verb (scan-multiples'
 * isComparedMultiple): "approximately double in those who wore masks", "double the size of the
 * previous pamphlet". Lower case.
 */
export const MULTIPLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'double',
  'triple',
  'treble',
  'quadruple',
]);

/** What a predeterminer multiple is a multiple of: "double the size", "double that of", "double what it was". */
export const COMPARED_AFTER = /^\s+(?:the|that|what)\b/i;

/**
 * A determiner before "double" makes it a noun or an adjective: "hit a double that scored", "the
 * double the club won".
 */
export const DETERMINER = /^(?:a|an|the|this|that|his|her|its|their|our|my|your)$/i;

/** After a verb form, words that make it another verb: "double as an office", "double up", "double-check". */
export const VERB_FORM_NOT_BEFORE = /^(?:-|\s+(?:as|up|down|back|over)\b)/i;

/**
 * Decades said in words: "in the nineteen-eighties" (a date), "now in their eighties" (an age,
 * 80 years: the decade's lower bound, as the labels give it). Lower case.
 */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 20],
  ['thirties', 30],
  ['forties', 40],
  ['fifties', 50],
  ['sixties', 60],
  ['seventies', 70],
  ['eighties', 80],
  ['nineties', 90],
]);
