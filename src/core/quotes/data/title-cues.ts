/**
 * Words that announce a title, name or term rather than speech when they come just before the
 * opening mark, lower case. Data only; 03-filter.ts drops quotations they introduce.
 */
export const TITLE_CUES: ReadonlySet<string> = new Set([
  'titled', // a masterwork on chaos titled “Deterministic Nonperiodic Flow.”
  'entitled',
  'called', // a shape called “strange attractor”
  'named',
  'dubbed',
  'nicknamed',
  'so-called', // so-called “metadata”
  'term', // the term “software engineering,”
  'terms',
  'word', // the word “neon”
  'words',
  'phrase',
  'slogan',
  'tagline', // The tagline? “Fresh. Every day.”
  'motto',
  'label',
  'book', // In her book “A Paradise Built in Hell: ...”
  'novel',
  'film',
  'movie',
  'documentary',
  'song',
  'album',
  'series',
  'episode',
  'musical',
  'poem',
  'essay',
  'article',
  'column',
  'headline',
  'hashtag',
  'exhibition',
  'campaign',
  'program',
  'programme',
  'podcast',
  'game',
  'app',
]);

/**
 * Two-word cues, checked on the last two words before the mark: known as “the father of chaos”,
 * referred to as “the cloud”.
 */
export const TITLE_CUE_PAIRS: ReadonlySet<string> = new Set([
  'known as',
  'to as', // referred to as
  'billed as',
  'branded as',
  'such as',
  'marked as',
]);

/**
 * Short words a title leaves in lower case: "The World of Tomorrow", "A Paradise Built in Hell".
 * Data only; title-case.ts skips them when it checks that every other word is capitalised.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'to',
  'for',
  'and',
  'or',
  'at',
  'by',
  'with',
  'from',
  'as',
  'that',
  'vs',
  'de',
  'la',
  'le',
  'du',
  'des',
  'el',
  'y',
  'und',
  'der',
  'die',
  'das',
]);

/**
 * Nouns that make the quotation just before them the name of a thing: South Dakota’s viral
 * “Meth. We’re on it.” awareness campaign, the “one country, two systems” formula. Lower case;
 * 03-filter.ts drops a quotation followed by one of them (at most one word between).
 */
export const NAME_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'campaign',
  'formula',
  'policy',
  'principle',
  'doctrine',
  'slogan',
  'motto',
  'tagline',
  'mantra',
  'framework',
  'model',
  'approach',
  'strategy',
  'initiative',
  'programme',
  'program',
  'plan',
  'movement',
  'brand',
  'label',
  'logo',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'billboard',
  'billboards',
  'banner',
  'banners',
  'sign',
  'signs',
  'hashtag',
  'meme',
  'rule',
  'doctrine',
  'clause',
  'provision',
  'bill',
  'act',
]);

/**
 * Words for the reader as speaker: `ask yourself, “Will this just end up in the picture?”`, `you
 * might say, “...”`. A quotation the reader is invited to say or think is nobody's words.
 */
export const READER_WORDS: ReadonlySet<string> = new Set(['you', 'yourself', 'yourselves']);
