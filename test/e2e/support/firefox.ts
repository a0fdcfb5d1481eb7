import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import paths from './browser-paths.json' with { type: 'json' };
import { findBinary } from './find-binary.ts';

export const FIREFOX_INSTALL_HINT =
  'The Firefox end-to-end tests need Firefox 140 or later. Install it with ' +
  '`sudo apt-get install -y firefox-esr` (Debian/Ubuntu), or point LEDE_FIREFOX at a Firefox ' +
  'binary.';

/** The Firefox binary to drive, or null when none is installed. */
export function findFirefox(): string | null {
  return findBinary('LEDE_FIREFOX', paths.firefox);
}

/** The test build's add-on id (manifest.json, browser_specific_settings.gecko.id). */
const ADDON_ID = 'lede@lede.invalid';
/**
 * The moz-extension:// host is random per profile unless the profile names it: a fixed one lets
 * the test open the extension's own pages by URL.
 */
export const EXTENSION_UUID = '6c1b1a9e-8a5e-4c43-9d2f-1e5b0c7a1d01';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

interface BidiReply {
  type: 'success' | 'error';
  id: number;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

export interface Firefox {
  /** One WebDriver BiDi command; rejects with the browser's error text. */
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Evaluate an expression (awaited if it is a promise) in a tab; its JSON-able value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** Open a new tab in the background (the active tab stays active) at `url`, loaded. */
  openTab(url: string, background?: boolean): Promise<string>;
  /** The first tab, open at launch. */
  firstTab: string;
  close(): Promise<void>;
}

/**
 * Headless Firefox with the extension in `extensionDir` installed as a temporary add-on, driven
 * over WebDriver BiDi (Firefox's own remote protocol: no driver binary, no download).
 */
export async function launchFirefox(extensionDir: string): Promise<Firefox> {
  const binary = findFirefox();
  if (!binary) throw new Error(FIREFOX_INSTALL_HINT);
  const profile = mkdtempSync(join(tmpdir(), 'lede-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }))});`,
      // Lets a test read back what the copy button put on the clipboard, without a paste prompt.
      'user_pref("dom.events.testing.asyncClipboard", true);',
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    binary,
    ['--headless', '--remote-debugging-port', '0', '--profile', profile, '--no-remote'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start:\n${out}`)), 60_000);
    const read = (d: Buffer) => {
      out += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1] as string);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${out}`)));
  });
  const ws = new WebSocket(`${url}/session`);
  await new Promise((ok, fail) => {
    ws.once('open', ok);
    ws.once('error', fail);
  });
  let nextId = 0;
  const waiting = new Map<number, (reply: BidiReply) => void>();
  ws.on('message', (data) => {
    const reply = JSON.parse(String(data)) as BidiReply;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((ok, fail) => {
      const id = ++nextId;
      waiting.set(id, (reply) =>
        reply.type === 'success'
          ? ok(reply.result ?? {})
          : fail(new Error(`${method}: ${reply.error} ${reply.message ?? ''}`)),
      );
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  await send('webExtension.install', {
    extensionData: { type: 'path', path: resolve(extensionDir) },
  });
  const tree = (await send('browsingContext.getTree')) as { contexts: { context: string }[] };
  const firstTab = tree.contexts[0]?.context as string;

  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const res = (await send('script.evaluate', {
      target: { context },
      awaitPromise: true,
      expression: `(async () => JSON.stringify(await (${expression})))()`,
    })) as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    if (res.type !== 'success') throw new Error(`evaluate: ${res.exceptionDetails?.text}`);
    const value = res.result?.value;
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  };
  const openTab = async (tabUrl: string, background = true) => {
    const created = (await send('browsingContext.create', { type: 'tab', background })) as {
      context: string;
    };
    await send('browsingContext.navigate', {
      context: created.context,
      url: tabUrl,
      wait: 'complete',
    });
    return created.context;
  };
  return {
    send,
    evaluate,
    openTab,
    firstTab,
    async close() {
      await send('browser.close').catch(() => undefined);
      ws.close();
      await new Promise((ok) => {
        if (child.exitCode !== null) ok(null);
        else child.once('exit', ok);
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
