import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './chromium-path.ts';

/** Build the test variant of the extension once before the browser tests; fail early without Chromium. */
export default function setup(): void {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  const res = spawnSync(process.execPath, ['scripts/build.mjs', '--only-test'], {
    stdio: 'inherit',
  });
  if (res.status !== 0) throw new Error('Building the test extension failed (see above).');
}
