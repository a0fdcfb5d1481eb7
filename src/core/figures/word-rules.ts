/**
 * Why a spelled-out number is not a figure: part of a name ("Air Force One"), an idiom ("a
 * one-way street"), an ordinal ("a third term", "second half"), vague ("one or two"), a bare
 * "one", a back reference ("the two sides"), or nothing counted after it ("the two of them").
 */

import type { BlockContext } from './05-filter.ts';
import type { Candidate } from './candidate.ts';
import { isPluralNoun } from './counted-noun.ts';
import { DECADE_WORDS, TENS_WORDS, UNIT_WORDS } from './data/number-words.ts';
import {
  BACK_REFERENCE_ORDINALS,
  BACK_REFERENCES,
  NOT_NOUNS_EN,
  NUMBER_IDIOMS,
  POSSESSIVE_DETERMINERS,
  ZERO_IDIOM_NOUNS,
} from './data/stopwords.ts';
import { ONE_IDIOM_UNITS, ONE_STORY_TIMES } from './data/units.ts';
import {
  atSentenceStart,
  isAllCaps,
  isCapitalised,
  type Token,
  tokenAfter,
  tokenBefore,
} from './text-around.ts';

const HYPHENED_WORD = /^-([A-Za-z]+)/;
// Number words that may count a whole after "of the" ("four of its five seasons").
const NUMBER_WORD_SET: ReadonlySet<string> = new Set([...UNIT_WORDS.keys(), ...TENS_WORDS.keys()]);

export function wordRules(c: Candidate, ctx: BlockContext, core: string): string | null {
  const { text } = ctx;
  const lower = core.toLowerCase();
  const first = tokenAfter(text, c.numStart) as Token;
  // "Xbox One X", "Air Force One", "NINE NETWORK": a capitalised number word inside a sentence,
  // or in capitals, is part of a name.
  if (isAllCaps(first.text)) return 'name';
  // "zero-gravity", "zero-tolerance", "a zero-sum game": "zero" hyphened onto a noun is a kind.
  if (lower === 'zero' && text[c.numEnd] === '-') return 'idiom';
  // The same written open: "Zero rating gives customers something they need", "zero tolerance"
  // (figures12, blind 9's theverge).
  if (lower === 'zero') {
    const noun = tokenAfter(text, c.numEnd);
    if (noun?.word && ZERO_IDIOM_NOUNS.has(noun.text.toLowerCase())) return 'idiom';
  }
  // "in the nineteen-eighties": a century hyphened onto a decade word is a date (figures12,
  // blind 9's newyorker).
  const decade = HYPHENED_WORD.exec(text.slice(c.numEnd, c.numEnd + 12));
  if (decade && DECADE_WORDS.has((decade[1] as string).toLowerCase())) return 'decade';
  if (isCapitalised(first.text) && !atSentenceStart(text, c.start) && !ctx.titleCase) return 'name';
  // "a two-state solution", "a one-way street".
  const hyphen = tokenAfter(text, first.end);
  const second =
    hyphen?.text === '-' && hyphen.start === first.end ? tokenAfter(text, hyphen.end) : null;
  if (second?.word && second.start === hyphen?.end) {
    const pair = `${first.text}-${second.text}`.toLowerCase();
    if (NUMBER_IDIOMS.has(pair)) return 'idiom';
    // An idiom of three words: "one-night stands".
    const third = tokenAfter(text, second.end);
    if (third?.word && NUMBER_IDIOMS.has(`${pair}_${third.text.toLowerCase()}`)) return 'idiom';
  }
  if (c.kind === 'fraction') {
    if (c.value === null) return 'ordinal';
    // "a third of voters" is a fraction; "a third term", "the first quarter" are ordinals.
    const single = /^(?:an?\s+|one[\s-]+)?(?:third|quarter|fourth|fifth|sixth|eighth|tenth)$/.test(
      lower,
    );
    if (single && !/^\s+of\b/.test(text.slice(c.numEnd, c.numEnd + 5)) && !isChangeBy(text, c)) {
      return 'ordinal';
    }
    if (lower === 'half') return halfRule(c, text);
    return null;
  }
  // "one or two", "one or another": vague. Not a range said with "to" or "and": "would cost one
  // to two billion dollars per year" (newyorker), "pricing in between one and two rate hikes"
  // (financialpost), "an average of about one to two pages" (voiceofamerica).
  if (c.joined && c.value === 1 && /^one\s+or\b/i.test(text.slice(c.numStart, c.numStart + 8))) {
    return 'vague';
  }
  // A bare "one" is a pronoun or an article ("one of the most important papers", "one day"),
  // except before a unit of measure: "compressed from an original one terabyte-size file" (not
  // feet and inches: "one foot in the door").
  // A length of time that is measured: hedged ("patients over one month of age"), after "for"
  // ("archived for one week"), or any unit but a day ("one month after the report", "debate in
  // one week", see ONE_STORY_TIMES). Not "one day" (some day), not "only one" or "at least one"
  // with nothing measured after it. "one" hyphened onto what it counts is a count: "a one-game lead",
  // "a one-year deal" (the idioms, "one-way", "one-off", are caught above; "one-sided",
  // "one-handed" describe, they count nothing).
  const det = tokenBefore(text, c.start);
  const detWord = det?.word ? det.text.toLowerCase() : '';
  const measuredTime =
    c.kind === 'duration' &&
    (c.hedged || detWord === 'for' || (c.unit !== null && !ONE_STORY_TIMES.has(c.unit)));
  const compound =
    (c.kind === 'count' || c.kind === 'duration') &&
    second?.word === true &&
    second.start === c.numEnd + 1 &&
    !second.text.endsWith('ed');
  if (
    c.value === 1 &&
    !c.joined &&
    c.scale === 1 &&
    !isMeasuredOne(c) &&
    !measuredTime &&
    !compound
  ) {
    return 'one';
  }
  // "the two sides", "its three children": referring back to things already counted. Not a
  // number hyphened onto the noun after it, which "the" determines: "the four-game limit", "the
  // five-year plan"; nor a length of time after a possessive: "In her five minutes on screen";
  // nor an age whose cue "the" determines: "at the age of five" (figures12, blind 9's newyorker).
  const counted = c.kind === 'count' || c.kind === 'number' || c.kind === 'duration';
  if (
    counted &&
    c.noun !== 'age' &&
    BACK_REFERENCES.has(detWord) &&
    !c.hedged &&
    text[c.numEnd] !== '-' &&
    !(c.kind === 'duration' && POSSESSIVE_DETERMINERS.has(detWord))
  ) {
    return 'back reference';
  }
  // "The other two contractors", "the remaining three": the ones already told of (not
  // durations: "the other two years" may still measure time).
  if (
    counted &&
    c.kind !== 'duration' &&
    !c.hedged &&
    det?.word &&
    BACK_REFERENCE_ORDINALS.has(det.text.toLowerCase())
  ) {
    const the = tokenBefore(text, det.start);
    if (the?.word && BACK_REFERENCES.has(the.text.toLowerCase())) return 'back reference';
  }
  // After a possessive too (the guide's "a possessive"): "the world’s two largest economies",
  // "Smith's three children".
  // Not a compound adjective: "the company’s five-year plan" is the plan's length.
  if (
    counted &&
    !c.hedged &&
    c.kind !== 'duration' &&
    text[c.numEnd] !== '-' &&
    det?.text === 's' &&
    isApostrophe(text[det.start - 1])
  ) {
    return 'back reference';
  }
  // A spelled-out number with nothing counted after it is not a figure ("the two of them", "one
  // in the morning"), unless a hedge says how many ("two or more") or it is a part of a stated
  // whole ("Ten of the 18 staffers", "Seven of LeBron’s assists").
  if (c.kind === 'number' && !c.hedged && !c.joined && !isPartitive(text, c.end)) return 'no noun';
  return null;
}

