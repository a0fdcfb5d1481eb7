/**
 * Nouns that stand for a person or body already named ("the president said", "the agency said",
 * "As the report states:"). Data only; 05-resolve-names.ts resolves them to the person whose role
 * contains the noun, or (for documents) to the body named as their author.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'director',
  'chief',
  'executive',
  'founder',
  'professor',
  'researcher',
  'scientist',
  'author',
  'economist',
  'analyst',
  // "said University of Miami tropical weather expert Brian McNoldy"
  'expert',
  'official',
  'governor',
  'mayor',
  'senator',
  'judge',
  'coach',
  'manager',
  'leader',
  'historian',
  'geophysicist',
  'physicist',
  'philosopher',
  'astronomer',
  'developer',
  'writer',
  'editor',
  'lawyer',
  'doctor',
  'ambassador',
  'commissioner',
  'councillor', // "Local councillor Gordon Mackenzie branded the event a "shambles" and said:"
  'councilor',
  'head', // "said NOAA head Jane Lubchenco at an Aug. 4 White House press briefing"
  'artist', // "said the artists" after "Bafta-winning artists Langlands & Bell"
  'artists',
  'researchers',
  'scientists',
  'authors',
]);

/**
 * Plural nouns for a group of people that speaks together: "the doctors stated", "the physicians
 * stated in the letter". 05-resolve-names.ts gives their words to the organisation the article
 * ties them to ("The doctors, members of a recently formed group Doctors for Camp Closure"), and
 * to nobody when it ties them to none.
 */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'doctors',
  'physicians',
  'nurses',
  'activists',
  'campaigners',
  'protesters',
  'protestors',
  'organisers',
  'organizers',
  'lawmakers',
  'members',
  'volunteers',
  'plaintiffs',
  'signatories',
]);

/** Nouns for bodies: "the company said" is the last organisation named. */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'firm',
  'agency',
  'group',
  'ministry',
  'department',
  'government',
  'council',
  'committee',
  'organisation',
  'organization',
  'university',
  'institute',
  'bank',
  'regulator',
  'court',
  'party',
  'union',
  'office', // "the U.S. attorney's office said"
  'police',
  'administration',
  'embassy',
  'army',
  'military',
  'magazine', // "said the magazine" after "US magazine Mobile PC"
  'newspaper',
  'website',
  'site', // "the site surveyed ... developers" after "Stack Overflow published"
  'network',
  'broadcaster',
  'airline',
  'charity',
  // Sports, music and other bodies that speak in statements: "“...,” the club said."
  'club',
  'team',
  'league',
  'federation',
  'association',
  'foundation',
  'commission',
  'board',
  'band',
  'label',
  'studio',
  'publisher',
  'hospital',
  'school',
  // "“...,” wrote the center." after "the Storm Prediction Center has outlined ..."
  'center',
  'centre',
]);

/**
 * Nouns for documents that "state" things: "As the report states:" is spoken by the body that
 * wrote the report ("a new report released on Monday by Stanford University's Center on Poverty
 * and Inequality").
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'study',
  'survey',
  'paper',
  'analysis',
  'review',
  'statement',
  'letter',
  'poll',
  'filing',
  'lawsuit',
  'complaint',
  'ruling',
  'memo',
  'document',
]);

/**
 * Nouns for someone speaking for a body: "a WeWork spokesperson said" is WeWork speaking (role
 * "spokesperson"), while "a member of the audience" is nobody named.
 */
export const SPOKES_NOUNS: ReadonlySet<string> = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'representative',
  'rep',
  'official',
  'officials',
  'statement',
  'release',
]);

/**
 * Verbs that make someone the author of a document: "a report released on Monday by X", "X issued
 * a statement". Not "obtained", "seen" or "reviewed": those are what reporters do.
 */
export const AUTHOR_VERBS: ReadonlySet<string> = new Set([
  'released',
  'published',
  'issued',
  'written',
  'wrote',
  'authored',
  'commissioned',
  'prepared',
  'produced',
  'conducted',
  'filed',
  'sent',
  'posted',
  'signed',
  'compiled',
  'releases',
  'issues',
  'publishes',
]);

/**
 * Nouns written just before the name of a work or a thing, not a person: "the BBC World Service
 * programme Go Digital", "the film Lady Bird", "his book Being Digital", "storm Ciara". A name
 * after one of them is nobody's name: he/she never stands for it.
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'programme',
  'program',
  'show',
  'series',
  'film',
  'movie',
  'documentary',
  'book',
  'novel',
  'album',
  'song',
  'single',
  'play',
  'musical',
  'opera',
  'podcast',
  'game',
  'app',
  'magazine',
  'newspaper',
  'website',
  'blog',
  'column',
  'channel',
  'brand',
  'storm',
  'hurricane',
  'typhoon',
  'ship',
  'vessel',
  'horse',
  'dog',
  'cat',
]);

/**
 * Party members, the last word of a description that stands for a person just named: "the Ohio
 * Democrat said", "the Vermont independent said". Never a name.
 */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set([
  'democrat',
  'republican',
  'independent',
  'conservative',
  'tory',
]);
