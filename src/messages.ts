import type { Forbidden } from './core/page-access.ts';
import type { Summary, SummaryOptions } from './core/types.ts';

/**
 * The one registry of messages between Lede's contexts. The worker ignores anything that does
 * not pass `isRequest` and does not come from Lede's own pages.
 */
export type Request =
  /** Popup -> worker: summarise this tab (force: even if it does not look like an article). */
  | {
      type: 'summarise';
      tabId: number;
      force?: boolean;
      refresh?: boolean;
      options?: Partial<SummaryOptions>;
    }
  /** Worker -> offscreen document (Chrome): put this text on the clipboard. */
  | { type: 'offscreen-copy'; text: string };

export type ErrorCode =
  | 'forbidden' // the browser forbids extensions here (detail: Forbidden)
  | 'not_article' // readable, but does not look like an article
  | 'no_text' // nothing to read on the page
  | 'tab_gone' // the tab was closed or navigated away while reading
  | 'no_access' // activeTab was not granted (e.g. popup reopened after navigation)
  | 'timeout' // the page took too long to read
  | 'internal';

export interface TabInfo {
  id: number;
  url: string;
  title: string;
}

export type SummariseResponse =
  | { ok: true; summary: Summary; tab: TabInfo; cached: boolean }
  | { ok: false; code: ErrorCode; forbidden?: Forbidden; detail?: string; tab?: TabInfo };

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
      if (m.options !== undefined) {
        if (!m.options || typeof m.options !== 'object') return false;
        const len = (m.options as Record<string, unknown>).length;
        if (len !== undefined && !LENGTHS.has(len as string)) return false;
      }
      return true;
    }
    case 'offscreen-copy':
      return typeof m.text === 'string';
    default:
      return false;
  }
}