/**
 * "the spacecraft mass could be reduced by a third": a fraction after "by" that closes the
 * phrase is the size of a change (not "hacked by a third party": a noun follows the ordinal).
 */
function isChangeBy(text: string, c: Candidate): boolean {
  const prev = tokenBefore(text, c.start);
  if (!prev?.word || prev.text.toLowerCase() !== 'by') return false;
  const next = tokenAfter(text, c.end);
  return !next?.word || AFTER_CHANGE_BY.has(next.text.toLowerCase());
}

// Words that may follow "by a third" without making it an ordinal of a noun.
const AFTER_CHANGE_BY = new Set(
  'by in to from since over and or compared last this after before on at with while'.split(' '),
);

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’';
}

// "of the", "of his": the start of a part of a whole counted in digits next ("of the 18", "of
// these 20") or of a group named next ("of the thefts").
const PART_OF_GROUP = /^\s+of\s+(?:the|these|those|its|their|his|her|our)\s+/i;
// "of whom", "of which" right after the number.
const PART_OF_RELATIVE = /^\s+of\s+(?:whom|which)\b/i;
// "of LeBron’s assists", "of Smith's votes": a part of someone's things.
const PART_OF_OWNER = /^\s+of\s+\p{Lu}[\p{L}-]*['’]s?\s+\p{L}/u;

/**
 * "Ten of the 18 staffers", "Seven of LeBron’s assists", "five of the thefts", "two of his most
 * experienced workers": a part of a stated whole or of a group of things named (not "the two of
 * them", not "two of the most important": nothing counted).
 */
function isPartitive(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (PART_OF_OWNER.test(after)) return true;
  // "five of whom didn’t earn them", "two of which were closed": a part of the people or
  // things just counted (figures12, blind 9's msnbc).
  if (PART_OF_RELATIVE.test(after)) return true;
  const group = PART_OF_GROUP.exec(after);
  if (!group) return false;
  // A whole counted in digits: "Ten of the 18 staffers"; or in words: "four of its five Super
  // Bowl-winning seasons" (figures12, blind 9's si).
  if (/\d/.test(after[group[0].length] ?? '')) return true;
  const whole = tokenAfter(text, end + group[0].length);
  if (whole?.word && NUMBER_WORD_SET.has(whole.text.toLowerCase())) return true;
  // The group's noun within four words: "of the former Rockefeller estates".
  let at = end + group[0].length;
  for (let i = 0; i < 4; i++) {
    const tok = tokenAfter(text, at);
    if (!tok?.word) return false;
    if (isPluralNoun(tok)) return true;
    if (NOT_NOUNS_EN.has(tok.text.toLowerCase())) return false;
    at = tok.end;
  }
  return false;
}

function isMeasuredOne(c: Candidate): boolean {
  return c.kind === 'measure' && c.unit !== null && !ONE_IDIOM_UNITS.has(c.unit);
}

/** "half" is a figure before "of", "the", "a"/"an" or a possessive; not in "second half". */
function halfRule(c: Candidate, text: string): string | null {
  if (c.kind === 'duration') return null;
  const prev = tokenBefore(text, c.start);
  if (prev?.word && /^(?:first|second|other|latter|final|back|and)$/i.test(prev.text))
    return 'ordinal';
  const next = tokenAfter(text, c.end);
  if (
    next?.word &&
    /^(?:of|the|a|an|its|their|his|her|our|all|them|that|those|these)$/i.test(next.text)
  ) {
    return null;
  }
  return 'vague';
}
