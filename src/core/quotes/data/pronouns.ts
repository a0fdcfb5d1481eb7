/** Pronouns that can be the speaker of an attribution ("she said"), with their gender. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'n'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'n'],
  ['it', 'n'], // an organisation: "the agency said it..." / "“...,” it said."
  ['i', 'n'],
  ['we', 'n'],
  ['er', 'm'], // German
  ['sie', 'f'],
  ['il', 'm'], // French
  ['elle', 'f'],
]);

/** Pronouns that tell a person's gender when they follow the person's name. */
export const GENDER_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
]);

/** Honorifics that tell a gender: "Mr. Zhang", "Miss Ellen Fetter". */
export const GENDER_TITLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['mr', 'm'],
  ['sir', 'm'],
  ['lord', 'm'],
  ['king', 'm'],
  ['prince', 'm'],
  ['father', 'm'],
  ['herr', 'm'],
  ['monsieur', 'm'],
  ['señor', 'm'],
  ['mrs', 'f'],
  ['ms', 'f'],
  ['miss', 'f'],
  ['dame', 'f'],
  ['lady', 'f'],
  ['queen', 'f'],
  ['princess', 'f'],
  ['frau', 'f'],
  ['madame', 'f'],
  ['mme', 'f'],
  ['señora', 'f'],
]);

/**
 * Words that open a noun phrase for someone unnamed: "one Twitter response began", "a member of
 * the audience", "an unidentified poster". An attribution to such a phrase is an attribution to
 * nobody we can name: the speaker is null, and no guess is made from elsewhere.
 */
export const ANONYMOUS_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'another',
  'some',
  'someone',
  'somebody',
  'many',
  'most', // a share of a people, as in a poll: "most Americans say"
  'few',
  'several',
  'others',
  'critics',
  'people',
  'experts',
  'analysts',
  'observers',
  // Other languages' indefinite articles: "una fuente de los servicios", "un porte-parole".
  'un',
  'una',
  'uno',
  'une',
  'ein',
  'eine',
  'einer',
  'um',
  'uma',
]);

/**
 * Nouns for an unnamed man or woman: after "a", "an", "one" or "another" they bring in someone
 * he/she may stand for ("WIRED spoke to one mother, who knew ... “...,” she said." is nobody we
 * can name, not the last woman or body named).
 */
export const GENDERED_NOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['man', 'm'],
  ['father', 'm'],
  ['dad', 'm'],
  ['son', 'm'],
  ['husband', 'm'],
  ['boy', 'm'],
  ['brother', 'm'],
  ['grandfather', 'm'],
  ['woman', 'f'],
  ['mother', 'f'],
  ['mom', 'f'],
  ['mum', 'f'],
  ['daughter', 'f'],
  ['wife', 'f'],
  ['girl', 'f'],
  ['sister', 'f'],
  ['grandmother', 'f'],
]);

/**
 * Nouns for someone whose name the article withholds: "the insider added", "the source said".
 * After "the" they are nobody we can name (never the last person quoted or named nearby).
 */
export const UNNAMED_NOUNS: ReadonlySet<string> = new Set([
  'insider',
  'source',
  'informant',
  'tipster',
]);

/**
 * Words for a share before "of": "64% of Americans say", "half of Britons think", "a majority of
 * voters said". A people counted so is a poll's answer, nobody who spoke (a number or percentage
 * counts as well).
 */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'half',
  'majority',
  'minority',
  'most',
  'many',
  'some',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fifth',
  'fifths',
  'percent',
  'per',
  'cent',
  'none',
]);
