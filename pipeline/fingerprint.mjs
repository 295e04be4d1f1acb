// Plain JavaScript: `npm run build` starts with this, before any TypeScript can run (pipeline/start.mjs).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Everything of the app that is not content: its code, its files and how it is built. */
const APP_FOLDERS = ['src', 'pipeline', 'public'];
const APP_FILES = ['index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];
/** Settings that say where the build reads and writes, not what it makes. */
const NOT_SETTINGS = new Set(['DISPATCH_OUT_DIR', 'DISPATCH_CACHE_DIR', 'DISPATCH_CONTENT', 'DISPATCH_FINGERPRINT']);

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The content folder's own settings (`site.json`), which configure the site like code does. */
const contentSettings = () => path.join(path.resolve(process.env.DISPATCH_CONTENT ?? 'content'), 'site.json');

/**
 * A hash of the app code, its configuration, the site settings (DISPATCH_* variables and the
 * content folder's site.json) and Node's version: every output key of a build includes it, so a
 * change to any of them rebuilds everything (docs/incremental.md). Reads about 150 small files.
 */
export function appFingerprint() {
  const hash = createHash('sha256');
  const files = [...APP_FOLDERS.flatMap(filesUnder), ...APP_FILES.filter((file) => existsSync(file))];
  const settings = contentSettings();
  if (existsSync(settings)) files.push(settings);
  for (const file of files) hash.update(`${path.relative('.', file)}\0`).update(readFileSync(file));
  const env = Object.keys(process.env)
    .filter((name) => name.startsWith('DISPATCH_') && !NOT_SETTINGS.has(name))
    .sort()
    .map((name) => [name, process.env[name]]);
  hash.update(JSON.stringify({ env, node: process.version }));
  return hash.digest('base64url').slice(0, 24);
}

/**
 * Where the build keeps what it compiled for one fingerprint (its own code, the app's bundles):
 * inside the project's node_modules, so the packages those bundles import resolve from there;
 * one folder per cache folder too, so a benchmark that empties its cache starts truly cold.
 */
export function compiledDir(fingerprint) {
  const cache = path.resolve(process.env.DISPATCH_CACHE_DIR ?? 'node_modules/.cache');
  const id = createHash('sha1').update(`${fingerprint}\0${cache}`).digest('hex').slice(0, 16);
  return path.resolve('node_modules/.cache/dispatch-build', id);
}
