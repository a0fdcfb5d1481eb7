import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts: the web-extension plugin empties dist/ whenever its config is
// loaded, which would delete the build the end-to-end tests load.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/golden/**/*.test.ts'],
          environment: 'node',
          // The golden tests parse real pages with jsdom: the first one of a file also pays for
          // jsdom's start-up, 5 s and more on a loaded two-core machine (breitbart timed out at
          // the default 5 s there). A hang still fails, just later.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: each test file launches Chromium with the extension.
          fileParallelism: false,
        },
      },
    ],
  },
});
