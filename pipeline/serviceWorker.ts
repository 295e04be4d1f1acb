import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { injectManifest } from 'workbox-build';
import { SHELL_FILE } from '../src/offline/offlineCaches.ts';
import { savedPath } from '../src/site/paths.ts';

/**
 * The app shell: the page template with no page in it, which the worker answers offline
 * navigations with. It loads the same scripts and styles as every page, and the app renders the
 * route from the cached document (src/main.tsx renders, rather than hydrates, a page without data).
 */
export function shellHtml(template: string): string {
  return template
    .replace('<!--app-head-->', '<meta name="robots" content="noindex">')
    .replace('<!--app-html-->', '')
    .replace('<!--app-data-->', '');
}

/**
 * Writes the app shell and the service worker into the built site. Runs after pre-rendering, so
 * the precache can list pages the pre-renderer wrote (the Saved page); each file is listed with a
 * revision, and Vite's hashed files by their name alone, which already changes with their content.
 */
export async function writeServiceWorker(outDir: string, template: string): Promise<{ files: number; bytes: number }> {
  writeFileSync(path.join(outDir, SHELL_FILE), shellHtml(template));
  const workDir = path.resolve(
    'node_modules/.cache',
    `dispatch-sw-${createHash('sha1').update(outDir).digest('hex').slice(0, 8)}`,
  );
  await viteBuild({
    configFile: false,
    logLevel: 'warn',
    // Workbox prints its debugging logs unless the bundle says it is a production one.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: workDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: path.resolve('src/offline/serviceWorker.ts'),
        formats: ['iife'],
        name: 'dispatchServiceWorker',
        fileName: () => 'sw.js',
      },
    },
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: path.join(workDir, 'sw.js'),
    swDest: path.join(outDir, 'sw.js'),
    globDirectory: outDir,
    // No CSS: every page and the shell carry the stylesheet inline.
    globPatterns: ['assets/**/*.{js,woff2}', SHELL_FILE, `${savedPath.slice(1)}index.html`, 'favicon.svg'],
    dontCacheBustURLsMatching: /^assets\//,
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { files: count, bytes: size };
}
