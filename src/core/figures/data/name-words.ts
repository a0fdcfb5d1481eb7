/**
 * Words after which a number is a label, not a quantity: "Section 230", "Chapter 11",
 * "flight 370", "Version 5.3", "Building 24", "page 3", "No. 1", "group 2 innate lymphoid cells",
 * "the rebels in area 55". Lower case, without a trailing full stop. (A capitalised word before
 * a number is treated as a name too, see 05-filter; this list catches the lower-case uses and
 * the capitalised words that start a sentence.)
 */
export const NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'section sections article articles chapter chapters clause page pages p pp paragraph figure fig ' +
    'table appendix exhibit route highway interstate motorway flight flights room gate platform ' +
    'level phase stage season episode ep series version v vol volume issue no nos number ' +
    'grade class category type model mark mk act rule title proposition prop amendment district ' +
    'ward precinct unit suite apartment apt floor building block lot item step part book round ' +
    'game hole lane channel track exit pier terminal bus line tier division league group area ' +
    'zone sector ios android ' +
    'windows macos osx os update patch release build ' +
    'abschnitt artikel kapitel seite folge staffel ' +
    'article chapitre page épisode saison ' +
    'artículo capítulo página temporada ' +
    'artigo capítulo página ' +
    'článek kapitola strana'
  ).split(' '),
);

/**
 * Words of NAME_WORDS that are also verbs: before a count they are the verb, not a label ("plans
 * to build 1.5 million new homes", metro; "chose to release 10.5 floors at 300 Slater Street",
 * ottawacitizen; "will release 33 hostages"), while "build 1.5", "release 10.5" alone name
 * software. Lower case.
 */
export const VERB_NAME_WORDS: ReadonlySet<string> = new Set([
  'release',
  'build',
  'update',
  'patch',
]);

/**
 * Words that name a show, a book or a series before "of" + a bare number: "New episodes of 24",
 * "a typical episode of 24" (the show "24"). Only words that take a title: "fans of 24" may
 * count fans. A count has its noun after it ("episodes of 24 minutes") and stays a figure.
 */
export const TITLE_OF_WORDS: ReadonlySet<string> = new Set(
  'episode episodes season seasons remake sequel premiere finale'.split(' '),
);

/**
 * Capitalised words that can start a sentence right before a figure without naming it:
 * "About 23,000 die", "Some 40 people", "Only 3% ...". Lower case. Every hedge is one too.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    'the a an and but or so yet then now today yesterday also still only just even all both ' +
    'each every another other these those this that there here its their his her our my your ' +
    'we they he she it i you in on at by for with from to of after before since until during ' +
    'over under about around nearly almost some more less fewer than up down between among ' +
    'roughly approximately just another additional least most at as if when while where ' +
    'though although because once another nearly overall total altogether perhaps maybe ' +
    'what which who how why whether some another' +
    ' le la les un une des et mais ou en à au aux du de plus près environ ' +
    'der die das ein eine und aber oder im am mit von zu über rund etwa knapp fast mehr ' +
    'el los las unos unas y pero o en con de más cerca ' +
    'o os as um uma e mas em com de mais cerca ' +
    'a i ale nebo v ve s se z ze na do přes kolem téměř asi'
  ).split(' '),
);

/**
 * Capitalised words that follow a model number as the rest of its name: "its popular 737 Max
 * jet", "the 787 Dreamliner", "an iPhone 11 Pro". A number right before one of these names a
 * product, it does not count it ("30 Boeing jets" counts: a maker's name is not on this list).
 * Lower case.
 */
export const MODEL_WORDS: ReadonlySet<string> = new Set(
  'max pro plus mini ultra lite neo dreamliner xl xs se turbo'.split(' '),
);

/**
 * Nouns after a tenor ("30-year", "three-month") that make it the name of a security or a
 * contract, not a length of time: "The 30-year bond", "Benchmark 10-year notes", "the two-year
 * Treasury yield", "Three-month aluminum on the London Metal Exchange" (metals trade by their
 * three-month contract), "a total impact of more than $400bn in 10-year equivalents" (bond
 * holdings told as the 10-year note they match). Lower case.
 */
export const TENOR_NOUNS: ReadonlySet<string> = new Set(
  (
    'bond bonds note notes bill bills yield yields treasury treasuries gilt gilts bund bunds ' +
    'jgb jgbs libor futures aluminum aluminium copper nickel zinc equivalent equivalents'
  ).split(' '),
);

/**
 * Capitalised function words that mark a title in mid-sentence when they follow a number:
 * "making this CNN “10 People Who Don’t Matter List” in 2006", "the 15 Most Influential
 * People". A count before a proper name has no such word ("20 Senate Democrats"). Lower case.
 */
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'who what why how that of the to and for you your most'.split(' '),
);

/**
 * Lower-case words between two capitalised ones that a title has and a proper name has not:
 * the "to" of an infinitive, "7 Simple A/B Tests to Increase Conversions". Not "of", "for",
 * "and", "the", which names have too ("11 University of Miami Medical School students", "the
 * Centers for Disease Control and Prevention"). Lower case.
 */
export const TITLE_LOWER_WORDS: ReadonlySet<string> = new Set(['to']);

/**
 * Words right before a number that point to another work by its title: "(see 35 Innovators
 * Under 35, 2013)". Lower case.
 */
export const TITLE_CUE_WORDS: ReadonlySet<string> = new Set(['see']);

/**
 * Nouns after a distance that make it the name of a race, not a length: "won gold in the men's
 * 400 metre relay", "the 100m freestyle", "the 110-metre hurdles". Lower case.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(
  (
    'relay relays freestyle backstroke breaststroke butterfly medley hurdles steeplechase ' +
    'dash sprint'
  ).split(' '),
);

/**
 * The last word of a street's name: a number before "New York Avenue" or "Downing Street" is a
 * house number (see isStreetAddress). Lower case, without a full stop.
 */
export const STREET_WORDS: ReadonlySet<string> = new Set(
  (
    'street st avenue ave road rd boulevard blvd lane ln drive dr place pl parkway pkwy ' +
    'terrace court ct highway hwy plaza square'
  ).split(' '),
);
