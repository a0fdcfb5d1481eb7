import type { Doc } from '../text/doc.ts';
import type { Merged } from './07-merge.ts';
import { appositionAge } from './ages.ts';
import { isBracketed } from './bracketed.ts';
import type { Candidate, FigureKind } from './candidate.ts';
import { baselineOf, earlierYear, ledeYear, restatements } from './comparison-cues.ts';
import { MINIMIZING_HEDGE } from './data/hedges.ts';
import {
  AGE_NOUNS,
  CONTENTS_NOUNS,
  DIMENSION_AFTER,
  DIMENSION_WORDS,
  FREQUENCY_AFTER,
  GAP_NOUNS,
  LENGTH_UNITS,
  MEMBER_OF_BEFORE,
  PART_BEFORE,
  PART_LIST_BEFORE,
  PAST_CENTURY,
  PAST_PERIOD_BEFORE,
  PENALTY_AFTER,
  PENALTY_BEFORE,
  PENALTY_NOUN_AFTER,
  SHARES_WORDS,
  SOURCE_AFTER,
  SPEC_UNITS,
  TO_DATE,
  VARIETY_AFTER,
  WHEN_AFTER,
  WHERE_AFTER,
} from './data/key-cues.ts';
import { SPECULATIVE_AFTER } from './data/rank-cues.ts';
import { aboutMarkets, namesMarketIndex } from './market-index.ts';
import { isOccurrenceCount } from './occurrence-count.ts';
import { quotedSpans } from './quoted-spans.ts';
import { opensOnResultsLine } from './scan-scores.ts';
import { centrality, contentWords, singular } from './sentence-centrality.ts';
import {
  conditionalBefore,
  rivalAround,
  speculativeBefore,
  thresholdBefore,
} from './surrounding-cues.ts';
import { tokensAfter, tokensBefore } from './text-around.ts';

/**
 * Step 8: how important each figure is to the story, as evidence (`evidenceOf`) and a score
 * (`scoreOf`, higher first); step 9 reads the same evidence to decide which are key. A reader's
 * cues:
 * - the headline states it (the strongest cue: "Alibaba Cloud to invest $28bn ...");
 * - it comes early (the lede carries the news; a figure in the tenth paragraph is detail);
 * - its sentence shares words with the headline, and with the rest of the article (it is about
 *   what the story is about);
 * - it is money, a percentage, a large count or a hedged estimate rather than a small
 *   spelled-out count ("two steps") or a technical detail;
 * - it is repeated (a little);
 * - it is not a point of comparison ("from $10.9bn", "£125m a year earlier");
 * - it says what happened, not what could happen or is forecast ("could bring in as much as").
 */
