/**
 * Words the attribution clauses are read by (src/core/quotes/speaker-before.ts, speaker-after.ts,
 * role-phrases.ts and the other clause parsers): determiners, prepositions, conjunctions and verbs
 * that open, close or tie a speaker's clause. Kept apart from the code that reads them, like the
 * other word tables.
 */
// Determiners before a participle used as an adjective: "the alleged victim".
export const ADJECTIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'this',
]);
// Determiners that make a noun phrase definite: "the report", "its statement".
export const DEFINITE: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'its',
  'his',
  'her',
  'their',
  'our',
]);
// Determiners of a document or medium of speech: "issued a statement saying", "fumed in a
// tweet", "in his statement".
export const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
]);
// Possessive determiners before a relative: "her mother", "his wife", "their son".
export const KIN_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'our']);
// Prepositions that put a place where someone or something is, not who acts: "a company in
// Florida", "the group in Turkey", "officials from Ohio" (place-after-preposition.ts).
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
]);
// Prepositions after which a name in a descriptor is its owner: "the tweet from Vulture magazine".
export const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'of', 'by', 'at', 'for']);
// Words that may open an attribution clause without being part of it: "as Reuters reported".
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'as',
  'and',
  'but',
  'so',
  '—',
  '–',
  '-',
]);
// A relative pronoun opening an apposition is not a role: "Eric Biondi, MD, who runs a program".
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'that']);
// Participles that are roles: "Jane Doe, retired general", "a distinguished fellow".
export const ROLE_ADJECTIVES: ReadonlySet<string> = new Set([
  'retired',
  'distinguished',
  'elected',
  'acclaimed',
  'renowned',
  'leading',
  'acting',
  'managing',
  'consulting',
  'founding',
  'ruling',
]);
// Finite verbs that never stand in a role.
export const FINITE: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'does',
  'did',
  'said',
  'says',
  // A pronoun and its verb in one word: "X, her label and two senators looks like it's over".
  "it's",
  'it’s',
  "that's",
  'that’s',
  "there's",
  'there’s',
  "they're",
  'they’re',
]);
// Words that open a clause rather than a role after "Name,".
export const NOT_ROLE_START: ReadonlySet<string> = new Set([
  'would',
  'could',
  'should',
  'may',
  'might',
  'can',
  'did',
  'does',
  'do',
  'will',
]);
// Conjunctions that open a clause: a name after one is that clause's subject, not an object.
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
// Prepositions tying a person to an organisation: "Cara Diemont of IT firm Dimension Data",
// "Trent Hamm at The Simple Dollar", "a spokesman for Acme Corp".
export const AFFILIATION: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from', 'with']);
// Connectors inside an organisation's name before its possessive: "Ernst and Young's".
export const POSSESSOR_CONNECTORS: ReadonlySet<string> = new Set(['and', '&', 'of', 'the']);
// After these verbs the name is the listener, not the speaker: "told the BBC", "asked Reuters".
export const LISTENER_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'tells',
  'told',
  'telling',
  'ask',
  'asks',
  'asking',
]);
// Function words never part of a role written before a name, nor between a verb and the
// speaker: in "by saying that Arab Israeli voters were" the words after "saying" are no speaker.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'that',
  'to',
  'by',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'as',
  'if',
  'when',
  'because',
  'and',
  'or',
  'but',
  'not',
  'it',
  'there',
  'into',
  'about',
  'after',
  'before',
  'while',
  'other',
  'another',
  'over',
  'under',
  'never',
  'ever',
  'however',
  'whether',
  'rather',
  'together',
  'via', // "Richardson, via USA Today, said": a source, not a role
  'na',
  've',
  'v',
  'ao',
  'no',
  'en',
  'à',
  'au',
]);
