import { articleFromText } from '../core/extract/article-from-text.ts';
import { extractArticle } from '../core/extract/extract-article.ts';
import { GIANT_PAGE_CHARS, type PageReading } from '../messages.ts';

/** A selection at least this long is summarised on a giant page instead of refusing it. */
const MIN_SELECTION_CHARS = 200;

/** Below this many characters of article text, a frame of the page may hold the real article. */
const THIN_ARTICLE_CHARS = 500;

/**
 * Read the tab: what kind of document it is, then the article. Files the browser shows itself
 * (images, video, PDF) are reported as such; a plain-text file is read as paragraphs; a page
 * whose article sits in a frame is read from that frame when it is on the same site (the
 * extension may read it), or reported with the frame's URL when it is not.
 */
export function readPage(doc: Document): PageReading {
  const type = (doc.contentType || 'text/html').toLowerCase();
  const base = { article: null, chars: 0, fromFrame: false, frameUrl: null };
  if (type.startsWith('image/')) return { ...base, kind: 'image' };
  if (type.startsWith('video/') || type.startsWith('audio/')) return { ...base, kind: 'media' };
  if (type === 'application/pdf') return { ...base, kind: 'pdf' };

  const chars = doc.body?.textContent?.length ?? 0;
  const url = doc.location?.href ?? null;
  const selection = doc.defaultView?.getSelection()?.toString() ?? '';
  if (chars > GIANT_PAGE_CHARS) {
    // Too long to read whole; what the user selected can still be summarised.
    if (selection.trim().length < MIN_SELECTION_CHARS) return { ...base, kind: 'html', chars };
    const article = {
      ...articleFromText(selection, url),
      title: doc.title,
      source: 'selection' as const,
    };
    return { ...base, kind: 'html', chars, article };
  }
  if (type === 'text/plain') {
    // Chrome and Firefox show a text file as one <pre>: its text is the file.
    const article = articleFromText(doc.body?.textContent ?? '', url);
    return { ...base, kind: 'text', chars, article };
  }
  if (!type.includes('html') && !type.includes('xml')) return { ...base, kind: 'other', chars };

  const article = extractArticle(doc, { url, selectionText: selection || null });
  const textChars = article.blocks.reduce((n, b) => n + b.text.length, 0);
  if (textChars >= THIN_ARTICLE_CHARS) return { ...base, kind: 'html', chars, article };

  const frame = largestFrame(doc);
  if (!frame) return { ...base, kind: 'html', chars, article };
  const inner = sameOriginDocument(frame);
  if (inner) {
    const framed = extractArticle(inner, { url: inner.location?.href ?? url });
    const framedChars = framed.blocks.reduce((n, b) => n + b.text.length, 0);
    if (framedChars > textChars) {
      // The card cites the page the user is on; the frame's metadata is often empty.
      const merged = {
        ...framed,
        title: framed.title || article.title,
        siteName: framed.siteName ?? article.siteName,
      };
      return { ...base, kind: 'html', chars, article: merged, fromFrame: true };
    }
    return { ...base, kind: 'html', chars, article };
  }
  return { ...base, kind: 'html', chars, article, frameUrl: frameSrc(frame) };
}

/** The frame with the largest area (a frameset's frames, or iframes), if it is a sizeable one. */
function largestFrame(doc: Document): HTMLIFrameElement | HTMLFrameElement | null {
  let best: HTMLIFrameElement | HTMLFrameElement | null = null;
  let bestArea = 0;
  for (const f of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
    const r = f.getBoundingClientRect();
    const area = r.width * r.height;
    if (area > bestArea) {
      best = f;
      bestArea = area;
    }
  }
  // Ads and embeds are small; an article frame fills a good part of the window.
  const view = (doc.defaultView?.innerWidth ?? 1000) * (doc.defaultView?.innerHeight ?? 800);
  return best && bestArea >= view * 0.25 ? best : null;
}

/** The frame's document when the same-origin policy lets the extractor read it, else null. */
function sameOriginDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    const d = frame.contentDocument;
    return d?.body ? d : null;
  } catch {
    return null;
  }
}

function frameSrc(frame: HTMLIFrameElement | HTMLFrameElement): string | null {
  try {
    return frame.src ? new URL(frame.src, frame.ownerDocument.baseURI).href : null;
  } catch {
    return null;
  }
}
