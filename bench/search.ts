import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import compression from 'compression';
import sirv from 'sirv';
import { chromiumArgs } from '../playwright.config.ts';
import { generateStories } from './generateStories.ts';

/**
 * `npm run bench:search -- 10000`: generates N stories, indexes them as the build does (one Pagefind
 * index per partition, pipeline/searchIndex.ts), and prints the time and memory that takes; then
 * serves the indexes compressed, runs a first query in headless Chromium with the CPU slowed 4×,
 * and prints the bytes it fetched and the time to results; then adds one story and times
 * re-indexing the one partition it changes.
 */
const count = Number(process.argv[2] ?? 10_000);
const work = path.join(os.tmpdir(), `dispatch-bench-search-${count}`);
const content = path.join(work, 'content');
const out = path.join(work, 'out');
const port = 4191;

generateStories(count, content);
process.env.DISPATCH_CONTENT = content;
// Loaded after DISPATCH_CONTENT is set: the site settings and the content folder are read once.
const { readContent } = await import('../pipeline/check/readContent.ts');
const { searchPartitions, partitionList, writeSearchPartition } = await import('../pipeline/searchIndex.ts');
const { filesUnder } = await import('../pipeline/siteJobs.ts');
const { searchPartitionsPath, SEARCH_DEBOUNCE_MS: DEBOUNCE_MS } = await import('../src/search/searchPaths.ts');

/** The pagefind service's resident memory, sampled while it indexes (it is a process of its own). */
function sampleServiceMemory(): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const rss = execFileSync('ps', ['-C', 'pagefind_extended,pagefind', '-o', 'rss='], { encoding: 'utf8' })
        .split('\n')
        .reduce((sum, line) => sum + (Number(line.trim()) || 0), 0);
      peak = Math.max(peak, rss);
    } catch {
      // No service running between partitions.
    }
  }, 100);
  return () => {
    clearInterval(timer);
    return peak / 1024;
  };
}

const writer = { dir: out, file: () => {}, link: () => {}, record: () => {} };

async function indexAll() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const read = readContent(content);
  const partitions = searchPartitions(read.editions.flatMap((edition) => edition.entries));
  const started = performance.now();
  const stop = sampleServiceMemory();
  for (const partition of partitions)
    await writeSearchPartition(partition, (slug) => read.records(slug).search, writer);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(path.join(out, searchPartitionsPath), JSON.stringify(partitionList(partitions)));
  return { read, partitions, seconds, serviceMb: stop() };
}

const { read: generated, partitions, seconds, serviceMb } = await indexAll();
const newestStory = generated.editions[0]!.entries[0]!.summary.published;
const bytes = filesUnder(path.join(out, 'pagefind')).length;
console.log(`\n## Search at ${count.toLocaleString('en')} stories\n`);
console.log('| measure | value |\n|---|---|');
console.log(`| partitions | ${partitions.map((p) => `${p.language}/${p.name} (${p.slugs.length})`).join(', ')} |`);
console.log(`| index time (all partitions) | ${seconds.toFixed(1)} s |`);
console.log(`| memory: Node (peak RSS) | ${Math.round(process.resourceUsage().maxRSS / 1024)} MB |`);
console.log(`| memory: Pagefind service (peak RSS) | ${Math.round(serviceMb)} MB |`);
console.log(`| index files | ${bytes} |`);

