import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { contentDir, imagesDir } from './contentFolder.ts';
import { devImageFile } from './devImages.ts';

type ContentModule = typeof import('./check/readContent.ts') &
  typeof import('./check/dataDocument.ts') &
  typeof import('./check/problems.ts') &
  typeof import('./devSearch.ts');

const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

/** Pagefind's files: its script, its WebAssembly, and index chunks it reads as bytes. */
const SEARCH_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Serves the content folder to the dev server as the same JSON documents and images the static
 * build writes, re-reading it whenever a file in it changes. The content code is loaded through
 * Vite itself, so it is the same TypeScript the build runs.
 */
export function contentPlugin(): Plugin {
  return {
    name: 'dispatch-content',
    apply: 'serve',
    configureServer(server) {
      const base = server.config.base;
      let content: ReturnType<ContentModule['readContent']> | null = null;
      const loadModule = async (): Promise<ContentModule> => ({
        ...((await server.ssrLoadModule('/pipeline/check/readContent.ts')) as ContentModule),
        ...((await server.ssrLoadModule('/pipeline/check/dataDocument.ts')) as ContentModule),
        ...((await server.ssrLoadModule('/pipeline/check/problems.ts')) as ContentModule),
        ...((await server.ssrLoadModule('/pipeline/devSearch.ts')) as ContentModule),
      });
      const currentContent = (module: ContentModule) => {
        if (!content) {
          content = module.readContent();
          for (const problem of content.problems)
            server.config.logger.warn(`content: ${module.formatProblem(problem)}`);
        }
        return content;
      };
      // The search indexes of the content as it is now, made on the search page's first request.
      let search: { content: unknown; dir: Promise<string> } | null = null;
      const searchDir = (module: ContentModule): Promise<string> => {
        const now = currentContent(module);
        if (search?.content !== now) {
          const previous = search?.dir;
          search = {
            content: now,
            dir: (previous ?? Promise.resolve(undefined)).then((old) => module.writeDevSearch(now, old)),
          };
        }
        return search.dir;
      };
      server.watcher.add(contentDir);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(contentDir)) return;
        content = null;
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(base)) return next();
        const sitePath = decodeURIComponent(url.pathname.slice(base.length));
        if (sitePath.startsWith('data/')) {
          loadModule()
            .then((module) => {
              const document = module.dataDocument(currentContent(module), sitePath);
              res.setHeader('content-type', 'application/json; charset=utf-8');
              res.statusCode = document === undefined ? 404 : 200;
              res.end(document === undefined ? '{"error":"not found"}' : JSON.stringify(document));
            })
            .catch(next);
          return;
        }
        if (sitePath.startsWith('pagefind/')) {
          loadModule()
            .then((module) => searchDir(module))
            .then((dir) => {
              const file = path.join(dir, sitePath);
              if (!file.startsWith(dir) || !existsSync(file)) {
                res.statusCode = 404;
                res.end();
                return;
              }
              res.setHeader('content-type', SEARCH_TYPES[path.extname(file)] ?? 'application/octet-stream');
              createReadStream(file).pipe(res);
            })
            .catch(next);
          return;
        }
        if (sitePath.startsWith('images/')) {
          const file = devImageFile(imagesDir(), sitePath.slice('images/'.length));
          if (!file) return next();
          res.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'image/jpeg');
          createReadStream(file).pipe(res);
          return;
        }
        next();
      });
    },
  };
}
