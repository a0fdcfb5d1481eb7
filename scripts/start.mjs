// `npm start`: build Lede, then show it working on the demo article.
// With a display and a Chromium/Chrome: open the browser with Lede loaded on the demo article,
// served on 127.0.0.1 (click the Lede button or press Alt+Shift+S). Without a display (a server,
// CI, SSH): print the demo article's card in the terminal with the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const browser =
  process.env.LEDE_CHROMIUM ||
  [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].find((p) => existsSync(p));

if (!hasDisplay || !browser || process.argv.includes('--cli')) {
  console.log(
    hasDisplay
      ? "\nNo Chromium or Chrome found to open; here is the demo article's card instead (set LEDE_CHROMIUM to open a browser).\n"
      : "\nNo display here, so here is the demo article's card in the terminal. Load dist/chrome or dist/firefox in a browser to use the extension (see README).\n",
  );
  const cli = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts'], {
    stdio: 'inherit',
  });
  process.exit(cli.status ?? 0);
}

const demo = readFileSync('test/fixtures/alibaba-cloud-investment.html');
const server = createServer((req, res) => {
  if (req.url === '/' || req.url === '/alibaba-cloud-investment.html')
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demo);
  else res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/alibaba-cloud-investment.html`;
  const profile = mkdtempSync(join(tmpdir(), 'lede-start-'));
  console.log(
    `\nOpening ${url} with Lede loaded. Click the Lede button or press Alt+Shift+S. Close the browser to stop.\n`,
  );
  const child = spawn(
    browser,
    [
      `--user-data-dir=${profile}`,
      `--load-extension=${resolve('dist/chrome')}`,
      '--no-first-run',
      '--no-default-browser-check',
      url,
    ],
    { stdio: 'ignore' },
  );
  child.on('exit', () => server.close(() => process.exit(0)));
});
