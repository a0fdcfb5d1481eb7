/**
 * Words that say a pair of numbers such as "2-1" or "6-4, 7-6 (5)" is a result of a game (see
 * scan-scores.ts). Lower case.
 */

/** A result word up to a few words before the score: "defeated Khachanov 6-4", "beat Chile 3-0". */
export const SCORE_CUES_BEFORE: ReadonlySet<string> = new Set([
  'win',
  'wins',
  'won',
  'winning',
  'beat',
  'beats',
  'beaten',
  'beating',
  'lose',
  'loses',
  'lost',
  'losing',
  'loss',
  'defeat',
  'defeats',
  'defeated',
  'defeating',
  'victory',
  'edged',
  'edging',
  'topped',
  'topping',
  'routed',
  'thrashed',
  'crushed',
  'downed',
  'past',
  // "lift the New York Islanders over the Pittsburgh Penguins 5-4".
  'over',
  'drew',
  'draw',
  'tied',
  'level',
  'levelled',
  'leveled',
  'series',
  'lead',
  'leads',
  'led',
  'leading',
  'trail',
  'trailed',
  'trailing',
  'up',
  'down',
  'serving',
  'scoreline',
  'halftime',
  'final',
]);

/**
 * A result noun right after the score: "a 2-1 win", "a 6-4, 6-3 victory over" (not "a 2-1
 * decision", a judges' vote).
 */
export const SCORE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'win',
  'wins',
  'victory',
  'victories',
  'loss',
  'losses',
  'defeat',
  'defeats',
  'draw',
  'tie',
  'lead',
  'triumph',
  'scoreline',
  'result',
  'aggregate',
]);

/**
 * Other words that may follow a score: prepositions and conjunctions ("3-0 in Group C", "1-1
 * after", "109-98 with 3:08 to play", "112-107 over the Thunder"). Any other word after the pair
 * makes it a range or a ratio of something counted ("10-15 years", "a 3-2 vote", "7-2 majority").
 */
export const SCORE_WORDS_AFTER: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'to',
  'with',
  'over',
  'against',
  'after',
  'before',
  'and',
  'but',
  'for',
  'as',
  'when',
  'while',
  'thanks',
  'by',
  'behind',
  'despite',
  'earlier',
  'last',
  // When the game was: "over the Pittsburgh Penguins 5-4 Tuesday night".
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'tonight',
]);

/**
 * Words of a vote in the words before: the pair is a vote split, left as 04-range reads it ("the
 * bill won the vote 52-48", "the court ruled 5-4"), not a game's score.
 */
export const VOTE_WORDS: ReadonlySet<string> = new Set([
  'vote',
  'votes',
  'voted',
  'voting',
  'ballot',
  'ruled',
  'ruling',
  'majority',
  'senate',
  'jury',
  'judges',
  'justices',
]);
