/**
 * Words that cannot be the thing a number counts: "40,000 were lost" (no noun), "10 of their own".
 * When the word after a number is one of these, the figure has no counted noun. Lower case.
 */
export const NOT_NOUNS_EN: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto upon about ' +
    'over under after before since until than then that this these those there here ' +
    'as if when while where which who whom whose what how why whether because though ' +
    'i you he she it we they me him her us them my your his its our their mine yours ' +
    'is are was were be been being am has have had having do does did done will would ' +
    'shall should can could may might must not no nor also too very more most less least ' +
    'each every either neither both all any some such other another own same ' +
    'per via vs versus around across through during against among between within without ' +
    'up down out off away back ago now today yet still just only even ' +
    'percent per cent pct ' +
    // Common verbs and adverbs right after a count: "23,000 die", "11 people were sickened".
    'die died dies say said says get got gets went go goes come came make made take took ' +
    'remain remained left leave became become reported report ' +
    'again almost already always never often once twice'
  ).split(' '),
);

/** The same for the other corpus languages: "12 de ellos" has no counted noun. */
export const NOT_NOUNS_OTHER: ReadonlySet<string> = new Set(
  (
    'de la le les un une des du et ou à au aux en sur dans pour par avec sans contre dont ' +
    'que qui est sont était ont a été ' +
    'der die das den dem des ein eine und oder im am mit von zu auf für ist sind war hat ' +
    'el los las lo y e o u en con por para del al que es son fue ha han ' +
    'desde hasta entre sobre según tras durante contra sin ' +
    'os as um uma e ou em no na nos nas com por para do da dos das ao que é são foi ' +
    'a i ale v ve s se z ze na do od po pro je jsou byl bylo k ku o u za'
  ).split(' '),
);

/**
 * Nouns after a number that mark page furniture, not the story: "14 Photos" in a gallery link,
 * "5 min read", "12 comments", "1.2K shares".
 */
export const FURNITURE_NOUNS: ReadonlySet<string> = new Set(
  'photos photo images pictures slides comments comment shares replies retweets read'.split(' '),
);

/**
 * Hyphenated number compounds that name a thing rather than count it: "a two-state solution",
 * "a one-way street", "a three-point shot". Lower case, as written.
 */
export const NUMBER_IDIOMS: ReadonlySet<string> = new Set(
  (
    'two-state one-way two-way three-way four-way one-off two-party one-party two-time three-time ' +
    'two-tier three-tier two-faced two-dimensional three-dimensional ' +
    'two-seater one-on-one two-step three-point two-point one-to-one one-stop one-man one-woman ' +
    'one-time two-thirds-majority first-class second-class ' +
    // "one-click digital transformation" (techcrunch), "one-night stands" (dailystar): a kind of
    // thing, nothing counted ("a one-night stay" still counts: only the stand is the idiom).
    'one-click one-night_stand one-night_stands'
  ).split(' '),
);

/**
 * Nouns that "a million", "a thousand", "a hundred" exaggerate rather than count: "a million
 * reasons why that's tricky", "a thousand ways to fail", "a hundred things to do" (see isHyperbole).
 */
export const HYPERBOLE_NOUNS: ReadonlySet<string> = new Set(
  'reasons ways things questions ideas words'.split(' '),
);

/**
 * Nouns that "zero" names a kind or a policy with, written open as well as hyphened ("zero-gravity"
 * is caught by its hyphen): "Zero rating gives customers something", "concerns about zero
 * rating", "a zero tolerance policy", "a zero sum game". Nothing is counted.
 */
export const ZERO_IDIOM_NOUNS: ReadonlySet<string> = new Set(
  // "achieving zero emissions" (nature), "reach zero net greenhouse gas emissions" (tnr): the
  // climate target's name, not an amount of emissions.
  'rating rated tolerance sum gravity hour day emissions net'.split(' '),
);

/**
 * Possessive determiners: after one a duration still measures time ("In her five minutes on
 * screen"), not things already counted ("her three children").
 */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(
  'its their our his her my your'.split(' '),
);

/** Determiners before a spelled-out number that refer back to things already counted. */
export const BACK_REFERENCES: ReadonlySet<string> = new Set([
  'the',
  'both',
  ...POSSESSIVE_DETERMINERS,
]);

/**
 * Words between "the" (or a possessive) and a spelled-out count that still refer back: "The
 * other two contractors", "the remaining three" (the ones already told of). Not "first": "the
 * first three contracts" counts the first of a series.
 */