/** What the ranking knows about one figure: the reader's cues, measured. */
export interface Evidence {
  kind: FigureKind;
  /** The first mention's value, null when none ("1800 x 1920"). */
  value: number | null;
  /** A small count spelled out: "two steps", "three windows" (not "Two-year-old", not "11 people"). */
  smallWordCount: boolean;
  /** A hedge on any mention: "more than 200 others", "about 3%". */
  hedged: boolean;
  /** Money, a count or a bare number of 1,000 or more. */
  large: boolean;
  /** Its sentence's place among the article's prose sentences, 0 for the lede. */
  position: number;
  /** How central its sentence is, 0-1 (1 for the article's most central sentence). */
  central: number;
  caption: boolean;
  /** The headline states it (same unit, within 3%). */
  inTitle: boolean;
  /** Share of the headline's content words (up to four) that its sentence has, 0-1. */
  titleOverlap: number;
  /** How many times the article states it. */
  mentions: number;
  /**
   * A point of comparison: 'old' for the old level of a change ("from $10.9bn", "$639m
   * year-earlier"), 'contrast' for a figure set beside another ("compared with £125m a year
   * earlier"), null when neither.
   */
  baseline: 'old' | 'contrast' | null;
  /** The counted noun or unit word as written ("people", "years"), null for money and bare numbers. */
  noun: string | null;
  /** An age: "age 5", "the ages of 25 and 54". */
  age: boolean;
  /**
   * An age in apposition to a person the headline leads with: "Ahmad Khan Rahami, 28," under
   * "Ahmad Khan Rahami Is Arrested ..." (see appositionName, leadWords).
   */
  titledAge: boolean;
  /** A duration that says when: "18 months ago". */
  when: boolean;
  /** A distance that says where: "3,600 kilometers east of Moscow". */
  where: boolean;
  /** It restates the figure just before it: the 47.3% of "rose by £106m or 47.3%". */
  restates: boolean;
  /** A limit, not an amount: "kept growth above 9%", "down to below $20". */
  threshold: boolean;
  /** A possibility or a forecast: "could bring in as much as 3bn euros", "a predicted extra £250m". */
  speculative: boolean;
  /** Inside a condition's clause: "if a flight is delayed for more than two hours". */
  conditional: boolean;
  /** A competitor's figure: "the $204m announced by rival Google". */
  rival: boolean;
  /** A duration that is the period of a comparison: "the average of the past five years". */
  pastPeriod: boolean;
  /**
   * A percentage or a share's price in a sentence about shares or a stock index: "Altria rising
   * 5%", "shares closed at $185.25", "Germany’s DAX rose 0.78 per cent" (the market's reaction).
   */
  shareMove: boolean;
  /** A duration as a compound adjective: "the company’s five-year plan", "a 25-year partnership". */
  compound: boolean;
  /** A prison term: "a maximum sentence of 175 years in prison". */
  penalty: boolean;
  /** A part of an amount just stated: "including $1 billion for some of Neumann's shares". */
  part: boolean;
  /** A count of the story's sources: "according to two people familiar with the matter". */
  source: boolean;
  /**
   * The headline is about the share price ("Home Depot Stock Falls After Earnings ...") or the
   * markets ("Investors don't seem to know what to make of ...").
   */
  sharesTitle: boolean;
  /** A share move since the start of the year: "shares are up 39 percent year-to-date". */
  toDate: boolean;
  /** The headline names what it counts: "two imprisoned Iranian bloggers" under "Global blogger action day". */
  nounInTitle: boolean;
  /** A multiple that is a frequency or a rate: "twice a day", "doubling every five months". */
  frequency: boolean;
  /** A percentage alone in brackets: "a decent dividend yield (1.7%)" (see isBracketed). */
  bracketed: boolean;
  /**
   * A count of times said after its verb: "Aaron Ramsey scored twice for Ryan Giggs' team" (see
   * isOccurrenceCount).
   */
  occurrences: boolean;
  /** Its sentence is about a past century: "In the 14th century ... killing up to 60 percent". */
  history: boolean;
  /** The size of a set the subject is one of: "Europa, one of Jupiter’s 79 moons". */
  memberOf: boolean;
  /** One side of a size given in two or more: "16 feet long and six feet wide, but 5.3 feet high". */
  dimension: boolean;
  /** A product's specification: "thirteen different finishes", "20-inch wheels". */
  spec: boolean;
  /**
   * In a roundup's paragraph on another game, opening on its results line: "Wild 4, Sabres 1:
   * Zach Parise scored twice, Alex Stalock made 30 saves".
   */
  resultsLine: boolean;
  /** A team's win-loss record: the "14-0" of "improved to 14-0-1 in its last 15 games". */
  record: boolean;
  /** The count of the article's own parts: "Seven big questions heading into the debate:". */
  contents: boolean;
  /** The figure opens its sentence, as its subject: "Two people died." */
  opensSentence: boolean;
  /** Inside a quotation: "“Going upstairs to bed was a 30 min activity,” the patient said". */
  quoted: boolean;
}

