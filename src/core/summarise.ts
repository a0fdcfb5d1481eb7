import { withinBudget } from './analysis-budget.ts';
import { cleanBlocks } from './clean/clean-blocks.ts';
import { findFigures } from './figures/find-figures.ts';
import { selectKeyPoints } from './keypoints/select-key-points.ts';
import { findQuotes } from './quotes/find-quotes.ts';
import { makeDoc } from './text/doc.ts';
import { countWords, readingMinutes } from './text/words.ts';
import type { Article, Block, Summary, SummaryOptions } from './types.ts';

export const DEFAULT_OPTIONS: SummaryOptions = { length: 'medium' };

/**
 * The whole analysis: a serialisable article in, a summary card out. Pure and synchronous; the
 * same call runs in the service worker, the CLI and the tests.
 */
export function summarise(article: Article, options: SummaryOptions = DEFAULT_OPTIONS): Summary {
  return analyse(article, cleanBlocks(article.blocks, article), options);
}

/**
 * The analysis of already-cleaned blocks: sentences, figures, quotes, key points. It reads the
 * blocks up to ANALYSIS_CHAR_BUDGET and says so with `partial`; the article text is kept whole.
 */
export function analyse(
  article: Article,
  blocks: Block[],
  options: SummaryOptions = DEFAULT_OPTIONS,
): Summary {
  const analysed = withinBudget(blocks);
  const doc = makeDoc(article.title, analysed.blocks, article.lang);
  const figures = findFigures(doc);
  const quotes = findQuotes(doc);
  const keyPoints = selectKeyPoints(doc, { figures, quotes, length: options.length });
  const articleText = blocks.map((b) => b.text).join('\n\n');
  const wordCount = countWords(articleText);
  return {
    url: article.canonicalUrl ?? article.url,
    title: article.title,
    byline: article.authors.length > 0 ? article.authors.join(', ') : null,
    authors: article.authors,
    siteName: article.siteName,
    published: article.published,
    lang: article.lang,
    dir: article.dir,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    source: article.source,
    keyPoints,
    figures,
    quotes,
    articleText,
    blocks,
    partial: analysed.partial,
  };
}
