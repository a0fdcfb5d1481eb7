import { browser, onOwnMessage } from '../browser/api.ts';
import { isRequest, type Request } from '../messages.ts';
import { copySummary } from './copy-summary.ts';
import { forgetTab, summariseTab } from './summarise-tab.ts';

// The worker: a map of message handlers, the copy command, and cache cleanup. Listeners are
// registered synchronously at start so a worker woken by an event receives it.
const handlers: {
  [K in Request['type']]?: (msg: Extract<Request, { type: K }>) => Promise<unknown>;
} = {
  summarise: (msg) => summariseTab(msg.tabId, msg),
};

onOwnMessage((msg) => {
  if (!isRequest(msg)) return undefined;
  const handler = handlers[msg.type] as ((m: Request) => Promise<unknown>) | undefined;
  return handler?.(msg);
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'copy-summary') return;
  const run = async () => {
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await copySummary(id);
  };
  void run();
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