export function evidenceOf(
  merged: readonly Merged[],
  doc: Doc,
  title: readonly Candidate[],
): Evidence[] {
  const order = proseOrder(doc);
  const titleWords = new Set(contentWords(doc.title));
  const titleLead = leadWords(doc.title);
  const overlapOf = new Map<number, number>();
  const titleOverlap = (c: Candidate): number => {
    const key = sentenceKey(doc, c);
    let v = overlapOf.get(key);
    if (v === undefined) {
      const shared = [...new Set(contentWords(doc.sentences[key]?.text ?? ''))].filter((w) =>
        titleWords.has(w),
      );
      v = titleWords.size === 0 ? 0 : Math.min(1, shared.length / Math.min(4, titleWords.size));
      overlapOf.set(key, v);
    }
    return v;
  };
  const central = centrality(doc);
  const restated = restatements(merged, doc);
  const newsYear = ledeYear(doc, order);
  const sharesTitle = SHARES_WORDS.test(doc.title) || aboutMarkets(doc.title);
  // Whether a sentence names a past century, read once per sentence.
  const history = new Map<number, boolean>();
  const historyOf = (sentence: number, text: string): boolean => {
    let v = history.get(sentence);
    if (v === undefined) {
      v = PAST_CENTURY.test(text);
      history.set(sentence, v);
    }
    return v;
  };
  const quotes = new Map<number, Array<[number, number]>>();
  const quotedAt = (b: number, at: number): boolean => {
    let spans = quotes.get(b);
    if (!spans) {
      spans = quotedSpans(doc.blocks[b]?.text ?? '');
      quotes.set(b, spans);
    }
    return spans.some(([s, e]) => at >= s && at < e);
  };
  // Whether a block opens on a roundup's results line, read once per block.
  const results = new Map<number, boolean>();
  const resultsParagraph = (b: number): boolean => {
    let v = results.get(b);
    if (v === undefined) {
      v = opensOnResultsLine(doc.blocks[b]?.text ?? '');
      results.set(b, v);
    }
    return v;
  };
  return merged.map((m, i) => {
    const c = m.first;
    const block = doc.blocks[c.block];
    const sentence = sentenceKey(doc, c);
    const after = block?.text.slice(m.firstEnd, m.firstEnd + 60) ?? '';
    const conditional = block ? conditionalBefore(block.text, c) : false;
    const sentenceText = doc.sentences[sentence]?.text ?? '';
    const apposition = m.kind === 'number' && !!block && appositionAge(block.text, c, m.firstEnd);
    const shareMove =
      (m.kind === 'percent' ||
        (m.kind === 'money' && m.value !== null && m.value < SHARE_PRICE_MAX)) &&
      (SHARES_WORDS.test(sentenceText) || namesMarketIndex(sentenceText));
    return {
      kind: m.kind,
      value: m.value,
      smallWordCount:
        !c.digits && (m.value ?? 0) <= 10 && (m.kind === 'count' || m.kind === 'number'),
      hedged: m.mentions.some((x) => x.hedged && !isMinimized(doc.blocks[x.block]?.text ?? '', x)),
      large:
        (m.value ?? 0) >= 1000 && (m.kind === 'money' || m.kind === 'count' || m.kind === 'number'),
      position: order.get(sentence) ?? 0,
      central: central[sentence] ?? 0,
      caption: block?.kind === 'caption',
      inTitle: inTitle(m, title, doc.title),
      titleOverlap: titleOverlap(c),
      mentions: m.at.length,
      baseline: block
        ? (baselineOf(block.text, c) ?? earlierYear(doc.sentences[sentence]?.text ?? '', newsYear))
        : null,
      noun: c.noun,
      age: AGE_NOUNS.has((c.noun ?? '').toLowerCase()) || apposition,
      titledAge: apposition && !!block && titleLead.has(appositionName(block.text, c)),
      when: m.kind === 'duration' && WHEN_AFTER.test(after),
      where: m.unit !== null && LENGTH_UNITS.has(m.unit) && WHERE_AFTER.test(after),
      restates: restated[i] as boolean,
      threshold: block ? thresholdBefore(block.text, c) : false,
      speculative:
        (block ? speculativeBefore(block.text, c) : false) ||
        conditional ||
        SPECULATIVE_AFTER.test(after),
      conditional,
      rival: block ? rivalAround(block.text, c, m.firstEnd) : false,
      pastPeriod:
        m.kind === 'duration' &&
        !!block &&
        PAST_PERIOD_BEFORE.test(block.text.slice(Math.max(0, c.start - 30), c.start)),
      shareMove,
      sharesTitle,
      source: m.kind === 'count' && SOURCE_AFTER.test(after),
      compound:
        m.kind === 'duration' &&
        !!block &&
        COMPOUND.test(block.text.slice(c.numStart, c.end)) &&
        !AGE_OLD_AFTER.test(after) &&
        !GAP_NOUNS.has(tokensAfter(block.text, m.firstEnd, 1)[0]?.text.toLowerCase() ?? ''),
      penalty:
        !!block &&
        ((m.kind === 'duration' &&
          (PENALTY_AFTER.test(after) ||
            PENALTY_BEFORE.test(block.text.slice(Math.max(0, c.start - 40), c.start)))) ||
          (HYPHENED.test(block.text.slice(c.numStart, m.firstEnd)) &&
            PENALTY_NOUN_AFTER.test(after))),
      part:
        !!block &&
        (PART_BEFORE.test(block.text.slice(Math.max(0, c.start - 30), c.start)) ||
          PART_LIST_BEFORE.test(block.text.slice(Math.max(0, c.start - 60), c.start))),
      toDate: shareMove && TO_DATE.test(sentenceText),
      frequency: m.kind === 'multiple' && FREQUENCY_AFTER.test(after),
      bracketed: m.kind === 'percent' && !!block && isBracketed(block.text, c.start, m.firstEnd),
      occurrences:
        m.kind === 'multiple' &&
        !!block &&
        isOccurrenceCount(block.text.slice(c.numStart, m.firstEnd), after),
      nounInTitle: c.noun !== null && titleWords.has(singular(c.noun.toLowerCase())),
      history: historyOf(sentence, sentenceText),
      quoted: quotedAt(c.block, c.start),
      resultsLine: resultsParagraph(c.block),
      record: m.kind === 'number' && RECORD_AFTER.test(after),
      contents: m.kind === 'count' && CONTENTS_NOUNS.has((c.noun ?? '').toLowerCase()),
      opensSentence:
        !!block &&
        OPENING_ONLY.test(block.text.slice(doc.sentences[sentence]?.start ?? 0, c.start)),
      spec:
        (m.kind === 'count' &&
          !c.digits &&
          VARIETY_AFTER.test(block?.text.slice(c.numEnd, c.numEnd + 12) ?? '')) ||
        (m.unit !== null &&
          SPEC_UNITS.has(m.unit) &&
          !!block &&
          SPEC_COMPOUND.test(block.text.slice(c.numStart, c.end))) ||
        (m.kind === 'count' &&
          !!block &&
          DOCUMENT_LENGTH.test(block.text.slice(c.numStart, c.end))),
      dimension:
        m.unit !== null &&
        LENGTH_UNITS.has(m.unit) &&
        DIMENSION_AFTER.test(after) &&
        (sentenceText.match(DIMENSION_WORDS)?.length ?? 0) >= 2,
      memberOf:
        (m.kind === 'count' || m.kind === 'number') &&
        !!block &&
        MEMBER_OF_BEFORE.test(block.text.slice(Math.max(0, c.start - 30), c.start)),
    };
  });
}

