import paths from './browser-paths.json' with { type: 'json' };
import { findBinary } from './find-binary.ts';

export const INSTALL_HINT =
  'The end-to-end tests need Chromium. Install it with `sudo apt-get install -y chromium` ' +
  '(Debian/Ubuntu), or point LEDE_CHROMIUM at a Chromium or Chrome binary. Browser downloads ' +
  'by test tools (npx playwright install) are not used.';

/** The Chromium binary to drive, or null when none is installed. */
export function findChromium(): string | null {
  return findBinary('LEDE_CHROMIUM', paths.chromium);
}
