/** @module A static server for fixture pages on 127.0.0.1. It answers any Host header, so
 * `http://insecure.test:PORT/` (mapped to loopback) serves the same pages from a non-secure origin. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { ROOT } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
};
const FIXTURES = join(ROOT, 'tests/fixtures');
/** `/signup.html` is `tests/fixtures/pages/signup.html`; `/forms/x.html` is `tests/fixtures/forms/x.html`. */
const PAGES = join(FIXTURES, 'pages');

export interface PageServer {
  port: number;
  /** `http://127.0.0.1:PORT/path` (secure: loopback), or on another host name. */
  url(path: string, host?: string): string;
  close(): Promise<void>;
}

export async function startPageServer(extra: Record<string, string> = {}): Promise<PageServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path in extra) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(extra[path]);
      return;
    }
    const file = normalize(join(path.split('/').length > 2 ? FIXTURES : PAGES, path));
    if (!file.startsWith(FIXTURES)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (path, host = '127.0.0.1') => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
