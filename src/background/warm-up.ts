import { articleFromText } from '../core/extract/article-from-text.ts';
import { summarise } from '../core/summarise.ts';
import type { Article } from '../core/types.ts';
import { WARM_UP_SAMPLE } from './warm-up-sample.ts';

/**
 * Paragraphs of the sample per part. The first part pays for compiling the core whatever its
 * size (in Node: about 95 ms for one paragraph, 125 ms for four); small parts let the reading be
 * taken up sooner when it arrives mid-warm-up, at the same total cost.
 */
const PARAGRAPHS_PER_PART = 2;

/** The sample as the content script would send it, with a byline and a site name. */
export function warmUpArticle(paragraphs: readonly string[] = WARM_UP_SAMPLE): Article {
  return {
    ...articleFromText(paragraphs.join('\n\n'), 'https://news.example/local/harbour-city-tram'),
    authors: ['Jane Doe'],
    siteName: 'Harbour Gazette',
  };
}

/** The sample cut into short articles, each under the sample's headline. */
export function warmUpParts(): Article[] {
  const [headline = '', ...body] = WARM_UP_SAMPLE;
  const parts: Article[] = [];
  for (let i = 0; i < body.length; i += PARAGRAPHS_PER_PART)
    parts.push(warmUpArticle([headline, ...body.slice(i, i + PARAGRAPHS_PER_PART)]));
  return parts;
}

let parts: Article[] | null = null;
let done = 0;

/**
 * Warm the analysis up while `pending` (the tab being read, in the tab's own process) has not
 * settled. The browser stops an idle worker after 30 seconds, so most cards are made by a freshly
 * started worker, whose first analysis runs unoptimised code: 40 ms for the reference page in
 * Node after one short warm-up article, 9–15 ms after this longer sample (134 ms with none). The
 * sample is analysed part by part, yielding between parts so the reading is taken as soon as it
 * arrives; the parts left over are analysed while the next tab is read. Resolves to the number
 * of parts it analysed.
 */
export async function warmUpWhile(pending: Promise<unknown>): Promise<number> {
  let settled = false;
  const settle = () => {
    settled = true;
  };
  pending.then(settle, settle);
  parts ??= warmUpParts();
  let analysed = 0;
  while (!settled && done < parts.length) {
    summarise(parts[done++] as Article);
    analysed++;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return analysed;
}
