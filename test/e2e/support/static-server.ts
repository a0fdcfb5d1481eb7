import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  origin: string;
  /** Every path requested, to check the extension itself fetched nothing. */
  requests: string[];
  close(): Promise<void>;
}

/** A generated page: HTML text, or any body with its content type. */
export type Route = string | { type: string; body: string | Buffer };

/**
 * Serve a folder on 127.0.0.1 (a random free port). Unknown files answer 404; images referenced
 * by the pages are answered with 404 too, which is fine for extraction. `routes` adds generated
 * pages (e.g. a hostile page, a plain-text file) by path.
 */
export async function serveFolder(
  root: string,
  routes: Record<string, Route> = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const routed = routes[path];
    if (routed !== undefined) {
      const { type, body } =
        typeof routed === 'string' ? { type: TYPES['.html'] as string, body: routed } : routed;
      res.writeHead(200, { 'content-type': type });
      res.end(body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
