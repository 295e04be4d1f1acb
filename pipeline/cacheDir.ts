import path from 'node:path';

/**
 * Where the build keeps what it can reuse next time (image variants and social cards),
 * each under `name`. `DISPATCH_CACHE_DIR` moves it, for a CI cache or a truly cold benchmark.
 */
export function cacheDir(name: string): string {
  return path.resolve(process.env.DISPATCH_CACHE_DIR ?? 'node_modules/.cache', name);
}
