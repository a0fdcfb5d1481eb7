import { articleFromText } from '../core/extract/article-from-text.ts';
import { extractArticle } from '../core/extract/extract-article.ts';
import { summarise } from '../core/summarise.ts';
import type { Article, Summary, SummaryOptions } from '../core/types.ts';
import { decodeHtml } from './decode-html.ts';
import { InputError } from './errors.ts';
import type { LoadedInput } from './load-input.ts';
import { parseHtml } from './parse-html.ts';

/** Parse HTML without running scripts or loading anything (jsdom's defaults), then extract. */
export function articleFromHtml(
  bytes: Uint8Array,
  url: string | null,
  contentType?: string,
): Article {
  const decoded = decodeHtml(bytes, contentType);
  const dom = parseHtml(decoded, { url, contentType });
  try {
    return extractArticle(dom.window.document, { url });
  } finally {
    dom.window.close();
  }
}

/** The whole pipeline for one loaded input. */
export function summariseInput(input: LoadedInput, options: SummaryOptions): Summary {
  const article =
    input.kind === 'text'
      ? articleFromText(input.text, input.url)
      : articleFromHtml(input.bytes, input.url, input.contentType);
  if (article.blocks.length === 0) throw new InputError('no_article');
  return summarise(article, options);
}
