// `web-ext lint` on the Firefox build, offline. Fails on any error, and on any warning except the
// innerHTML assignments inside the bundled Readability (content script) and Preact (its own
// chunk, lib-preact.js, shared by the popup and options pages: see vite.config.ts), which
// web-ext cannot tell apart from our code in a bundle. Lede's own source is
// checked separately here for any HTML-writing API, so none of those warnings can be ours.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LIBRARY_WARNINGS = new Set(['src/content/main.js', 'lib-preact.js']);
const res = spawnSync(
  process.execPath,
  [
    'node_modules/web-ext/bin/web-ext.js',
    'lint',
    '--source-dir',
    'dist/firefox',
    '--output',
    'json',
  ],
  { encoding: 'utf8' },
);
let report;
try {
  report = JSON.parse(res.stdout);
} catch {
  console.error(`web-ext lint gave no report (run npm run build first?)\n${res.stderr}`);
  process.exit(1);
}
const problems = [
  ...report.errors.map((m) => ({ ...m, level: 'error' })),
  ...report.warnings
    .filter((m) => !(m.code === 'UNSAFE_VAR_ASSIGNMENT' && LIBRARY_WARNINGS.has(m.file)))
    .map((m) => ({ ...m, level: 'warning' })),
];
const own = [];
const walk = (dir) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.tsx?$/.test(f)) {
      readFileSync(p, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (
            /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write)\b/.test(
              line,
            ) &&
            !line.trim().startsWith('//') &&
            !line.trim().startsWith('*')
          )
            own.push(`${p}:${i + 1}: ${line.trim()}`);
        });
    }
  }
};
walk('src');
console.log(
  `web-ext lint dist/firefox: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.summary.warnings - problems.filter((p) => p.level === 'warning').length} in bundled Readability/Preact), ${report.summary.notices} notices`,
);
for (const p of problems)
  console.log(`  ${p.level} ${p.code} ${p.file ?? ''}${p.line ? `:${p.line}` : ''} ${p.message}`);
for (const o of own) console.log(`  own code writes HTML: ${o}`);
if (problems.length > 0 || own.length > 0) process.exit(1);
