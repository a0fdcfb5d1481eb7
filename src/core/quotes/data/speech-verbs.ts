/**
 * Verbs that introduce or attribute someone's words, lower case, as they appear in text. Data
 * only; 04-attribute.ts finds them next to a quote ("said X", "X told Reuters", "X wrote").
 * Several languages are kept in one table: the words hardly collide and a page's language tag is
 * often wrong.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  // English: say, tell, add and the common reporting verbs, in the forms news prose uses.
  'say',
  'says',
  'said',
  'saying',
  'tell',
  'tells',
  'told',
  'telling',
  'add',
  'adds',
  'added',
  'adding',
  'write',
  'writes',
  'wrote',
  'written',
  'writing',
  'explain',
  'explains',
  'explained',
  'note',
  'notes',
  'noted',
  'noting', // "Donna dismissed the idea, noting, “...”": the participle after a comma, like "saying,"
  'ask',
  'asks',
  'asked',
  'reply',
  'replies',
  'replied',
  'recall',
  'recalls',
  'recalled',
  'continue',
  'continues',
  'continued',
  'argue',
  'argues',
  'argued',
  'insist',
  'insists',
  'insisted',
  'state',
  'states',
  'stated',
  'stating', // "he spoke from his car to a crowd of 70,000, stating “...”"
  'claim',
  'claims',
  'claimed',
  'declare',
  'declares',
  'declared',
  'announce',
  'announces',
  'announced',
  'tweet',
  'tweets',
  'tweeted',
  'post',
  'posts',
  'posted',
  'warn',
  'warns',
  'warned',
  'acknowledge',
  'acknowledges',
  'acknowledged',
  'admit',
  'admits',
  'admitted',
  'agree',
  'agrees',
  'agreed',
  'observe',
  'observes',
  'observed',
  'remark',
  'remarks',
  'remarked',
  'comment',
  'comments',
  'commented',
  'conclude',
  'concludes',
  'concluded',
  'suggest',
  'suggests',
  'suggested',
  'report',
  'reports',
  'reported',
  'reporting',
  'point', // "has pointed out": the particle is not needed to recognise it
  'points',
  'pointed',
  'respond',
  'responds',
  'responded',
  'quip',
  'quips', // "“...,” quips Groene." (present-tense features)
  'quipped',
  'joke',
  'jokes', // "“...,” jokes Groene."
  'joked',
  'exclaim',
  'exclaimed',
  'predict',
  'predicted',
  'predicts',
  'promise',
  'promised',
  'promises',
  'vow',
  'vowed',
  'vows',
  'urge',
  'urged',
  'urges',
  'insisting',
  'emphasise',
  'emphasised',
  'emphasize',
  'emphasized',
  'stress',
  'stressed',
  'stresses',
  'confirm',
  'confirmed',
  'confirms',
  'describe',
  'described',
  'describes',
  'read', // "The tweet from Vulture magazine reads, “...”"
  'reads',
  'began', // "“@Uber_Sydney stop being assholes,” one Twitter response began"
  'begins',
  'wondered',
  'wonders',
  'testified',
  'recounted',
  'recounts',
  'complained',
  'complains',
  'boasted',
  'mused',
  'muses',
  'shout',
  'shouts',
  'shouted',
  'conceded', // "Quillinan-Meiland conceded there were “grey areas”"
  'concedes',
  'underlined',
  'specified', // "The magazine specified that gadgets also needed to be a “...”"
  'specifies',
  'maintained',
  'maintains',
  'laughed', // "“...,” McDowell laughed."
  'laughs',
  // More reporting verbs of news prose, found missing on unseen pages: "“...,” countered X",
  // "“...,” believes X" (BBC style), "X cautioned:". Past and third-person forms only where the
  // base form or the -s form is also a common noun or opens other sentences ("shares", "demands",
  // "objects", "I believe").
  'countered',
  'cautions',
  'cautioned',
  'asserts',
  'asserted',
  'reveals',
  'revealed',
  'discloses',
  'disclosed',
  'whispered',
  'shared', // "“...,” X shared." and "X shared her perspective on these findings:"
  'elaborates',
  'elaborated',
  'believes', // "“...,” believes X, an analyst at ..." (inverted, BBC style)
  'reckons',
  'reckoned',
  'thinks',
  'reiterates',
  'reiterated',
  'mentioned',
  'highlighted',
  'hinted',
  'retorted',
  'rebutted',
  'snapped',
  'sighed',
  'muttered',
  'murmured',
  'yelled',
  'scream',
  'screams',
  'screamed',
  'cried',
  'pleads',
  'pleaded',
  'begged',
  'demanded',
  'lamented',
  'bemoaned',
  'boasts',
  'pledged',
  'reassured',
  'reassures',
  // "“...,” he assures himself.": speech to oneself is still said aloud in the quote.
  'assures',
  'assured',
  'advises',
  'advised',
  'recommends',
  'recommended',
  'contends',
  'contended',
  'alleges',
  'alleged', // "Prosecutors alleged that ..."; not after a determiner ("the alleged victim"), see verbAt
  'opined',
  'reflected',
  'reasoned',
  'speculates',
  'speculated',
  'clarified',
  'clarifies',
  'affirmed',
  'affirms',
  'confesses',
  'confessed',
  'denies',
  'denied',
  'objected',
  'protested',
  'texted',
  'emailed',
  'blogged',
  'messaged',
  'testifies',
  'summarised',
  'summarized',
  'interjected',
  'answered',
  'queried',
  'inquired',
  'disagrees',
  'disagreed',
  'remembers',
  'remembered',
  'threatened',
  'proclaimed',
  'scoffed',
  'chuckled',
  'chuckles',
  'smiled', // "“...,” she smiled." (features)
  'smiles',
  'grinned',
  'grins',
  'beamed', // "“...,” Jones beams."
  'beams',
  'teased',
  'gushed',
  'called', // "Jane Roe called the plan “a total disaster for everyone”"; not "called “X”" (a title cue)
  'calls',
  // German
  'sagte',
  'sagt',
  'sagten',
  'erklärte',
  'erklärt',
  'betonte',
  'betont',
  'meinte',
  'meint',
  'schrieb',
  'schreibt',
  'fügte',
  'ergänzte',
  'warnte',
  'kritisierte',
  'bestätigte',
  'antwortete',
  'berichtete',
  'forderte',
  'räumte', // "räumte ... ein"
  'teilte', // "teilte ... mit"
  // French (the participle after "a": "a déclaré X", "a ajouté X")
  'dit',
  'déclaré',
  'déclare',
  'ajouté',
  'ajoute',
  'affirmé',
  'affirme',
  'expliqué',
  'explique',
  'estimé',
  'estime',
  'indiqué',
  'indique',
  'souligné',
  'souligne',
  'précisé',
  'précise',
  'assuré',
  'assure',
  'confié',
  'raconte',
  'raconté',
  'reconnu',
  'reconnaît',
  'rappelé',
  'rappelle',
  'insisté',
  'insiste',
  'martelé',
  'répondu',
  'répond',
  'confirmé',
  'lancé',
  'lance',
  'prévenu',
  'averti',
  'écrit',
  'témoigne',
  'poursuit',
  'conclut',
  'résume',
  // Spanish
  'dijo',
  'dice',
  'afirmó',
  'afirma',
  'aseguró',
  'asegura',
  'agregó',
  'añadió',
  'explicó',
  'señaló',
  'sostuvo',
  'indicó',
  'declaró',
  'manifestó',
  'expresó',
  'comentó',
  'advirtió',
  'remarcó',
  'subrayó',
  'destacó',
  'consideró',
  'opinó',
  'reconoció',
  'admitió',
  'escribió',
  'contó',
  'relató',
  'recordó',
  'insistió',
  'precisó',
  'apuntó',
  'concluyó',
  'planteó',
  'llamó', // "el jurista Carlos Nino llamó a la Argentina “un país al margen de la ley”"
  'respondió',
  'sostiene',
  'explica',
  'señala',
  'agrega',
  // Portuguese
  'disse',
  'diz',
  'afirmou',
  'falou',
  'acrescentou',
  'declarou',
  'explicou',
  'contou',
  'completou',
  'ressaltou',
  'destacou',
  'lembrou',
  'comentou',
  'escreveu',
  'garantiu',
  'avaliou',
  'admitiu',
  'reconheceu',
  'defendeu',
  'questionou',
  'concluiu',
  'pontuou',
  'observou',
  'alertou',
  'argumentou',
  'respondeu',
  'perguntou',
  // Czech (masculine and feminine past, and the present of reportage)
  'řekl',
  'řekla',
  'uvedl',
  'uvedla',
  'dodal',
  'dodala',
  'prohlásil',
  'prohlásila',
  'napsal',
  'napsala',
  'píše',
  'tvrdí',
  'zdůrazňuje',
  'hodnotí',
  'přidává',
  'přirovnává',
  'říká',
  'vysvětlil',
  'vysvětlila',
  'poznamenal',
  'poznamenala',
  'upozornil',
  'upozornila',
  'konstatoval',
  'konstatovala',
  'zdůraznil',
  'zdůraznila',
  'připustil',
  'připustila',
  'sdělil',
  'sdělila',
  'popsal',
  'popsala',
  'odpověděl',
  'odpověděla',
  'potvrdil',
  'potvrdila',
  'míní',
  'dodává',
  'vysvětluje',
  'prohlašuje',
  'uvádí',
]);

/**
 * Speech verbs of two words, the verb with the particle that makes it one (lower case): "“...,”
 * Smith went on.", "As Jane Roe put it, “...”", "Analysts weighed in:". Neither word alone is a
 * speech verb ("went home", "put the phone down").
 */
