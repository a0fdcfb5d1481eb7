import type { CardSummary } from './core/card-summary.ts';
import type { Forbidden } from './core/page-access.ts';
import type { SummaryOptions } from './core/types.ts';

/**
 * The one registry of messages between Lede's contexts, and the shape checks for each. The
 * worker ignores anything that does not pass `isRequest` and does not come from Lede's own
 * pages; the popup checks the worker's answer with `isSummariseResponse`; the worker checks
 * what the injected extractor returns with `asPageReading` (the page's own scripts share its
 * DOM and could have tampered with it).
 */
export type Request =
  /**
   * Popup -> worker, the popup's first act (src/popup/early.ts): start reading the active tab
   * now, while the popup itself is still starting up.
   */
  | { type: 'prepare' }
  /**
   * Popup -> worker: summarise this tab (force: even if it does not look like an article).
   * `first`: the popup's first request, which may take the answer `prepare` started.
   */
  | {
      type: 'summarise';
      tabId: number;
      force?: boolean;
      refresh?: boolean;
      first?: boolean;
      options?: Partial<SummaryOptions>;
    }
  /** Worker -> offscreen document (Chrome): put this text (and HTML) on the clipboard. */
  | { type: 'offscreen-copy'; text: string; html?: string };

export type ErrorCode =
  | 'forbidden' // the browser forbids extensions here (detail: Forbidden)
  | 'not_article' // readable, but does not look like an article
  | 'no_text' // nothing to read on the page
  | 'not_html' // the tab shows a file: an image, audio or video (fileKind)
  | 'in_frame' // the article is in a frame from another site (frameUrl)
  | 'too_large' // the page is far longer than an article (words)
  | 'tab_gone' // the tab was closed or navigated away while reading
  | 'no_access' // activeTab was not granted (e.g. popup reopened after navigation)
  | 'timeout' // the page took too long to read
  | 'internal';

export const ERROR_CODES: readonly ErrorCode[] = [
  'forbidden',
  'not_article',
  'no_text',
  'not_html',
  'in_frame',
  'too_large',
  'tab_gone',
  'no_access',
  'timeout',
  'internal',
];

export type FileKind = 'image' | 'media' | 'other';

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

export type SummariseResponse =
  | { ok: true; summary: CardSummary; tab: TabInfo; cached: boolean }
  | Failure;

export interface Failure {
  ok: false;
  code: ErrorCode;
  forbidden?: Forbidden;
  detail?: string;
  tab?: TabInfo;
  /** in_frame: the frame's own page, which the card offers to open. */
  frameUrl?: string;
  /** too_large: about how many words the page has. */
  words?: number;
  /** not_html: what the tab shows. */
  fileKind?: FileKind;
}

export interface CopyResponse {
  ok: boolean;
  detail?: string;
}

const LENGTHS = new Set(['short', 'medium', 'long']);

/** Shape check for messages arriving at the worker or the offscreen document. */
export function isRequest(msg: unknown): msg is Request {
  if (!msg || typeof msg !== 'object') return false;
  const m = msg as Record<string, unknown>;
  switch (m.type) {
    case 'summarise': {
      if (typeof m.tabId !== 'number' || !Number.isInteger(m.tabId) || m.tabId < 0) return false;
      if (m.force !== undefined && typeof m.force !== 'boolean') return false;
      if (m.refresh !== undefined && typeof m.refresh !== 'boolean') return false;
      if (m.first !== undefined && typeof m.first !== 'boolean') return false;
      if (m.options !== undefined) {
        if (!m.options || typeof m.options !== 'object') return false;
        const len = (m.options as Record<string, unknown>).length;
        if (len !== undefined && !LENGTHS.has(len as string)) return false;
      }
      return true;
    }
    case 'prepare':
      return true;
    case 'offscreen-copy':
      return typeof m.text === 'string' && (m.html === undefined || typeof m.html === 'string');
    default:
      return false;
  }
}

/**
 * Shape check for the worker's answer in the popup. Light on the summary itself (the worker
 * made it from a validated article), strict on what decides which state the card shows.
 */
export function isSummariseResponse(v: unknown): v is SummariseResponse {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  if (r.ok === true) {
    const s = r.summary as Record<string, unknown> | null;
    const tab = r.tab as Record<string, unknown> | null;
    return (
      !!s &&
      typeof s === 'object' &&
      typeof s.title === 'string' &&
      Array.isArray(s.keyPoints) &&
      Array.isArray(s.figures) &&
      Array.isArray(s.quotes) &&
      Array.isArray(s.blocks) &&
      !!tab &&
      typeof tab.id === 'number' &&
      typeof tab.url === 'string' &&
      typeof r.cached === 'boolean'
    );
  }
  return r.ok === false && ERROR_CODES.includes(r.code as ErrorCode);
}

/**
 * Pages with more text than this are not read: Readability over a whole book on one page
 * would keep the tab busy for seconds, and no card could sum it up. About 250,000 words.
 */
export const GIANT_PAGE_CHARS = 1_500_000;

/**
 * What the injected extractor reports about the page, before the worker trusts it. `article`
 * is checked separately with `asArticle` (core/validate-article.ts).
 */
export interface PageReading {
  /** What the tab shows: an HTML page, a plain-text file, an image, audio/video or a PDF. */
  kind: 'html' | 'text' | 'image' | 'media' | 'pdf' | 'other';
  article: unknown;
  /** Characters of text in the page, to tell a giant page before reading it. */
  chars: number;
  /** The article was read from a same-origin frame of the page. */
  fromFrame: boolean;
  /** A frame from another site that seems to hold the article (the page itself has none). */
  frameUrl: string | null;
}

const KINDS = new Set(['html', 'text', 'image', 'media', 'pdf', 'other']);

export function asPageReading(v: unknown): PageReading | null {
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  if (!KINDS.has(r.kind as string)) return null;
  const chars = typeof r.chars === 'number' && Number.isFinite(r.chars) ? Math.max(0, r.chars) : 0;
  const frameUrl =
    typeof r.frameUrl === 'string' && /^https?:\/\//i.test(r.frameUrl)
      ? r.frameUrl.slice(0, 4_000)
      : null;
  return {
    kind: r.kind as PageReading['kind'],
    article: r.article ?? null,
    chars,
    fromFrame: r.fromFrame === true,
    frameUrl,
  };
}
