import { countWords, isTableRow, listNumbers, phones } from './block-facts.ts';
import type { Candidate } from './candidate.ts';
import { FURNITURE_NOUNS } from './data/stopwords.ts';
import { isDate, isEraYear, isTime } from './dates-and-times.ts';
import { digitRules } from './digit-rules.ts';
import { inCrossLink } from './in-cross-link.ts';
import { isCertaintyIdiom } from './is-certainty-idiom.ts';
import { isEventName } from './is-event-name.ts';
import { isHyperbole } from './is-hyperbole.ts';
import { isStreetAddress } from './is-street-address.ts';
import { isTeaser } from './is-teaser.ts';
import { isTitlePhrase } from './is-title-phrase.ts';
import { isKindCompound, isName, isSizeName, isTenor } from './names-and-models.ts';
import { isSpace, isUpper } from './text-around.ts';
import { wordRules } from './word-rules.ts';

/** What the filter knows about the block a candidate is in. */
export interface BlockContext {
  text: string;
  lang: string;
  /** Most words capitalised (a headline): a capital before a number says nothing there. */
  titleCase: boolean;
  /** A short line of page furniture, a byline, a teaser of another page: nothing in it is a figure. */
  furniture: boolean;
  /** List numbers such as "1. Finland 2. Norway": offsets of those numbers. */
  listNumbers: ReadonlySet<number>;
  /** Phone numbers in the block, as [start, end) ranges. */
  phones: ReadonlyArray<readonly [number, number]>;
}

// An entry of a reference list: "Corbaciouglu S et al. Lancet. 2012;379(9823):131-9." (year;
// volume(issue):pages). Its numbers cite a paper; they state no quantity.
const CITATION = /\b(?:1[89]|20)\d\d;\d+(?:\(\d+\))?[:\d]/;

// A byline: "By Jane Doe", "Por Josh Max" (a capital must follow).
const BYLINE = /^(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Oo]d)\s+/;

/** Facts about a block computed once for all its candidates (the costlier ones on first use). */
export function blockContext(text: string, lang: string, heading: boolean): BlockContext {
  // A price widget, a score, a gallery counter, a dateline: "87", "from $610.00", "1 / 5",
  // "$7/month". Headings are kept: "12 killed" can be a real headline.
  const few = countWords(text, 13);
  const byline = BYLINE.exec(text);
  const furniture =
    (!heading && few.words <= 2) ||
    (few.words <= 12 && !!byline && isUpper(text[byline[0].length])) ||
    (!heading && few.words <= 12 && isTableRow(text)) ||
    isTeaser(text) ||
    CITATION.test(text);
  let titleCase: boolean | undefined;
  return {
    text,
    lang,
    get titleCase() {
      if (titleCase === undefined) {
        const all = countWords(text, Number.POSITIVE_INFINITY);
        titleCase = all.long >= 2 && all.caps / all.long >= 0.7;
      }
      return titleCase;
    },
    furniture,
    listNumbers: /\d[.)]\s/.test(text) ? listNumbers(text) : new Set(),
    phones: phones(text),
  };
}

/**
 * Step 5: why a candidate is not a figure, or null when it is one. Every rule is a reader's
 * rule for numbers that do not state a quantity: dates, times, names and models, ordinals,
 * list and footnote numbers, phone numbers, formulas, page furniture, vague or idiomatic words.
 */
export function whyNotFigure(c: Candidate, ctx: BlockContext): string | null {
  const { text } = ctx;
  if (ctx.furniture || inCrossLink(ctx.text, c.start)) return 'furniture';
  // A score was read whole by scan-scores (a result word beside it); it has no single value.
  if (c.kind === 'score') return null;
  if (c.value === null && c.kind !== 'measure') return 'no value';
  const core = text.slice(c.numStart, c.numEnd);
  if (isKindCompound(text, c)) return 'name';
  const chunk = chunkAround(text, c.numStart, c.numEnd);
  if (isAddress(chunk)) return 'url';
  if (ctx.phones.some(([s, e]) => c.numStart < e && c.numEnd > s)) return 'phone';
  if (/\d[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}/.test(chunk)) return 'date';
  const after = text.slice(c.numEnd, c.numEnd + 12);
  const beforeText = text.slice(Math.max(0, c.numStart - 12), c.numStart);
  if (c.digits) {
    const digitReason = digitRules(c, ctx, core, after, beforeText);
    if (digitReason) return digitReason;
  } else {
    const wordReason = wordRules(c, ctx, core);
    if (wordReason) return wordReason;
  }
  if (isTenor(text, c) || isSizeName(text, c) || isEventName(text, c)) return 'name';
  if (isStreetAddress(text, c)) return 'name';
  if (isTitlePhrase(text, c, ctx.titleCase)) return 'name';
  if (isCertaintyIdiom(text, c) || isHyperbole(text, c)) return 'idiom';
  if (isTime(text, c)) return 'time';
  if (isDate(c, ctx, core) || isEraYear(text, c)) return 'date';
  if (isName(c, ctx)) return 'name';
  if (c.noun && FURNITURE_NOUNS.has(c.noun.toLowerCase())) return 'furniture';
  return null;
}

const DOMAIN = /[a-z]\.[a-z]{2,}/i;

/** "SmartAsset.com", "lnolan@breitbart.com", "https://...": numbers in addresses are not figures. */
function isAddress(chunk: string): boolean {
  if (chunk.includes('@') || chunk.includes('://') || chunk.includes('www.')) return true;
  return DOMAIN.test(chunk) && !/^[$€£]/.test(chunk);
}

/** The run of non-space characters around the number (what "Covid-19" or "0x08" look like). */
function chunkAround(text: string, s: number, e: number): string {
  let a = s;
  while (a > 0 && !isSpace(text[a - 1])) a--;
  let b = e;
  while (b < text.length && !isSpace(text[b])) b++;
  return text
    .slice(a, b)
    .replace(/[,;:!?"“”'’)\]]+$/u, '')
    .replace(/^[("“'‘[]+/u, '');
}
