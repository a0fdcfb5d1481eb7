// `npm test`: type checking, lint, unit and golden tests, both builds (with bundle budgets),
// web-ext lint of the Firefox build, then the end-to-end tests in headless Chromium and headless
// Firefox. Stops at the first failing step. Without either browser it says how to get it and
// fails: the browser tests are part of the test suite, never skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const node = process.execPath;
const steps = [
  ['type check', [node, 'node_modules/typescript/bin/tsc', '--noEmit']],
  ['lint and format', [node, 'node_modules/@biomejs/biome/bin/biome', 'check', '.']],
  ['unit and golden tests', [node, 'node_modules/vitest/vitest.mjs', 'run', '--project', 'unit']],
  ['build for Chrome and Firefox, within bundle budgets', [node, 'scripts/build.mjs']],
  ['web-ext lint of the Firefox build', [node, 'scripts/lint-firefox.mjs']],
  [
    'end-to-end tests in Chromium and Firefox',
    [node, 'node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e'],
  ],
];

// The same places the e2e tests look (test/e2e/support/browser-paths.json).
const paths = JSON.parse(
  readFileSync(new URL('../test/e2e/support/browser-paths.json', import.meta.url), 'utf8'),
);
const chromium = process.env.LEDE_CHROMIUM || paths.chromium.find((p) => existsSync(p));
const firefox = process.env.LEDE_FIREFOX || paths.firefox.find((p) => existsSync(p));

for (const [name, [cmd, ...args]] of steps) {
  if (name.startsWith('end-to-end') && !firefox) {
    console.error(
      '\nThe end-to-end tests need Firefox 140 or later, which is not installed.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y firefox-esr\n' +
        '  Elsewhere:     set LEDE_FIREFOX=/path/to/firefox\n' +
        '(`bash .ci/run` installs it for you on Debian.)\n',
    );
    process.exit(1);
  }
  if (name.startsWith('end-to-end') && !chromium) {
    console.error(
      '\nThe end-to-end tests need Chromium, which is not installed.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
        '  Elsewhere:     set LEDE_CHROMIUM=/path/to/chromium-or-chrome\n' +
        '(`bash .ci/run` installs it for you on Debian.)\n',
    );
    process.exit(1);
  }
  console.log(`\n▶ ${name}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit' });
  if (res.status !== 0) {
    console.error(`\n✗ ${name} failed.`);
    process.exit(res.status ?? 1);
  }
}
console.log('\n✓ all checks passed');