/**
 * The content words of the headline's first half, where it names whom it is about: "Ahmad Khan
 * Rahami Is Arrested in Manhattan and New Jersey Bombings" leads with Rahami; "Sweden Drops Its
 * Investigation Into Rape Allegation Against Julian Assange" is about Sweden's act, Assange its
 * object (blind 5's albawaba: his age is not key).
 */
function leadWords(title: string): Set<string> {
  const words = title.split(/\s+/).filter((w) => w !== '');
  return new Set(contentWords(words.slice(0, Math.ceil(words.length / 2)).join(' ')));
}

/**
 * The name an apposition's age follows, as a content word of the headline would be written:
 * "rahami" for "Ahmad Khan Rahami, 28,"; "winfrey" for "and Winfrey, 60,". Empty when none.
 */
function appositionName(text: string, c: Candidate): string {
  const [comma, name] = tokensBefore(text, c.start, 2);
  if (comma?.text !== ',' || !name?.word) return '';
  return contentWords(name.text)[0] ?? '';
}

// Money in a sentence about shares under this is a share's price, the market's reaction like a
// share move: "Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%" (not "raise
// $12.9bn from its share sale").
const SHARE_PRICE_MAX = 10_000;

// A third number dashed onto a pair: "14-0-1", a record of wins, losses and overtime losses.
const RECORD_AFTER = /^[-–]\d/;

