/**
 * Cues that decide whether a figure is one the card shows (step 9), apart from its score.
 * English only: in other languages the cues simply never fire and the score decides.
 */

/**
 * Counted nouns for people: a small spelled-out count of people is news ("Two people died"),
 * where "two steps" or "three windows" is not. Lower case, as written after the number.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'people persons men women children adults babies dead deaths victims casualties ' +
    'workers employees staff patients passengers soldiers others officers officials guards ' +
    'staffers residents students teachers nurses doctors troops police firefighters'
  ).split(' '),
);

/** Counted nouns that make the figure an age: "age 5", "the ages of 25 and 54". */
export const AGE_NOUNS: ReadonlySet<string> = new Set(['age', 'ages', 'aged']);

/**
 * A bare number set off by commas right after a name is the person's age, as news style writes
 * it: "extradite Assange, 47, over his role", "said Singh Jabarjung, 24, from Punjab". Before the
 * number: a capitalised word and a comma; after it: a comma.
 */
export const AGE_APPOSITION_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s*(?:now\s+|then\s+)?$/u;
export const AGE_APPOSITION_AFTER = /^,/;
/**
 * A bare number after "who is" or "who was" is the person's age: "Roof, who was 21 at the time,
 * was arrested the next day" (figures11; with "now" or "then" in the apposition above: "Lauren
 * Batchelder, now 19, questioned Trump").
 */
export const AGE_WHO_BEFORE = /\bwho\s+(?:is|was|turned|turns)\s+$/i;
/** The oldest age read from an apposition ("Apple, 300, ..." is not an age). */
export const AGE_APPOSITION_MAX = 120;

/**
 * Around a duration: a prison term, an amount the story weighs however late it comes ("He now
 * faces a maximum sentence of 175 years in prison", "jailed for 12 years"), not narrative time.
 */
export const PENALTY_BEFORE =
  /\b(?:sentences?\s+of|sentenced\s+to|jailed\s+for|imprisoned\s+for|prison\s+term\s+of)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?$/i;
export const PENALTY_AFTER = /^\s+(?:in|behind)\s+(?:prison|jail|bars)\b/i;
/**
 * After a hyphened figure, a penalty's noun: the compound is the penalty's length ("faces a
 * potential 30-year prison term", "served a one-year sentence", "drew a one-game suspension"),
 * not the length of a thing named ("a four-year term" of office, "a five-year plan").
 */
export const PENALTY_NOUN_AFTER =
  /^\s+(?:(?:prison|jail)\s+(?:term|sentence)|sentence|suspension|ban)s?\b/i;

/**
 * Nouns of elapsed time after a hyphened duration: the compound says how long the time was ("After
 * a three-year silence", "a two-year wait", "a five-year hiatus"), not the length of a thing
 * named ("the company’s five-year plan"). Lower case.
 */
export const GAP_NOUNS: ReadonlySet<string> = new Set([
  'silence',
  'gap',
  'hiatus',
  'absence',
  'break',
  'wait',
  'delay',
  'pause',
  'lull',
  'drought',
  'layoff',
]);

/**
 * Right after a duration: it says when, not how much. "18 months ago", "A year and a half ago",
 * "two years later", "three years earlier" are dates in disguise.
 */
export const WHEN_AFTER = /^\s*(?:ago|earlier|later)\b/i;

/**
 * Right after a distance (its conversion in brackets allowed): it says where, not how much.
 * "more than 3,600 kilometers (2,200 miles) east of Moscow", "50km north-west of Paris",
 * "text ... more than eight feet away".
 */
export const WHERE_AFTER =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\b|away\b)/i;

/**
 * Between a figure and the one before it: the second says the same change another way.
 * "fuel costs rose by £106m or 47.3%": the 47.3% restates the £106m.
 */
export const RESTATES_BETWEEN = /^\s*,?\s*or\s*$/i;

/** Units of length and distance (as 03-unit reports them), for WHERE_AFTER. */
export const LENGTH_UNITS: ReadonlySet<string> = new Set([
  'km',
  'mi',
  'm',
  'cm',
  'ft',
  'yd',
  'nmi',
]);

/**
 * Words that make a figure a competitor's: "the $204m announced by rival Google", "a deal with
 * Japanese rival Nissan Motor to supply it with 36,000 small cars". The story is its own
 * subject's numbers; a rival's are set beside them for scale. Lower case.
 */
export const RIVAL_WORDS: ReadonlySet<string> = new Set([
  'rival',
  'rivals',
  "rival's",
  'competitor',
  'competitors',
]);

/** How many words before and after the figure, in its sentence, RIVAL_WORDS are looked for. */
export const RIVAL_WINDOW_BEFORE = 8;
export const RIVAL_WINDOW_AFTER = 4;

/**
 * Right before a duration: it is the period a comparison runs over, background to the news.
 * "21% more than the average of the past five years", "profits accumulated over the past 50
 * years", "in the previous three months". (Not "the next three years": a plan's span is news.)
 */
export const PAST_PERIOD_BEFORE = /\b(?:the|its|their)\s+(?:past|last|previous|preceding)\s+$/i;

