/** True only in dist/chrome-test (see vite.config.ts); replaced at build time. */
declare const __LEDE_TEST_BUILD__: boolean;