// A page that searches as the site's search page does (src/search/pagefindClient.ts).
writeFileSync(
  path.join(out, 'bench.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><script type="module">
let pagefind;
window.openSearch = async () => {
  const started = performance.now();
  const list = (await (await fetch('/pagefind/partitions.json')).json()).en;
  pagefind = await import('/pagefind/en/' + list[0] + '/pagefind.js');
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  await Promise.all(list.slice(1).map((name) => pagefind.mergeIndex('/pagefind/en/' + name + '/')));
  return performance.now() - started;
};
// As the search page does (src/search/SearchPage.tsx): each keystroke preloads the index chunks
// its word needs, and the search itself runs once typing has paused for DEBOUNCE_MS.
window.typeAndSearch = async (word, debounce, gap, preload) => {
  for (let i = 1; i <= word.length; i++) {
    if (preload) void pagefind.preload(word.slice(0, i));
    if (i < word.length) await new Promise((resolve) => setTimeout(resolve, gap));
  }
  const lastKey = performance.now();
  await new Promise((resolve) => setTimeout(resolve, debounce));
  const found = await pagefind.search(word);
  await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  return { count: found.results.length, ms: performance.now() - lastKey };
};
window.query = async (term) => {
  const started = performance.now();
  const found = await pagefind.search(term);
  await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  return { count: found.results.length, ms: performance.now() - started };
};
</script></body></html>`,
);
const files = sirv(out, { dev: false });
const compress = compression();
const server = createServer((req, res) => compress(req as never, res as never, () => files(req, res)));
await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(`http://127.0.0.1:${port}/bench.html`);
await page.waitForFunction(() => 'query' in window);
// Every response, the search worker's included, as it came over the wire (compressed, with headers).
const sizes: Promise<number>[] = [];
page.on('requestfinished', (request) =>
  sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize)),
);
type Found = { count: number; ms: number };
type Bench = {
  openSearch: () => Promise<number>;
  query: (term: string) => Promise<Found>;
  typeAndSearch: (word: string, debounce: number, gap: number, preload: boolean) => Promise<Found>;
};
// A word only one story has (its headline's number), as a reader remembering one story types it.
const rare = String(Math.floor(count / 3));
const opened = await page.evaluate(() => (window as unknown as Bench).openSearch());
const first = await page.evaluate((term) => (window as unknown as Bench).query(term), rare);
const firstBytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
const firstRequests = sizes.length;
// The first query's bytes are counted: later requests are not.
page.removeAllListeners('requestfinished');
const common = await page.evaluate(() => (window as unknown as Bench).query('harbour'));
// A reader opening search and typing a word, a key every 150 ms, the search page's debounce after
// the last: each in a fresh page with nothing cached, once preloading as they type and once not.
async function typeWord(word: string, preload: boolean) {
  const fresh = await browser.newPage();
  await (await fresh.context().newCDPSession(fresh)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await fresh.goto(`http://127.0.0.1:${port}/bench.html`);
  await fresh.waitForFunction(() => 'query' in window);
  await fresh.evaluate(() => (window as unknown as Bench).openSearch());
  const found = await fresh.evaluate(
    ([word, debounce, preload]) => (window as unknown as Bench).typeAndSearch(word, debounce, 150, preload),
    [word, DEBOUNCE_MS, preload] as const,
  );
  await fresh.close();
  return found;
}
const typedWord = String(Math.floor((count * 2) / 3));
const typed = await typeWord(typedWord, true);
const unpreloaded = await typeWord(typedWord, false);
await browser.close();
server.close();
console.log(`| first query "${rare}" (one story's number): results | ${first.count} |`);
console.log(
  `| first query: bytes fetched (library, WebAssembly, indexes, 20 results; compressed, headers included) | ${(firstBytes / 1024).toFixed(1)} KB in ${firstRequests} requests |`,
);
console.log(
  `| CPU 4× slower: opening search (library, WebAssembly, every partition's metadata) | ${Math.round(opened)} ms |`,
);
console.log(`| CPU 4× slower: first query to 20 results shown | ${Math.round(first.ms)} ms |`);
console.log(
  `| CPU 4× slower: typing "${typedWord}" (a key every 150 ms, preloading), last keystroke to 20 results shown (${typed.count} found) | ${Math.round(typed.ms)} ms |`,
);
console.log(
  `| CPU 4× slower: the same, without preloading (${unpreloaded.count} found) | ${Math.round(unpreloaded.ms)} ms |`,
);
console.log(
  `| CPU 4× slower: a word in every story ("harbour", ${common.count} results) to 20 shown | ${Math.round(common.ms)} ms |`,
);

// One more story, a minute after the newest: only the partition it joins (the newest month) is indexed again.
const added = path.join(content, 'stories', 'bench-added-story.json');
writeFileSync(
  added,
  JSON.stringify({
    version: 1,
    slug: 'bench-added-story',
    headline: 'Harbour road reopens after the storm',
    section: 'world',
    published: new Date(Date.parse(newestStory) + 60_000).toISOString(),
    body: [{ type: 'paragraph', text: 'The harbour road reopened on Monday, the council said.' }],
  }),
);
const read = readContent(content);
const after = searchPartitions(read.editions.flatMap((edition) => edition.entries));
const changed = after.filter(
  (partition) => !partitions.some((old) => JSON.stringify(old) === JSON.stringify(partition)),
);
const reindexStarted = performance.now();
for (const partition of changed) await writeSearchPartition(partition, (slug) => read.records(slug).search, writer);
console.log(
  `| publishing one story: partitions re-indexed | ${changed.map((p) => `${p.language}/${p.name} (${p.slugs.length})`).join(', ')} |`,
);
console.log(`| publishing one story: re-index time | ${((performance.now() - reindexStarted) / 1000).toFixed(2)} s |`);
