// `npm run build` and `npm run merge` start here, in plain JavaScript: the build's own TypeScript
// is compiled once per app fingerprint and then run by Node directly, so a build of an unchanged
// app costs no TypeScript loader and no bundler at start-up.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appFingerprint, compiledDir } from './fingerprint.mjs';

const PROGRAMS = { build: 'pipeline/build.ts', merge: 'pipeline/merge.ts' };
const name = process.argv[2];
if (!(name in PROGRAMS)) {
  console.error(`usage: node pipeline/start.mjs ${Object.keys(PROGRAMS).join('|')} [arguments]`);
  process.exit(2);
}
process.argv.splice(2, 1);
// React's production build for what this thread renders (feeds' content), as the workers use.
process.env.NODE_ENV ??= 'production';

const fingerprint = appFingerprint();
process.env.DISPATCH_FINGERPRINT = fingerprint;
const dir = path.join(compiledDir(fingerprint), 'program');
if (!existsSync(path.join(dir, `${name}.js`))) {
  const partial = `${dir}.${process.pid}.tmp`;
  const { build } = await import('vite');
  await build({
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: partial,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'node20',
      rollupOptions: { input: PROGRAMS },
    },
    // Pure JavaScript packages the build imports at start-up are bundled into it: one file loads
    // faster than a package's many modules (zod alone: 102 ms as its own modules, 34 ms bundled).
    ssr: { noExternal: ['zod', 'image-size', 'feed', 'fastest-levenshtein'] },
  });
  try {
    // Never over a folder another build may be using: if one is there, it is complete.
    renameSync(partial, dir);
  } catch (error) {
    // Another build compiled the same code first.
    if (!existsSync(path.join(dir, `${name}.js`))) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
}
await import(pathToFileURL(path.join(dir, `${name}.js`)).href);
