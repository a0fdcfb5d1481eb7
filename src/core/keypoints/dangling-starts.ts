/**
 * Words that, opening a sentence, point back to the sentence before it: "He said the deal was
 * off." means nothing without who "he" is; "But the report disagrees." needs what it disagrees
 * with. Such a sentence becomes a key point only together with the one before it, or not at all.
 * Lowercase; matched against the sentence's first word (or first two or three words for the
 * phrases), after an opening quotation mark is skipped.
 */
export const DANGLING_STARTS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    // personal and possessive pronouns: "He left." "Its profits rose."
    'he',
    'she',
    'it',
    'they',
    'them',
    'him',
    'his',
    'her',
    'its',
    'their',
    // demonstratives: "This is the third botched launch." "That high price limits..."
    'this',
    'that',
    'these',
    'those',
    'such',
    // connectives that continue an argument: "But", "Also", "However, ..."
    'but',
    'and',
    'or',
    'nor',
    'so',
    'also',
    'however',
    'yet',
    'still',
    'instead',
    'then',
    'thus',
    'hence',
    'therefore',
    'moreover',
    'furthermore',
    'meanwhile',
    'nevertheless',
    'nonetheless',
    'otherwise',
    'again',
    'besides',
    'likewise',
    'similarly',
    'conversely',
    'indeed',
    'plus',
    // reference to things named before: "Both were published in 1963." "Another woman..."
    'both',
    'another',
    'neither',
    'either',
  ]),
  fr: new Set(['il', 'elle', 'ils', 'elles', 'cela', 'ceci', 'mais', 'ainsi', 'donc', 'aussi']),
  es: new Set(['él', 'ella', 'ellos', 'ellas', 'esto', 'eso', 'pero', 'también', 'además']),
  pt: new Set(['ele', 'ela', 'eles', 'elas', 'isso', 'isto', 'mas', 'também', 'além']),
  de: new Set(['er', 'es', 'sie', 'dies', 'diese', 'dieser', 'aber', 'auch', 'doch', 'jedoch']),
};

/** Multi-word openers that point back: "As a result, ...", "The latter ...". */
export const DANGLING_PHRASES_EN = [
  'as a result',
  'in addition',
  'even so',
  'even then',
  'by contrast',
  'in contrast',
  'on the other hand',
  'the latter',
  'the former',
  'at that point',
  'after that',
  'in other words',
  'for example',
  'for instance',
];

/**
 * "This" or "that" followed by a time word is a time expression, not a reference back:
 * "This year, sales rose." stands alone.
 */
export const TIME_AFTER_DEMONSTRATIVE = new Set([
  'year',
  'week',
  'month',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'season',
  'quarter',
  'decade',
  'century',
]);

/**
 * "It" that stands for nothing: "It is unclear whether...", "It's now been a year since...".
 * The subject is the clause after to/that/whether, so the sentence stands alone. Up to four
 * words may come between the verb and the clause ("It is hard to", "It's now been a year
 * since"), but not "so" ("It was so loud that it...", where "it" is a thing named before).
 */
export const DUMMY_IT =
  /^it(?:['’]s| is| was| will be| would be| has been| had been| seems| seemed| appears| remains)\s(?:(?!so\s)[^\s]+\s){0,4}?(?:to|that|whether|if|how|why|when|what|since|for)\s/i;
