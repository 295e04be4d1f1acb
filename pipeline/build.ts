import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { imagesDir } from './contentFolder.ts';
import { storySchemaChecks } from './check/readContent.ts';
import { validateContent, validationReport } from './check/validateContent.ts';
import { writeFeeds } from './feeds.ts';
import { writeHeaders } from './headers.ts';
import { workDir } from './cacheDir.ts';
import { APP_ENTRY } from './appEntry.ts';
import { pageAssets } from './pageAssets.ts';
import { writeImages } from './images.ts';
import { prerender } from './prerender.ts';
import { writeServiceWorker } from './serviceWorker.ts';
import { writeSitemap } from './sitemap.ts';

/**
 * `npm run build`: validates the content, bundles the app, pre-renders every route to HTML with
 * its JSON beside it, and writes feeds, sitemap and host headers: dist/ is the whole site.
 */
const outDir = path.resolve(process.env.DISPATCH_OUT_DIR ?? 'dist');
const ssrDir = workDir('dispatch-ssr', outDir);
const started = performance.now();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

// The same checks as `npm run validate`: errors stop the build, warnings are printed.
const validation = validateContent();
const { content } = validation;
if (validation.problems.length > 0) {
  const report = validationReport(validation);
  if (validation.errors > 0) console.error('The content has errors; nothing was built:');
  for (const line of report.slice(0, -1)) console.error(`  ${line}`);
  console.error(report.at(-1));
  if (validation.errors > 0) process.exit(1);
}
const stories = content.index.entries.length;
console.log(`content: ${stories} stories read and valid in ${seconds(started)} s`);

let step = performance.now();
await viteBuild({
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, manifest: true, rollupOptions: { input: APP_ENTRY } },
});
// The manifest says which files the pages load; it is not part of the site.
const manifestDir = path.join(outDir, '.vite');
const { assets, hashes } = pageAssets(
  outDir,
  JSON.parse(readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8')),
);
rmSync(manifestDir, { recursive: true });
await viteBuild({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: ssrDir,
    emptyOutDir: true,
    rollupOptions: { input: { 'prerender-worker': 'pipeline/prerenderWorker.ts' } },
  },
});
console.log(`bundles: built in ${seconds(step)} s`);

// Images: originals plus responsive AVIF/WebP/JPEG variants, encoded once and cached by content.
step = performance.now();
const images = await writeImages(imagesDir(), outDir);
console.log(
  `images: ${images.sources} sources, ${images.variants} variants (${images.encoded} encoded, the rest cached) in ${seconds(step)} s`,
);

step = performance.now();
const pages = await prerender(content, path.join(ssrDir, 'prerender-worker.js'), { assets, outDir });
const renderSeconds = (performance.now() - step) / 1000;
console.log(
  `pages: ${pages} pre-rendered in ${renderSeconds.toFixed(2)} s (${Math.round(pages / renderSeconds)} pages/s)`,
);

// Offline: the app shell and the service worker, whose precache lists the files written above.
step = performance.now();
const worker = await writeServiceWorker(outDir, assets);
console.log(
  `service worker: ${worker.files} files precached (${Math.round(worker.bytes / 1024)} KB) in ${seconds(step)} s`,
);

const feeds = writeFeeds(content.index, outDir);
await writeSitemap(content.index, outDir);
writeHeaders(outDir, hashes);
console.log(`feeds: ${feeds} RSS and JSON feeds; sitemap.xml, robots.txt, _headers`);

const total = (performance.now() - started) / 1000;
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(
  `built ${stories} stories in ${total.toFixed(2)} s: ${Math.round(stories / total)} stories/s, peak RSS ${peakRssMb} MB`,
);
// Workers check nothing, so this thread's count is the build's: one per story file.
const storyChecks = storySchemaChecks();
console.log(`BUILD_STATS ${JSON.stringify({ stories, pages, seconds: total, peakRssMb, storyChecks })}`);
