import { browser } from '../browser/api.ts';
import type { Request } from '../messages.ts';

// The popup's first act, loaded as a plain script ahead of its bundle (index.html): ask the
// worker to start reading the active tab now. The popup's own request follows once its bundle
// has run and its settings are read (30 to 60 ms later, measured in the e2e timings), and takes
// the answer this one started (src/background/prepared.ts).
// For the end-to-end timings: how long the browser took to get the popup this far.
performance.mark('lede-early');
const prepare: Request = { type: 'prepare' };
void browser.runtime.sendMessage(prepare).catch(() => undefined);