/**
 * A percentage in a sentence about shares or stock is a share-price move: "Altria rising 5% and
 * Reynolds showing gains of 4.5%", "their shares fell by some 4%". Past the opening it is the
 * market's reaction to the story, not the story ("Allied Domecq shares in London rose 4%" in the
 * third sentence of a takeover story is the news). Singular "share" is left out: "a market share
 * of about 90%" is a figure of its own.
 */
export const SHARES_WORDS = /\b(?:shares|stocks?|share\s+price)\b/i;

/**
 * In a sentence about the share price: the moves since the start of the year, background to the
 * day's news. "Home Depot shares are up 39 percent year-to-date while the S&P 500 is up 24.5
 * percent".
 */
export const TO_DATE = /\b(?:year[\s-]to[\s-]date|so far this year)\b/i;

/** Prose sentences that make the opening of the story, for share-price moves. */
export const SHARE_MOVE_OPENING = 5;

/**
 * Right after a multiple: it is a frequency or a rate, a habit rather than the news. "twice a
 * day", "at least three times a week", "doubling every five months".
 */
export const FREQUENCY_AFTER =
  /^\s*(?:a|an|per|each|every)\s+(?:[a-z]+\s+)?(?:second|minute|hour|day|night|week|month|quarter|year|decade)s?\b/i;

/**
 * Right after "twice" or "thrice": the verb's count of times, said after it ("scored twice for",
 * "smashed his racket on the floor, twice, as", "was delayed twice when"),
 * not a comparison ("twice as much", "twice the size") nor a rate ("twice a day", see
 * FREQUENCY_AFTER).
 */
export const OCCURRENCES_AFTER =
  /^\s*(?:[,.;:!?)—–]|$|(?:for|in|when|before|after|on|at|during|since|and|but|while|against|last|this|already|so)\b)/i;

/**
 * Right after a count of people: they are the story's sources, not its news. "according to two
 * people familiar with the matter", "three officials briefed on the talks", "two sources close to
 * the company", "a person who asked not to be named".
 */
export const SOURCE_AFTER =
  /^\s*(?:familiar with|briefed on|with (?:direct )?knowledge of|close to|who (?:spoke|asked|declined|requested|were not|was not|are not|is not)|speaking on condition)\b/i;

/**
 * Right before a figure (a hedge may sit between): it is a part of an amount or a count just
 * stated, a breakdown rather than the news. "a $3 billion buyout ..., including $1 billion for
 * some of Neumann's shares"; "more than 4,000 people ... Those include 1,000 maintenance workers".
 */
export const PART_BEFORE = /\b(?:including|include|includes|included)\s+(?:[a-z]+\s+){0,2}$/i;

/**
 * A later item of the same breakdown: "At 4-7, including 2-6 in the AFC and 0-3 in AFC West"
 * (the "0-3" is a part too). Read on the 40 characters before the figure, in its clause.
 */
export const PART_LIST_BEFORE =
  /\b(?:including|include|includes|included)\s+[^.;:!?()]{0,30}\d[^.;:!?()]{0,12}\s(?:and|or)\s+$/i;

/**
 * A past century in the figure's sentence: the figure is history, background to the news: "In
 * the 14th century the Black Death spread across the Mediterranean and Europe, killing up to 60
 * percent of Europe’s total population", "during the fourteenth century, causing more than 50
 * million deaths" (not the present one: "In the 21st century, the plague is endemic").
 */
export const PAST_CENTURY =
  /\b(?:(?:1?\d|20)(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)[\s-]+century\b/i;

/**
 * ", one of" right before the count: an aside giving the size of the set the thing just named
 * belongs to, a description, not the news: "Europa, one of Jupiter’s 79 moons", "Smith, one of
 * the 12 finalists" (not "translates this into one of 15 languages", where the count is the
 * story: the comma marks the aside).
 */
export const MEMBER_OF_BEFORE =
  /,\s*one\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|\p{Lu}[\p{L}.-]*['’]s?\s+)?$/iu;

/**
 * A length right before one of these words is one side of an object's size: "just over 16 feet
 * long and six feet wide, but 5.3 feet high". When the sentence gives two sides or more, the
 * lengths are a specification of the thing, not the news (a single "40-foot-tall" tree may be).
 */
export const DIMENSION_AFTER = /^\s*(?:long|wide|high|tall|deep|thick)\b/i;
export const DIMENSION_WORDS = /\b(?:long|wide|high|tall|deep|thick)\b/gi;

/**
 * "thirteen different finishes", "seven different drive modes": a count of kinds or options on
 * offer, a detail of the thing described.
 */
export const VARIETY_AFTER = /^\s+(?:different|various|distinct)\b/i;

/**
 * Units of a size written as an adjective of the thing: "20-inch wheels", "a 12.1-inch
 * touchscreen", "a 3.5mm jack": a specification of a product, rarely the news.
 */
export const SPEC_UNITS: ReadonlySet<string> = new Set(['in', 'mm']);

/**
 * Nouns of the parts an article is made of: "Seven big questions heading into the debate:",
 * "7 key questions ..." in its headline, "three key reasons". Their count says how the story is
 * laid out, not what happened.
 */
export const CONTENTS_NOUNS: ReadonlySet<string> = new Set(
  'questions things reasons ways takeaways tips lessons'.split(' '),
);
