import { readPage } from './read-page.ts';

// Injected on demand into the active tab (never declared to run on pages). The bundle ends with
// a call to __ledeExtract() (vite.config.ts adds it), so the injection's result is a PageReading
// (src/messages.ts); the worker validates every field before using it.
(globalThis as { __ledeExtract?: () => unknown }).__ledeExtract = () => readPage(document);