export const PHRASAL_SPEECH_VERBS: ReadonlyMap<string, string> = new Map([
  ['went', 'on'],
  ['goes', 'on'],
  ['put', 'it'],
  ['puts', 'it'],
  ['chimed', 'in'],
  ['chimes', 'in'],
  ['weighed', 'in'],
  ['summed', 'up'],
  ['sums', 'up'],
  ['spoke', 'up'],
]);

/**
 * Speech verbs that also report a conclusion or belief. In a clause reported by someone else
 * ("Pompeo said that ... Washington had concluded the settlements were “not ... inconsistent
 * with international law”") their subject is what the sayer reports, not who is quoted.
 */
export const THOUGHT_VERBS: ReadonlySet<string> = new Set([
  'conclude',
  'concludes',
  'concluded',
  'agree',
  'agrees',
  'agreed',
  'believe',
  'believes',
  'believed',
  'think',
  'thinks',
  'thought',
  'decided',
  'determined',
  'found',
]);

/**
 * Verbs of wondering in the base form: under a modal right before a quotation ("The Carlyle
 * Group will be left to wonder: “what did we do to deserve this?”") they give a thought the
 * writer imagines, nobody's words.
 */
export const WONDER_VERBS: ReadonlySet<string> = new Set(['wonder', 'ponder', 'think', 'muse']);

