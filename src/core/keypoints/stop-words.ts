/**
 * English function words left out when comparing sentences (centrality, headline overlap,
 * redundancy): they occur in every sentence and say nothing about the story. Other languages
 * rely on the frequency weighting alone (see content-terms.ts).
 */
export const STOP_WORDS_EN = new Set(
  // articles, determiners, quantifiers
  (
    'a an the this that these those some any each every all both either neither no not nor ' +
    'such own same other another more most much many few less least several ' +
    // pronouns
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his ' +
    'himself she her hers herself it its itself they them their theirs themselves who whom whose ' +
    'which what whatever whoever one ones ' +
    // auxiliaries and very common verbs
    'am is are was were be been being have has had having do does did doing will would shall ' +
    'should can could may might must ought get gets got make made says said say ' +
    // prepositions and conjunctions
    'of in on at by for with about against between into through during before after above below ' +
    'to from up down out off over under again further then once and but or if because as until ' +
    'while than so though although whether since unless upon within without across along among ' +
    'around toward towards via per ' +
    // adverbs and others
    'here there when where why how also just only very too even still yet now ever already ' +
    'really quite rather well back away s t don didn doesn isn wasn aren weren won wouldn ' +
    'couldn shouldn ll re ve d m mr mrs ms dr'
  ).split(' '),
);
