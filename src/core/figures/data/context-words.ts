/**
 * Word classes for the context phrase of a figure (step 6). Lower case, letters only.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/**
 * Words a context phrase should not start or end with: a phrase cut out of a clause reads badly
 * as "and the ... to the", "... may have". (Not German "die": "About 23,000 die.")
 */
export const CONTEXT_EDGE_WORDS: ReadonlySet<string> = words(
  // Articles and determiners: "... of the".
  'a an the this that these those its their his her our my your ' +
    // Prepositions: "during the next", "into its".
    'of to in on at by for with from into onto over under about as than per via during after ' +
    'before between among through across against within without since until upon toward towards ' +
    // Conjunctions and clause words: "and", "which".
    'and or but nor so that which who whom whose then while when where because although though if ' +
    // Auxiliaries and modals: "others may have", "the deal is".
    'is are was were be been being am has have had do does did will would shall should can could ' +
    'may might must ' +
    // Adverbs that only qualify what follows: "also", "just", "only"; "during the next".
    'also just only even still next last past ' +
    // French, German, Spanish, Portuguese function words.
    'et ou de la le les des du en à und oder der das y o el los las e ou da do',
);

/**
 * Words that open a new clause or a side remark after the figure: the phrase stops before them
 * once it has said what the figure measures. "cut their chances of becoming allergic by …
 * compared to kids who avoided peanuts" -> stops at "compared"; "store metadata for … so
 * security agencies can access" -> stops at "so". (Not "who", "which", "that": they usually
 * say which thing is meant, "… of kids who ate peanut butter".)
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = words(
  'because although though while whereas unless compared according including despite so',
);

/**
 * Words that open a clause before the figure: the phrase starts after the last of them, so
 * it holds the figure's own clause. "operating normally before it stopped transmitting data …"
 * -> "it stopped transmitting data …"; "was ineffective because it provides …" -> "it provides …".
 */
export const LEFT_CLAUSE_OPENERS: ReadonlySet<string> = words(
  'because although though while whereas unless when if before after since',
);

/**
 * Speech verbs: the words before a figure up to "says" or "said" name the speaker, not what the
 * figure measures. "Microsoft says … are in the works" -> "… are in the works"; "she said she plans
 * to give …" -> "she plans to give …".
 */
export const SPEECH_VERBS: ReadonlySet<string> = words('said says say told tells added adds');

/**
 * Function words left out of the centrality of a sentence (step 8): a sentence is central when
 * it shares the article's recurring content words, not its "which" and "their". Kept apart from
 * CONTEXT_EDGE_WORDS so that tidying a context phrase does not move the ranking.
 */
export const RANK_STOPWORDS: ReadonlySet<string> = words(
  'a an the and or but so of to in on at by for with from into as that which who than then ' +
    'while when where because although though if its their his her our also just only ' +
    'et ou de la le les des du en à und oder der das y o el los las e ou da do',
);
