import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from './run-cli.ts';

const REF = 'test/fixtures/alibaba-cloud-investment.html';
const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};

describe('CLI: formats', () => {
  it('prints the demo article card with no input', async () => {
    const { code, out } = await runCli([]);
    expect(code).toBe(0);
    expect(out).toContain(
      'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19',
    );
    expect(out).toContain('CloudTech News · James Bourne · 20 Apr 2020');
    expect(out).toContain('Key points');
  });

  it('prints one JSON object per input, in input order, with the documented fields', async () => {
    const txt = file(
      'story.txt',
      'Headline here\n\nFirst paragraph of the story. It has two sentences.\n\nSecond paragraph.',
    );
    const { code, out } = await runCli(['--format', 'json', REF, txt]);
    expect(code).toBe(0);
    const [a, b] = jsonLines(out);
    expect(a).toMatchObject({
      input: REF,
      ok: true,
      title:
        'Alibaba Cloud to invest $28bn in infrastructure for three years amid Covid-19 – reports',
      byline: 'James Bourne',
      siteName: 'CloudTech News',
      lang: 'en-GB',
    });
    expect(String(a?.published)).toMatch(/^2020-04-20/);
    for (const key of [
      'url',
      'dir',
      'wordCount',
      'readingMinutes',
      'keyPoints',
      'figures',
      'quotes',
      'articleText',
    ])
      expect(a).toHaveProperty(key);
    expect(b).toMatchObject({ input: txt, ok: true, title: 'Headline here', url: null });
    expect(b?.articleText).toBe(
      'First paragraph of the story. It has two sentences.\n\nSecond paragraph.',
    );
  });

  it('prints the Markdown that Copy gives', async () => {
    const { out } = await runCli([
      '--format',
      'markdown',
      '--url',
      'https://example.org/story',
      REF,
    ]);
    expect(out.startsWith('## [Alibaba Cloud to invest $28bn')).toBe(true);
    expect(out).toContain('*CloudTech News · James Bourne · 20 Apr 2020*');
  });

  it('reads .html.gz', async () => {
    const gz = file(
      'page.html.gz',
      gzipSync(
        '<html><head><title>T</title></head><body><article><p>One sentence here about the story that is long enough to count as text for the extractor to keep it.</p></article></body></html>',
      ),
    );
    const { code, out } = await runCli(['--format', 'json', gz]);
    expect(code).toBe(0);
    expect(jsonLines(out)[0]?.ok).toBe(true);
  });
});

describe('CLI: failures carry on and exit 1', () => {
  it.each([
    ['missing.html', 'not_found'],
    ['notes.docx', 'unsupported_type'],
  ])('%s -> %s', async (name, code) => {
    const { code: exit, out } = await runCli(['--format', 'json', join(dir, name), REF]);
    expect(exit).toBe(1);
    const [bad, good] = jsonLines(out);
    expect(bad).toMatchObject({ ok: false, error: { code } });
    expect((bad?.error as { message: string } | undefined)?.message.length).toBeGreaterThan(10);
    expect(good?.ok).toBe(true);
  });

  it('bad gzip -> bad_gzip', async () => {
    const { out } = await runCli(['--format', 'json', file('broken.html.gz', 'not gzip')]);
    expect(jsonLines(out)[0]).toMatchObject({ ok: false, error: { code: 'bad_gzip' } });
  });

  it('a page with no text -> no_article', async () => {
    const { out } = await runCli([
      '--format',
      'json',
      file('empty.html', '<html><body></body></html>'),
    ]);
    expect(jsonLines(out)[0]).toMatchObject({ ok: false, error: { code: 'no_article' } });
  });

  it('card format reports errors on stderr with the code', async () => {
    const { code, err } = await runCli([join(dir, 'nope.html')]);
    expect(code).toBe(1);
    expect(err).toMatch(/nope\.html: No such file\. \[not_found\]/);
  });
});

describe('CLI: URLs', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/story')
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            `<html><head><title>Local story</title></head><body><article><p>${'The council approved the plan on Monday after a long debate. '.repeat(5)}</p></article></body></html>`,
          );
      else if (req.url === '/image') res.writeHead(200, { 'content-type': 'image/png' }).end('png');
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const a = server.address();
    origin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('fetches an http URL and uses it as the page URL', async () => {
    const { out } = await runCli(['--format', 'json', `${origin}/story`]);
    expect(jsonLines(out)[0]).toMatchObject({
      ok: true,
      url: `${origin}/story`,
      title: 'Local story',
    });
  });

  it.each([
    ['/missing', 'http_error'],
    ['/image', 'not_html'],
  ])('%s -> %s', async (path, code) => {
    const { out } = await runCli(['--format', 'json', `${origin}${path}`]);
    expect(jsonLines(out)[0]).toMatchObject({ ok: false, error: { code } });
  });

  it('an unreachable host -> fetch_failed', async () => {
    const { out } = await runCli(['--format', 'json', 'http://127.0.0.1:1/']);
    expect(jsonLines(out)[0]).toMatchObject({ ok: false, error: { code: 'fetch_failed' } });
  });
});

describe('CLI: usage errors exit 2', () => {
  it.each([
    [['--format', 'pdf']],
    [['--format']],
    [['--bogus']],
    [['--url', 'ftp://x']],
    [['--length', 'huge']],
  ])('%j', async (argv) => {
    const { code, err } = await runCli(argv);
    expect(code).toBe(2);
    expect(err).toContain('Usage: npm run summarise');
  });

  it('--help exits 0', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('--format card|markdown|json');
  });

  it('runs as `npm run summarise` from a shell with the right exit status', () => {
    const ok = spawnSync('npm', ['run', '--silent', 'summarise', '--', '--format', 'json', REF], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout.trim()).ok).toBe(true);
    const usage = spawnSync('npm', ['run', '--silent', 'summarise', '--', '--format', 'nope'], {
      encoding: 'utf8',
    });
    expect(usage.status).toBe(2);
  }, 30_000);
});