/**
 * Verbs that, with "as" right before a quotation, give the subject's words for someone or
 * something: "Benioff introduced Cook to the audience as “someone who ...”", "Roe hailed the deal
 * as “a turning point”".
 */
export const DESCRIBE_AS_VERBS: ReadonlySet<string> = new Set([
  'introduced',
  'introduces',
  'hailed',
  'hails',
  'praised',
  'praises',
  'branded',
  'brands',
  'labelled',
  'labeled',
  'dubbed',
  'characterised',
  'characterized',
  'touted',
  'dismissed',
  'dismisses',
]);

/**
 * Modals that make speech imagined rather than reported when a thought verb's clause holds them:
 * "Roe believes that voters will soon shout, “...”" quotes nobody.
 */
export const MODALS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'might',
  'may',
  'shall',
  'should',
]);

/**
 * Verbs of saying that report a clause after "that": "Pompeo said that ...", "she told reporters
 * that ...". Their subject speaks for a thought verb's clause (THOUGHT_VERBS).
 */
export const SAY_THAT_VERBS: ReadonlySet<string> = new Set([
  'say',
  'says',
  'said',
  'tell',
  'tells',
  'told',
]);

/**
 * Words that introduce the source of what follows or precedes, like "according to": "“...”,
 * selon Laurent Fabius", "según Mauricio Macri", "laut Angela Merkel", "podle Andreje Babiše".
 * Each entry is the words in lower case. The name must follow at once. German "so" only counts
 * right after a quote and when the name ends the clause ("„...“, so Hans Müller."): in English
 * "so" opens many clauses.
 */
