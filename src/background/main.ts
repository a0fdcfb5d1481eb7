import { browser, onOwnMessage } from '../browser/api.ts';
import { DEFAULT_OPTIONS } from '../core/summarise.ts';
import { isRequest, type Request, type SummariseResponse } from '../messages.ts';
import { copySummary } from './copy-summary.ts';
import { prepareActiveTab, takePrepared } from './prepared.ts';
import { forgetTab, summariseTab } from './summarise-tab.ts';

// The worker: a map of message handlers, the copy command, and cache cleanup. Listeners are
// registered synchronously at start so a worker woken by an event receives it.
const handlers: {
  [K in Request['type']]?: (msg: Extract<Request, { type: K }>) => Promise<unknown>;
} = {
  prepare: async () => {
    prepareActiveTab();
    return null;
  },
  summarise: (msg) =>
    answer(msg).catch(
      (e: unknown): SummariseResponse => ({
        ok: false,
        code: 'internal',
        detail: String((e as Error)?.stack ?? e).slice(0, 2_000),
      }),
    ),
};

/** The popup's first request takes the card its opening started; any other is read anew. */
async function answer(msg: Extract<Request, { type: 'summarise' }>): Promise<SummariseResponse> {
  if (msg.first && !msg.force) {
    const prepared = await takePrepared(msg.tabId, msg.options?.length ?? DEFAULT_OPTIONS.length);
    if (prepared) return prepared;
  }
  return summariseTab(msg.tabId, msg);
}

onOwnMessage((msg) => {
  if (!isRequest(msg)) return undefined;
  const handler = handlers[msg.type] as ((m: Request) => Promise<unknown>) | undefined;
  return handler?.(msg);
});

async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== 'copy-summary') return;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined) await copySummary(id);
}

browser.commands.onCommand.addListener((command, tab) => {
  void onCommand(command, tab);
});

// The test build lets the end-to-end tests run the real command handler: automation cannot
// press a browser-level shortcut. The shipped build drops this branch entirely.
if (__LEDE_TEST_BUILD__) {
  (globalThis as { __ledeRunCommand?: typeof onCommand }).__ledeRunCommand = onCommand;
}

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
