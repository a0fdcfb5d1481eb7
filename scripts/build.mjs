// Builds the extension for each browser from the one manifest.json, then prints bundle sizes
// against the budgets in bundle-budgets.json and fails when one is exceeded.
//   npm run build              -> dist/chrome, dist/firefox
//   npm run build -- --test    -> also dist/chrome-test and dist/firefox-test (add a 127.0.0.1
//                                 host permission for the end-to-end tests; never shipped)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const withTest = process.argv.includes('--test');
const onlyTest = process.argv.includes('--only-test');
const testBuilds = [
  { browser: 'chrome', test: true },
  { browser: 'firefox', test: true },
];
const builds = onlyTest
  ? testBuilds
  : [{ browser: 'chrome' }, { browser: 'firefox' }, ...(withTest ? testBuilds : [])];

for (const b of builds) {
  const env = { ...process.env, LEDE_BROWSER: b.browser, LEDE_TEST_BUILD: b.test ? '1' : '' };
  const res = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    { env, stdio: 'inherit' },
  );
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const budgets = JSON.parse(readFileSync('bundle-budgets.json', 'utf8'));
let over = false;
for (const b of builds) {
  const dir = `dist/${b.browser}${b.test ? '-test' : ''}`;
  const rows = [];
  for (const [name, { files, maxBytes }] of Object.entries(budgets.bundles)) {
    const present = files.flatMap((f) => expand(dir, f)).filter((f) => exists(join(dir, f)));
    if (present.length === 0) continue; // e.g. no offscreen page in Firefox
    const bytes = present.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const ok = bytes <= maxBytes;
    if (!ok) over = true;
    rows.push(
      `  ${name.padEnd(12)} ${kb(bytes).padStart(9)}  budget ${kb(maxBytes).padStart(9)}  ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  console.log(`${dir}\n${rows.join('\n')}`);
}
if (over) {
  console.error(
    'A bundle is over its budget (bundle-budgets.json says why each budget is what it is).',
  );
  process.exit(1);
}

/** "*.js" -> every .js file at the top of the build (shared chunks); other names as they are. */
function expand(dir, pattern) {
  if (!pattern.startsWith('*')) return [pattern];
  const ext = pattern.slice(1);
  return readdirSync(dir).filter((f) => f.endsWith(ext) && statSync(join(dir, f)).isFile());
}

function exists(p) {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}