export const ACCORDING_TO: readonly (readonly string[])[] = [
  ['according', 'to'], // English
  ['selon'], // French
  ['d’après'], // French
  ["d'après"],
  ['según'], // Spanish
  ['segun'],
  ['segundo'], // Portuguese ("segundo" is also "second": a name must follow)
  ['conforme'], // Portuguese
  ['laut'], // German
  ['podle'], // Czech
  ['secondo'], // Italian
];

/** German "so X" after a quote: the name must end the clause. */
export const SO_SOURCE = 'so';

/**
 * Words that may stand between a speaker and the verb without ending the attribution:
 * auxiliaries and adverbs ("Lorenz had written", "Rothman recalls", "Netanyahu strongly warned",
 * "la ministre a déclaré").
 */
export const VERB_COMPANIONS: ReadonlySet<string> = new Set([
  'has',
  'had',
  'have',
  'was',
  'were',
  'is',
  'are',
  'would',
  'will',
  'could',
  'later',
  'also',
  'then',
  'once',
  'now',
  'recently',
  'previously',
  'earlier',
  'again',
  'further',
  'simply',
  'strongly',
  'repeatedly',
  'publicly',
  'privately',
  'flatly',
  'quickly',
  'instead', // "He instead told the BBC interviewer:"
  'still',
  'even',
  'just',
  'never',
  'first',
  'finally',
  'reportedly',
  'allegedly', // "“We messed up,” Thomas allegedly told a supervisor."
  'apparently',
  'separately',
  'subsequently',
  'initially',
  'often',
  'always',
  'bluntly',
  'openly',
  'candidly',
  'quietly',
  'originally',
  'a', // French "a déclaré"
  'ha', // Spanish "ha dicho"
  'hat', // German "hat gesagt"
  'out', // "has pointed out"
  'se', // Czech "přidává se"
]);

/**
 * Lower-case words in -ly that are nouns or adjectives, not adverbs: "the family said", "a close
 * ally told", "the daily reported". Any other -ly word may stand between a speaker and the verb
 * like VERB_COMPANIONS: "Brooke tearfully asked", "he angrily replied".
 */
export const LY_NOUNS: ReadonlySet<string> = new Set([
  'family',
  'assembly',
  'ally',
  'rally',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'only',
  'early',
  'elderly',
  'lily',
  'holy',
  'supply',
  'reply',
  'july',
  'italy',
]);

/**
 * Chinese and Japanese mark speech around the quote rather than with a separate word: a quote
 * followed by the quotative と or って (「行きます」と言った) or introduced by 说 / 道 / 表示 / 称 /
 * 指出 and a colon (他说：「我们走吧」). Checked on the characters next to the marks.
 */
export const CJK_SPEECH_AFTER = /^\s*(?:と|って)/;
export const CJK_SPEECH_BEFORE = /(?:说|道|表示|称|指出|言う|述べ)[：:，,]?\s*$/;

/**
 * Nouns for a medium of speech: after "in a" (and up to two modifiers) they make the verb before
 * them a speech verb, whatever the verb: "Trump fumed in a tweet", "she hit back in a statement",
 * "he simpered in a morning tweet".
 */
export const SPEECH_MEDIA: ReadonlySet<string> = new Set([
  'tweet',
  'tweets',
  'statement',
  'post',
  'email',
  'e-mail',
  'letter',
  'interview',
  'message',
  'speech',
  'memo',
  'op-ed',
  'essay',
  'column',
  'podcast',
]);