export const BACK_REFERENCE_ORDINALS: ReadonlySet<string> = new Set(['other', 'remaining']);

/** Words before a number that make it an age: "age 5", "aged 45", "the ages of 25 and 54". */
export const AGE_CUES: ReadonlySet<string> = new Set(['age', 'aged', 'ages']);

/**
 * A person and a verb of being or becoming before a spelled-out number with nothing counted after
 * it: an age ("She was eighty-seven and had lived a long life", "He was sixty-two, and", "I was
 * twenty-five"). Singular persons only ("they were five" may count them); not "it".
 */
export const AGE_SUBJECTS: ReadonlySet<string> = new Set(['i', 'he', 'she']);
export const AGE_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'turned', 'turns']);

/**
 * A kin noun and "of" before a number with nothing counted after it: the size of a family, as
 * English writes it everywhere ("The mother of three says", "a mother-of-two", "the family of
 * three", "a family of four"). Lower case, with what the number counts.
 */
export const FAMILY_OF: ReadonlyMap<string, string> = new Map([
  ...'mother father mum mom dad parent grandmother grandfather grandparent'
    .split(' ')
    .map((w) => [w, 'children'] as const),
  ['family', 'people'],
]);

/** Irregular plural nouns (counted nouns are usually plural: "11 people", "two men"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(
  (
    'people children men women police staff feet teeth mice geese cattle personnel crew data ' +
    'media sheep fish deer aircraft pence cents'
  ).split(' '),
);

/**
 * Words ending in "men" that are no plural of a "-man" compound ("three specimens" is counted by
 * its "s"; "specimen" alone is singular). Lower case.
 */
export const NOT_MEN_PLURALS: ReadonlySet<string> = new Set(
  'specimen abdomen regimen acumen stamen hymen albumen cyclamen dolmen'.split(' '),
);

/**
 * Nouns that a number hyphened before them turns into the name of a kind of thing, not a count
 * or a measure: "a 3-pointer" (a basket), "two-stroke engines", "a two-seater", "a one-liner".
 * Lower case.
 */
export const KIND_COMPOUNDS: ReadonlySet<string> = new Set(
  (
    'pointer pointers stroke strokes seater seaters wheeler wheelers liner liners hander handers ' +
    'decker deckers'
  ).split(' '),
);

/**
 * Emergency numbers, names of a service before these words: "make 911 calls", "a 999 operator".
 */
export const EMERGENCY_NUMBERS: ReadonlySet<string> = new Set(['911', '999']);
export const EMERGENCY_AFTER: ReadonlySet<string> = new Set(
  (
    'call calls caller callers operator operators dispatcher dispatchers dispatch center centre ' +
    'centers centres system line lines service services'
  ).split(' '),
);

/** Verbs that make an emergency number the service reached: "called 911", "dial 999". */
export const EMERGENCY_BEFORE: ReadonlySet<string> = new Set(
  'call calls called calling dial dials dialed dialled dialing dialling phoned rang text texted'.split(
    ' ',
  ),
);

/**
 * A heading that opens a list of links to other stories ("More News from Sci-Tech", "Related
 * stories", "Most read"): the headings and list items after it, up to the next paragraph, are
 * other articles' headlines, not this story's figures ("Climate impacts to cost world US$7.9
 * trillion by 2050: report" under a story about hibernating astronauts).
 */
export const LINK_LIST_TITLE =
  /^(?:more (?:news|stories|coverage|articles) from\b|more from\b|related(?: (?:stories|articles|news|coverage|content|posts|links))?\s*:?$|you (?:may|might) also like\b|recommended(?: for you| stories)?\s*:?$|most (?:read|popular|viewed)\b|top stories\s*:?$|latest (?:news|stories)\s*:?$|see also\s*:?$|also read\s*:?$|read more\s*:?$)/i;

/**
 * Words after "100%" or "100 percent" that make it an idiom of certainty, not a share: "the
 * automatically generated transcript may not be 100% accurate", "I'm 100 percent sure". Lower
 * case. "reaching 100% in the UK" stays a figure.
 */
export const FULL_PERCENT_IDIOMS: ReadonlySet<string> = new Set(
  (
    'sure certain accurate confident convinced correct right committed behind honest positive ' +
    'clear serious'
  ).split(' '),
);

/** Words before a count that refer back to a set already counted: "five of the 10 Democrats". */
export const DEFINITE_BEFORE: ReadonlySet<string> = new Set('the these those'.split(' '));
