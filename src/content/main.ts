import { readPage } from './read-page.ts';

// Injected on demand into the active tab (never declared to run on pages). The worker calls
// __ledeExtract() right after injecting and receives a PageReading (src/messages.ts) as the
// result; it validates every field before using it.
(globalThis as { __ledeExtract?: () => unknown }).__ledeExtract = () => readPage(document);
