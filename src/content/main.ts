import { extractArticle } from '../core/extract/extract-article.ts';

// Injected on demand into the active tab (never declared to run on pages). The worker calls
// __ledeExtract() right after injecting and receives the serialisable article as the result.
(globalThis as { __ledeExtract?: () => unknown }).__ledeExtract = () =>
  extractArticle(document, {
    url: location.href,
    selectionText: getSelection()?.toString() ?? null,
  });
