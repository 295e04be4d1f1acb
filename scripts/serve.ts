import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { cachePolicy, securityHeaders } from '../build/headers.ts';

export interface ServeOptions {
  dir?: string;
  port?: number;
  /** The path the site lives under, such as /news/. */
  basePath?: string;
  /** Send the security headers (with the Content-Security-Policy) that _headers gives a CDN. */
  headers?: boolean;
}

/**
 * A plain static file server for dist/, as a CDN would serve it: no SPA fallback and no rewrites,
 * compressed responses, the cache policy of _headers, and 404.html with status 404 for anything
 * that is not a file.
 */
export function serve({ dir = 'dist', port = 4173, basePath = '/', headers = true }: ServeOptions = {}): Promise<Server> {
  const root = path.resolve(dir);
  const files = sirv(root, {
    dev: false,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? cachePolicy.immutable : cachePolicy.revalidate);
    },
  });
  const compress = compression();
  const notFound = () => readFileSync(path.join(root, '404.html'));
  const server = createServer((req, res) => {
    if (headers) for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    compress(req as never, res as never, () => {
      const url = req.url ?? '/';
      if (!url.startsWith(basePath)) {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(notFound());
        return;
      }
      req.url = `/${url.slice(basePath.length)}`;
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(notFound());
      });
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  const basePath = process.env.DISPATCH_BASE_PATH ?? '/';
  const dir = process.env.DISPATCH_OUT_DIR ?? 'dist';
  await serve({ dir, port, basePath });
  console.log(`Serving ${dir}/ at http://localhost:${port}${basePath}`);
}
