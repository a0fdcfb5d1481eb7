/**
 * Hooks the end-to-end tests set in the worker of the test build (dist/chrome-test) through the
 * DevTools protocol, for states a test cannot otherwise cause on demand. The shipped build
 * never reads them: every use is behind `__LEDE_TEST_BUILD__`, which the bundler removes.
 */
export interface TestHooks {
  /** Wait this long after reading the page: time for the test to navigate the tab away. */
  delayMs?: number;
  /** Throw this message once while summarising: the unexpected-error state. */
  failOnce?: string;
  /** Counts the pages read (extractor injections), when a test sets it to 0. */
  reads?: number;
  /** Counts the popup requests answered by the read the popup's opening started (prepared.ts). */
  preparedTaken?: number;
}

export function testHooks(): TestHooks | undefined {
  if (!__LEDE_TEST_BUILD__) return undefined;
  return (globalThis as { __ledeTestHooks?: TestHooks }).__ledeTestHooks;
}