// Nothing but space and an opening quote or bracket before the figure in its sentence.
const OPENING_ONLY = /^[\s"“‘'(]*$/;

// A document's length hyphened onto it: "To read the 70-page TNO report" (reuters), "Justice
// Clarence Thomas wrote in a 91-page dissent" (ninenews), "a 15-page breakdown of sitcom formats"
// (blind 11's theatlantic): a detail of the document, never key in the labels (not "it ran 40
// pages", a count told plainly).
const DOCUMENT_LENGTH = /^[\w.,]+-page$/i;

// "20-inch", "a 12.1-inch": a size hyphened onto the thing (not "35mm of rain").
const SPEC_COMPOUND = /^[\d.,]+-[a-z]+$/i;

// "a 55-year old man": an age written without its second hyphen, not a compound's length.
const AGE_OLD_AFTER = /^\s+old\b/;

/**
 * A hedge that makes the amount small: "just 73 games", "less than $21 million", "fewer than 10
 * staff". A hedged estimate is weighed as the news ("more than 200 people", "at least $1bn",
 * "nearly $16 trillion"); a minimized one is the writer's aside about a small amount.
 */
function isMinimized(text: string, c: Candidate): boolean {
  return MINIMIZING_HEDGE.test(text.slice(c.start, c.numStart));
}

// A number hyphened to a word: "30-year", "one-game".
const HYPHENED = /^[\w.]+-[a-z]+$/i;

// A number word or digits hyphened to a singular time unit: "five-year", "25-year", "30-minute".
const COMPOUND = /^[\w.]+-(?:year|month|week|day|hour|minute|decade)$/i;

/** The importance score from the evidence, higher first. */
export function scoreOf(e: Evidence): number {
  let score = KIND_WEIGHT[e.kind];
  // Small spelled-out counts are rarely the news: "two steps", "three windows".
  if (e.smallWordCount) score *= 0.5;
  if (e.hedged) score += 0.5;
  if (e.large) score += 0.5;
  // Position: the first prose sentence scores 2, the fifth 1, the twentieth 0.33.
  score += 2 / (1 + e.position / 4);
  // Centrality: up to 2 for the sentence that best shares the article's recurring words.
  score += 2 * e.central;
  if (e.caption) score -= 1;
  if (e.inTitle) score += 3;
  score += 1.5 * e.titleOverlap;
  // Repetition counts a little: a repeated number is as often a formula's term or a running
  // figure ("300 lists ... 10^5 * 300") as the news.
  score += 0.25 * Math.min(2, e.mentions - 1);
  if (e.baseline !== null) score -= 1;
  // What might happen weighs less than what happened: "could bring in as much as 3bn euros".
  if (e.speculative) score -= 1.5;
  return Math.round(score * 1000) / 1000;
}

/**
 * The score the card orders by: a figure inside a quotation is someone's aside more often than
 * the story's own figure (the patient's "Going upstairs to bed was a 30 min activity", a
 * politician's "never gave us 10 cents"), so it ranks QUOTED_PENALTY lower among the key ones.
 * Whether it is key is decided on scoreOf alone: in a story told through a speaker ("we're
 * going to make 200 million laptops") the quoted figures are the news.
 */
export function rankScoreOf(e: Evidence, score: number): number {
  return e.quoted && !e.inTitle ? score - QUOTED_PENALTY : score;
}

const QUOTED_PENALTY = 1;

const KIND_WEIGHT: Record<FigureKind, number> = {
  money: 3,
  percent: 3,
  count: 2,
  fraction: 2,
  multiple: 1.5,
  measure: 1.5,
  duration: 1.5,
  number: 1.5,
  // A result is the news of a sports story as a sum is of a deal: "a 2-1 win over Russia".
  score: 3,
};

/**
 * A title figure of the same unit within 3% ("$28bn" in the title, "$28.2bn" in the text); a
 * score written the same ("Argentina beats Chile 3-0" over "got past Chile 3-0").
 */
function inTitle(m: Merged, title: readonly Candidate[], titleText: string): boolean {
  if (m.kind === 'score') {
    return title.some(
      (t) => t.kind === 'score' && m.forms.includes(titleText.slice(t.start, t.end)),
    );
  }
  return title.some((t) =>
    m.mentions.some(
      (x) =>
        x.unit === t.unit &&
        x.value !== null &&
        t.value !== null &&
        Math.abs(x.value - t.value) <= Math.abs(t.value) * 0.03,
    ),
  );
}

function sentenceKey(doc: Doc, c: Candidate): number {
  for (const i of doc.sentencesOf[c.block] ?? []) {
    const s = doc.sentences[i];
    if (s && c.start >= s.start && c.start < s.end) return i;
  }
  return doc.sentencesOf[c.block]?.[0] ?? 0;
}

/**
 * The order of sentences among the article's prose, counting headings before the first
 * paragraph (the standfirst) as the lede and leaving out captions and short lines: a photo
 * caption or a "Photo" line at the top must not push the lede down.
 */
function proseOrder(doc: Doc): Map<number, number> {
  const order = new Map<number, number>();
  let n = 0;
  doc.blocks.forEach((block, b) => {
    const prose = block.kind !== 'caption' && wordCountAtLeast(block.text, 6);
    for (const i of doc.sentencesOf[b] ?? []) {
      order.set(i, n);
      if (prose) n++;
    }
  });
  return order;
}

/** Whether `text` has at least `n` space-separated words (without splitting all of it). */
function wordCountAtLeast(text: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < n; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count >= n;
}
