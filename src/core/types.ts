/**
 * The contract between Lede's parts. Everything here is plain, serialisable data: it crosses
 * from the content script to the worker and from the worker to the popup as structured-clone
 * messages, and the CLI prints it as JSON. Add fields freely; never rename or remove one that
 * the CLI's JSON output exposes (see README, "JSON output").
 */

/** What kind of block of the article a piece of text came from. */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'quote'
  | 'list-item'
  | 'caption'
  | 'preformatted';

/** One block of the article body, in reading order, as plain text (no markup). */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Heading level 1-6 for headings. */
  level?: number;
}

/** Where a piece of text sits in the article: block index and UTF-16 offsets in that block. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

/**
 * The serialisable article the content script (or the CLI) hands to the analysis: metadata plus
 * the body as an ordered list of blocks.
 */
export interface Article {
  /** The page's own URL (the tab's URL or `--url`), or null when unknown (a local file). */
  url: string | null;
  /** rel=canonical / og:url when present, else null. */
  canonicalUrl: string | null;
  title: string;
  /** Authors as clean names, no "By", no dates, no job titles. */
  authors: string[];
  siteName: string | null;
  /** ISO 8601, or null. */
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Favicon URL as the page declares it (shown by the popup only from the browser's cache). */
  favicon: string | null;
  blocks: Block[];
  /** 'selection' when the user selected a passage and only that is summarised. */
  source: 'article' | 'selection' | 'text';
  /** Whether the page looked like an article to the extractor (Readability's readerable check). */
  readerable: boolean;
}

export interface KeyPoint {
  text: string;
  /** Where the sentence (or the first of a joined pair) is in the article. */
  at: Span;
}

export interface Figure {
  /** As written, merged forms joined: "200 billion yuan ($28.2bn)". */
  text: string;
  /** In base units: 200000000000 for "200 billion", 0.33 for "a third", 12 for "12%". */
  value: number | null;
  /** ISO 4217 code for money, "%" (or "percentage points"), or the counted noun ("years"). */
  unit: string | null;
  /** What it measures, a short phrase built from the sentence. */
  context: string;
  /** Every form it was written in, first occurrence first ("200 billion yuan", "$28.2bn"). */
  forms: string[];
  /** Every occurrence, first first. */
  at: Span[];
  /** Importance score used for ranking (higher first); for tests and tuning, not display. */
  score: number;
  /**
   * Whether the card shows it: one of the few figures the story is about. Key figures come
   * first in `Summary.figures`; the card shows only these (up to its length), "Show all" the rest.
   */
  key: boolean;
}

export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Full name (or organisation) as first given in the article, or null when unknown. */
  speaker: string | null;
  /** The speaker's role as the article gives it ("president of Alibaba Cloud Intelligence"). */
  role: string | null;
  /** True for a short fragment quoted inside narrative rather than a full quotation. */
  partial: boolean;
  /** Where the quotation (or its first part, for split quotes) sits. */
  at: Span;
  score: number;
}

/** Which version of the card the user asked for (options page). */
export type Length = 'short' | 'medium' | 'long';

export interface SummaryOptions {
  length: Length;
}

export interface Summary {
  url: string | null;
  title: string;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  published: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  wordCount: number;
  readingMinutes: number;
  source: Article['source'];
  keyPoints: KeyPoint[];
  /** Ordered most important first, key ones first; the card shows the first five key ones. */
  figures: Figure[];
  /** Ordered most important first; the card shows the first three. */
  quotes: Quote[];
  /** The cleaned article body, paragraphs separated by a blank line. */
  articleText: string;
  /** The cleaned blocks that every Span points into. */
  blocks: Block[];
  /** True when the article ran past the analysis budget: the card covers its first part. */
  partial: boolean;
}
