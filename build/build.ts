import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { formatProblem } from './content/problems.ts';
import { imagesDir, readContent } from './content/readContent.ts';
import { writeFeeds } from './feeds.ts';
import { writeHeaders } from './headers.ts';
import { prerender } from './prerender.ts';
import { writeSitemap } from './sitemap.ts';

/**
 * `npm run build`: validates the content, bundles the app, pre-renders every route to HTML with
 * its JSON beside it, and writes feeds, sitemap and host headers: dist/ is the whole site.
 */
const outDir = path.resolve(process.env.DISPATCH_OUT_DIR ?? 'dist');
// One server bundle per output folder, so two builds into different folders never collide.
const ssrDir = path.resolve('node_modules/.cache', `dispatch-ssr-${createHash('sha1').update(outDir).digest('hex').slice(0, 8)}`);
const started = performance.now();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

const content = readContent();
if (content.problems.length > 0) {
  console.error(`The content has ${content.problems.length} problem(s); nothing was built:`);
  for (const problem of content.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const stories = content.index.entries.length;
console.log(`content: ${stories} stories read and valid in ${seconds(started)} s`);

let step = performance.now();
await viteBuild({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await viteBuild({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: ssrDir,
    emptyOutDir: true,
    rollupOptions: { input: { 'prerender-worker': 'build/prerenderWorker.ts' } },
  },
});
console.log(`bundles: built in ${seconds(step)} s`);

if (existsSync(imagesDir())) cpSync(imagesDir(), path.join(outDir, 'images'), { recursive: true });

step = performance.now();
const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
rmSync(path.join(outDir, 'index.html'));
const pages = await prerender(content, path.join(ssrDir, 'prerender-worker.js'), { template, outDir });
const renderSeconds = (performance.now() - step) / 1000;
console.log(`pages: ${pages} pre-rendered in ${renderSeconds.toFixed(2)} s (${Math.round(pages / renderSeconds)} pages/s)`);

const feeds = writeFeeds(content.index, outDir);
await writeSitemap(content.index, outDir);
writeHeaders(outDir);
console.log(`feeds: ${feeds} RSS and JSON feeds; sitemap.xml, robots.txt, _headers`);

const total = (performance.now() - started) / 1000;
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(`built ${stories} stories in ${total.toFixed(2)} s: ${Math.round(stories / total)} stories/s, peak RSS ${peakRssMb} MB`);
console.log(`BUILD_STATS ${JSON.stringify({ stories, pages, seconds: total, peakRssMb })}`);
