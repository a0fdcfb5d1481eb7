import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { InputError } from './errors.ts';

export const MAX_BYTES = 50 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

/** Raw input ready for the pipeline: HTML bytes (the parser sniffs their encoding) or text. */
export type LoadedInput =
  | { kind: 'html'; bytes: Uint8Array; url: string | null; contentType?: string }
  | { kind: 'text'; text: string; url: string | null };

/**
 * Read one INPUT: a file by its extension, or an http(s) URL. The CLI is the only part of Lede
 * that touches the network, and only for a URL the user typed.
 */
export async function loadInput(input: string, pageUrl: string | null): Promise<LoadedInput> {
  if (/^https?:\/\//i.test(input)) return fetchInput(input);
  const lower = input.toLowerCase();
  const kind =
    lower.endsWith('.html.gz') || lower.endsWith('.htm.gz')
      ? 'gz'
      : lower.endsWith('.html') || lower.endsWith('.htm')
        ? 'html'
        : lower.endsWith('.txt')
          ? 'text'
          : null;
  if (!kind) throw new InputError('unsupported_type');
  let bytes: Uint8Array;
  try {
    const info = await stat(input);
    if (!info.isFile()) throw new InputError('unreadable', 'It is a directory.');
    if (info.size > MAX_BYTES) throw new InputError('too_large');
    bytes = await readFile(input);
  } catch (e) {
    if (e instanceof InputError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError('not_found');
    throw new InputError('unreadable', (e as Error).message);
  }
  if (kind === 'gz') {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw new InputError('too_large');
      throw new InputError('bad_gzip');
    }
  }
  if (kind === 'text') return { kind: 'text', text: new TextDecoder().decode(bytes), url: pageUrl };
  return { kind: 'html', bytes, url: pageUrl };
}

async function fetchInput(url: string): Promise<LoadedInput> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' },
      redirect: 'follow',
    });
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new InputError('timeout');
    throw new InputError('fetch_failed', describe(e));
  }
  if (!res.ok) throw new InputError('http_error', `HTTP ${res.status}.`);
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new InputError('too_large');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    if ((e as Error).name === 'TimeoutError') throw new InputError('timeout');
    throw new InputError('fetch_failed', describe(e));
  }
  if (bytes.length > MAX_BYTES) throw new InputError('too_large');
  const finalUrl = res.url || url;
  if (type.startsWith('text/plain'))
    return { kind: 'text', text: new TextDecoder().decode(bytes), url: finalUrl };
  if (type && !/html|xml/.test(type))
    throw new InputError('not_html', `It is ${type.split(';')[0]}.`);
  return { kind: 'html', bytes, url: finalUrl, contentType: type };
}

function describe(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (e as Error).message;
}
