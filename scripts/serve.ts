import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { cachePolicy } from '../pipeline/headers.ts';
import { readHeadersFile } from './headersFile.ts';

export interface ServeOptions {
  dir?: string;
  port?: number;
  /** The path the site lives under, such as /news/. */
  basePath?: string;
}

/**
 * A plain static file server for dist/, as a CDN would serve it: no SPA fallback and no rewrites,
 * compressed responses, the headers of the build's `_headers` file (security headers and cache
 * policy, with the hosts' default of revalidating everything else), and 404.html with status 404
 * for anything that is not a file. It follows rebuilds: a build swaps in `dist` as a link to a
 * new tree (pipeline/output/outputTree.ts), and the server serves that tree from its next request,
 * with its files' own ETags (a live story's page polling it sees the new update).
 */
export function serve({ dir = 'dist', port = 4173, basePath = '/' }: ServeOptions = {}): Promise<Server> {
  let tree = '';
  let site: { root: string; headersFor: ReturnType<typeof readHeadersFile>; files: ReturnType<typeof sirv> };
  const current = () => {
    // Each build renames a new link over dist (its inode is new), pointing at one of two trees in turn.
    const link = lstatSync(path.resolve(dir));
    const root = realpathSync(path.resolve(dir));
    const build = `${link.ino}:${link.mtimeMs}:${root}`;
    if (build !== tree) {
      tree = build;
      site = {
        root,
        headersFor: readHeadersFile(path.join(root, '_headers')),
        files: sirv(root, { dev: false, etag: true }),
      };
    }
    return site;
  };
  const compress = compression();
  const server = createServer((req, res) => {
    const { root, headersFor, files } = current();
    const notFound = () => readFileSync(path.join(root, '404.html'));
    res.setHeader('Cache-Control', cachePolicy.revalidate);
    for (const [name, value] of headersFor(new URL(req.url ?? '/', 'http://localhost').pathname))
      res.setHeader(name, value);
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
