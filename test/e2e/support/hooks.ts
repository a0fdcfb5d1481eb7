import type { Worker } from 'playwright-core';

/** Remove every test hook (see src/background/test-hooks.ts) from the worker. */
export function clearHooks(worker: Worker): Promise<void> {
  return worker.evaluate(() => {
    (globalThis as { __ledeTestHooks?: object }).__ledeTestHooks = undefined;
  });
}
