import path from 'node:path';
import { SHELL_FILE } from '../src/offline/offlineCaches.ts';
import { documentHtml, type PageAssets } from '../src/site/documentHtml.ts';
import { shellHead } from '../src/site/head.ts';
import { savedPath } from '../src/site/paths.ts';
import type { OutputWriter } from './output/job.ts';

/** Bundles the service worker into `outDir/sw.js`; its precache list is injected per build. */
export async function buildServiceWorkerBundle(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    // Workbox prints its debugging logs unless the bundle says it is a production one.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
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
}

/**
 * Writes the app shell and the service worker into the built site. Runs after pre-rendering, so
 * the precache can list pages the pre-renderer wrote (the Saved page); each file is listed with a
 * revision, and Vite's hashed files by their name alone, which already changes with their content.
 */
export async function writeServiceWorker(
  out: OutputWriter,
  assets: PageAssets,
  swSrc: string,
): Promise<{ files: number; bytes: number }> {
  // The app shell: a page with no page in it, which the worker answers offline navigations with.
  // The app renders the route from the cached document (src/main.tsx renders a page without data).
  const shell = documentHtml({ head: shellHead, appHtml: '', pageData: null, assets, scripts: 'after-first-paint' });
  out.file(SHELL_FILE, shell);
  const { injectManifest } = await import('workbox-build');
  const { count, size, warnings } = await injectManifest({
    swSrc,
    swDest: path.join(out.dir, 'sw.js'),
    globDirectory: out.dir,
    // The stylesheets too: pages inline only what their first paint needs, the app needs them whole.
    globPatterns: [
      'assets/**/*.{js,css,woff2}',
      SHELL_FILE,
      // The shell renders offline pages in any edition's words (src/i18n/useMessages.ts).
      'data/messages/*.json',
      `${savedPath.slice(1)}index.html`,
      'favicon.svg',
      'share-icons.svg',
    ],
    // The faces of other scripts are fetched by the pages that use them (unicode-range), never
    // by every reader's service worker.
    // Nor the search, topic, author and archive pages' code (src/app/lazyPages.ts): only a reader
    // who opens one downloads it. Search's indexes are not under assets/ at all.
    globIgnores: ['assets/noto-*.woff2', 'assets/lazyPages-*.js'],
    dontCacheBustURLsMatching: /^assets\//,
  });
  out.record('sw.js');
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { files: count, bytes: size };
}
