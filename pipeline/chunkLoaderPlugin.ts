import path from 'node:path';
import type { Plugin } from 'vite';

/** Vite's own module for the function it wraps every dynamic import of a client build in. */
const VITE_PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite's preload helper (about 0.6 KB gzip of every page's script) detects `modulepreload`
 * support, preloads a chunk's imports, reads CSP nonces and fires `vite:preloadError`: none of
 * which this app needs. With `build.modulePreload: false` Vite hands it only the chunk's
 * stylesheets, and src/lib/loadChunk.ts links those and imports the chunk. If Vite renamed its
 * module this would do nothing, and tests/browser/budgets.spec.ts would catch the bytes.
 */
export function chunkLoaderPlugin(): Plugin {
  const loader = path.resolve(import.meta.dirname, '../src/lib/loadChunk.ts');
  return {
    name: 'dispatch-chunk-loader',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === VITE_PRELOAD_HELPER ? id : null;
    },
    load(id) {
      return id === VITE_PRELOAD_HELPER
        ? `export { loadChunk as __vitePreload } from ${JSON.stringify(loader)};`
        : null;
    },
  };
}
