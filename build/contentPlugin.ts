import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from './content/problems.ts';
import { contentDir, imagesDir, readContent, readStoryFile, type Content } from './content/readContent.ts';

const STORY = /^data\/stories\/([a-z0-9-]+)\.json$/;
const FRONT = /^data\/front\/(\d+)\.json$/;
const SECTION = /^data\/sections\/([a-z0-9-]+)\/(\d+)\.json$/;

/** The document a data path names, read from the content folder; undefined when there is none. */
export function dataDocument(content: Content, dataPath: string): unknown {
  let match = STORY.exec(dataPath);
  if (match) {
    const file = content.files.get(match[1]!);
    const story = file ? readStoryFile(file).story : null;
    return story ? content.index.storyPage(story) : undefined;
  }
  match = FRONT.exec(dataPath) ?? SECTION.exec(dataPath);
  if (!match) return undefined;
  const [section, page] = match.length === 3 ? [match[1]!, match[2]!] : [null, match[1]!];
  if (section !== null && !content.index.sections.includes(section)) return undefined;
  return content.index.listPages(section)[Number(page) - 1];
}

/**
 * Serves the content folder to the dev server as the same JSON documents and images the static
 * build writes, re-reading it whenever a file in it changes.
 */
export function contentPlugin(): Plugin {
  let content: Content | null = null;
  return {
    name: 'dispatch-content',
    apply: 'serve',
    configureServer(server) {
      const base = server.config.base;
      const load = () => {
        if (!content) {
          content = readContent();
          for (const problem of content.problems) server.config.logger.warn(`content: ${formatProblem(problem)}`);
        }
        return content;
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
          const document = dataDocument(load(), sitePath);
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.statusCode = document === undefined ? 404 : 200;
          res.end(document === undefined ? '{"error":"not found"}' : JSON.stringify(document));
          return;
        }
        if (sitePath.startsWith('images/')) {
          const file = path.join(imagesDir(), sitePath.slice('images/'.length));
          if (!file.startsWith(imagesDir()) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', file.endsWith('.png') ? 'image/png' : file.endsWith('.webp') ? 'image/webp' : 'image/jpeg');
          createReadStream(file).pipe(res);
          return;
        }
        next();
      });
    },
  };
}
