import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from 'vite';
import { APP_ENTRY } from './appEntry.ts';
import { compiledDir } from './fingerprint.mjs';
import { buildServiceWorkerBundle } from './serviceWorker.ts';
import type { InlinePart } from './styleSegments.ts';

/** The app's three bundles, compiled once per app fingerprint and reused by every build after. */
export interface Bundles {
  /** The client build: hashed assets and the public/ files, as they go into the site. */
  clientDir: string;
  /** Vite's manifest of the client build: which files a page loads. */
  manifest: Manifest;
  /**
   * What the first paint needs of the entry's stylesheets (criticalCss), in their order and in
   * parts, each with when a page needs it (styleSegments.ts).
   */
  inlineStyles: InlinePart[];
  /** The pre-render workers' server bundle. */
  workerFile: string;
  /** The service worker, before its precache list is injected. */
  serviceWorker: string;
  /** Whether this build had to compile them. */
  compiled: boolean;
}

/** The inline part of the stylesheets, beside the manifest: it is not a file of the site. */
const INLINE_STYLES = 'inline-styles.json';

function bundlesIn(dir: string, compiled: boolean): Bundles {
  return {
    clientDir: path.join(dir, 'client'),
    manifest: JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest,
    inlineStyles: JSON.parse(readFileSync(path.join(dir, INLINE_STYLES), 'utf8')) as InlinePart[],
    workerFile: path.join(dir, 'ssr', 'prerender-worker.js'),
    serviceWorker: path.join(dir, 'sw', 'sw.js'),
    compiled,
  };
}

/** Variables that say where a build reads and writes: none of the app's business. */
const LOCATIONS = ['DISPATCH_OUT_DIR', 'DISPATCH_CACHE_DIR', 'DISPATCH_CONTENT', 'DISPATCH_FINGERPRINT'];

/**
 * Runs `compile` with the environment a production build of the app should see. Vite writes every
 * DISPATCH_* variable into the bundle (the site settings read `import.meta.env` whole), so the
 * folders of this build would end up in the readers' JavaScript, and two builds of one app into
 * two folders would differ; a test runner's NODE_ENV would make a development bundle.
 */
async function inProductionEnvironment<T>(compile: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries([...LOCATIONS, 'NODE_ENV'].map((name) => [name, process.env[name]]));
  for (const name of LOCATIONS) delete process.env[name];
  process.env.NODE_ENV = 'production';
  try {
    return await compile();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The bundles for this fingerprint if they are compiled already. */
export function compiledBundles(fingerprint: string): Bundles | null {
  const dir = path.join(compiledDir(fingerprint), 'bundles');
  return existsSync(path.join(dir, 'manifest.json')) ? bundlesIn(dir, false) : null;
}

/**
 * The bundles for this fingerprint: from the cache, or compiled with Vite into a folder of their
 * own and renamed into place when complete (two builds at once never see half a bundle).
 */
export async function appBundles(fingerprint: string): Promise<Bundles> {
  const ready = compiledBundles(fingerprint);
  if (ready) return ready;
  const dir = path.join(compiledDir(fingerprint), 'bundles');
  const partial = `${dir}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  const clientDir = path.join(partial, 'client');
  await inProductionEnvironment(() => compile(partial, clientDir));
  try {
    // Never over a folder another build may be using: if one is there, it is complete.
    renameSync(partial, dir);
  } catch (error) {
    // Another build compiled the same fingerprint first: its bundles are the same.
    if (!existsSync(path.join(dir, 'manifest.json'))) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
  return bundlesIn(dir, true);
}

/**
 * Each stylesheet of the entry, once: its first-paint part kept in parts for pages to inline, and
 * the file itself rewritten without what that part declares for good (withoutFontFaces). Every
 * stylesheet of the build loses the markers of its modules (markStyleModules).
 */
async function splitStylesheets(partial: string, clientDir: string): Promise<void> {
  const { inlineParts, withoutMarkers } = await import('./styleSegments.ts');
  const { withoutFontFaces } = await import('./criticalCss.ts');
  const manifest = JSON.parse(readFileSync(path.join(partial, 'manifest.json'), 'utf8')) as Manifest;
  const entryFiles = manifest[APP_ENTRY]?.css ?? [];
  for (const file of new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))) {
    if (entryFiles.includes(file)) continue;
    writeFileSync(path.join(clientDir, file), withoutMarkers(readFileSync(path.join(clientDir, file), 'utf8'), file));
  }
  const inline = entryFiles.flatMap((file) => {
    const css = readFileSync(path.join(clientDir, file), 'utf8');
    writeFileSync(path.join(clientDir, file), withoutFontFaces(withoutMarkers(css, file), file));
    return inlineParts(css, file);
  });
  writeFileSync(path.join(partial, INLINE_STYLES), JSON.stringify(inline));
}

async function compile(partial: string, clientDir: string): Promise<void> {
  // Loaded only here: a build whose app is unchanged never pays for Vite, nor for lightningcss.
  const { build } = await import('vite');
  const { markStyleModules } = await import('./styleSegments.ts');
  await build({
    logLevel: 'warn',
    plugins: [markStyleModules()],
    build: {
      outDir: clientDir,
      emptyOutDir: true,
      manifest: true,
      rollupOptions: {
        input: APP_ENTRY,
        output: {
          codeSplitting: {
            groups: [
              // Everything the entry loads, in the entry's file: left alone, Rolldown moves the modules
              // the lazy chunks share with it (React among them) into a second file every page loads,
              // which compresses about 1.1 KB worse (rolldown/rolldown#10731).
              { name: 'main', tags: ['$initial'] },
              // The head code in one chunk (src/app/pageHeads.ts), though the search and collection
              // pages' chunk imports part of it too: one request on a navigation, not two.
              { name: 'pageHeads', test: /src\/(site\/head|app\/pageHeads)\.ts$/ },
              // The Saved page and saving a story, which its Remove buttons and every Save button use.
              { name: 'saved', test: /src\/(saved\/SavedPage\.tsx|offline\/saveStory\.ts)$/ },
            ],
          },
        },
      },
    },
  });
  // The manifest says which files the pages load; it is not part of the site.
  renameSync(path.join(clientDir, '.vite', 'manifest.json'), path.join(partial, 'manifest.json'));
  rmSync(path.join(clientDir, '.vite'), { recursive: true });
  await splitStylesheets(partial, clientDir);
  await build({
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: path.join(partial, 'ssr'),
      emptyOutDir: true,
      rollupOptions: { input: { 'prerender-worker': 'pipeline/prerenderWorker.ts' } },
    },
  });
  await buildServiceWorkerBundle(path.join(partial, 'sw'));
}
