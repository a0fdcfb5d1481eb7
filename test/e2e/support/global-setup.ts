import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './chromium-path.ts';
import { FIREFOX_INSTALL_HINT, findFirefox } from './firefox.ts';

/**
 * Build the test variants of the extension (Chrome and Firefox) once before the browser tests;
 * fail early without Chromium or Firefox.
 */
export default function setup(): void {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  if (!findFirefox()) throw new Error(FIREFOX_INSTALL_HINT);
  const res = spawnSync(process.execPath, ['scripts/build.mjs', '--only-test'], {
    stdio: 'inherit',
  });
  if (res.status !== 0) throw new Error('Building the test extension failed (see above).');
}
