/** Serves fixture pages over http on 127.0.0.1 (content scripts match http pages, not file://). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The same page under a strict CSP, without keeping a copy of it. */
const CSP_PATH_RE = /\.csp\.html$/;

export interface Route {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Add or replace a page served from memory (e.g. a page rendered from ../shared). */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

/** Files under `root` are served as-is; `NAME.csp.html` serves `NAME.html` with a strict Content-Security-Policy. */
export async function startFixtureServer(root = resolve('tests/fixtures/pages')): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const mem = routes.get(path);
      if (mem) {
        res.writeHead(200, { 'content-type': mem.type ?? TYPES['.html']!, ...mem.headers });
        res.end(mem.body);
        return;
      }
      const csp = CSP_PATH_RE.test(path);
      const file = normalize(join(root, csp ? path.replace(CSP_PATH_RE, '.html') : path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
        if (csp)
          headers['content-security-policy'] = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'";
        res.writeHead(200, headers).end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    route: (path, route) => routes.set(path, route),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
