import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { serve } from '../scripts/serve.ts';
import { lighthouseMedian } from './lighthouse.ts';
import { loadTasks } from './longTasks.ts';
import { navigationTime } from './navigation.ts';
import { measurePageWeight } from './pageWeight.ts';
import { kb } from './sizes.ts';

/**
 * `npm run bench`: builds the site, serves dist/ with compression as a CDN would, and prints one
 * table per question: bytes shipped per route type, Lighthouse (mobile, median of 3), client-side
 * navigation time, and build throughput. Options: --stories N (build benchmark size, default
 * 1000), --no-build, --no-lighthouse, --no-build-bench, --no-search-bench.
 */
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const stories = Number(args[args.indexOf('--stories') + 1] || 1000);
const port = 4190;
const base = `http://127.0.0.1:${port}`;
const reference = '/stories/defense-secretary-troops-not-withdrawing-iraq/';
const routes = { front: '/', section: '/sections/world/', story: reference, 'not found': '/stories/no-such-story/' };
/** The pages each issue measures: the reference story and front page, and a story of each other kind. */
const measured = [
  ['front', '/'],
  ['story', reference],
  ['Arabic story', '/stories/wardan-solar-desalination-plan/'],
  ['media story (video, embed, table)', '/stories/marrow-bay-first-winter-of-retreat/'],
  ['live story', '/stories/storm-oriel-corran-valley-live/'],
] as const;

if (!flag('no-build')) execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const server = await serve({ dir: process.env.DISPATCH_OUT_DIR ?? 'dist', port });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});

console.log('\n## Bytes shipped per route type (each file compressed on its own)\n');
console.log(
  '| route | JS raw | JS gzip | JS brotli | CSS file raw | CSS file gzip | CSS inline raw | CSS inline gzip | HTML raw | HTML gzip | HTML to 1st paragraph (gzip / brotli) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const [name, path] of Object.entries(routes)) {
  const w = await measurePageWeight(browser, `${base}${path}`);
  const first = w.htmlToFirstParagraph
    ? `${kb(w.htmlToFirstParagraph.gzip)} / ${kb(w.htmlToFirstParagraph.brotli)}`
    : '–';
  console.log(
    `| ${name} | ${kb(w.js.raw)} | ${kb(w.js.gzip)} | ${kb(w.js.brotli)} | ${kb(w.css.raw)} | ${kb(w.css.gzip)} | ${kb(w.inlineCss.raw)} | ${kb(w.inlineCss.gzip)} | ${kb(w.html.raw)} | ${kb(w.html.gzip)} | ${first} |`,
  );
}

console.log('\n## Client-side navigation, story → next story, until its headline is painted (median of 10)\n');
console.log('| | ms |');
console.log('|---|---|');
console.log(
  `| prefetched (hovered first) | ${(await navigationTime(browser, `${base}${reference}`, true)).toFixed(1)} |`,
);
console.log(`| not prefetched | ${(await navigationTime(browser, `${base}${reference}`, false)).toFixed(1)} |`);
console.log('\n## Main-thread tasks of 50 ms or more while a page loads and hydrates, CPU slowed 6× (3 loads each)\n');
console.log('| page | all long tasks, longest first (ms) | those after the first paint | their time past 50 ms |');
console.log('|---|---|---|---|');
for (const [name, path] of measured) {
  for (let run = 0; run < 3; run++) {
    const { longTasks, afterPaint, blockingMs } = await loadTasks(browser, `${base}${path}`, 6);
    console.log(
      `| ${name} | ${longTasks.join(', ') || 'none'} | ${afterPaint.join(', ') || 'none'} | ${blockingMs} ms |`,
    );
  }
}
await browser.close();

if (!flag('no-lighthouse')) {
  console.log('\n## Lighthouse 12, mobile defaults, median of 3\n');
  console.log(
    '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | first paint seen, each run |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, path] of measured) {
    const r = await lighthouseMedian(`${base}${path}`);
    console.log(
      `| ${name} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${Math.round(r.fcp)} ms | ${Math.round(r.lcp)} ms | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${r.runs.map((run) => `${Math.round(run.observedFcp)} ms (${run.performance})`).join(', ')} |`,
    );
  }
  // Headless Chromium sometimes holds a page's first frame back by one or two whole seconds after
  // it is ready (GoogleChrome/lighthouse#17148); Lantern then counts every request made meanwhile
  // into the simulated FCP and LCP. The last column shows which runs it hit.
  console.log(
    '\nA run whose first paint was seen at about 1.2 or 2.2 s, after the page had loaded, was held back by headless Chromium (GoogleChrome/lighthouse#17148; it goes with --disable-features=PaintHolding).',
  );
}
server.close();

if (!flag('no-build-bench')) {
  console.log(`\n## Build benchmark, ${stories} generated stories\n`);
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/build.ts', String(stories)], {
    encoding: 'utf8',
  });
  console.log(output.slice(output.indexOf('|')).trim());
}

if (!flag('no-search-bench')) {
  // Search at 10,000 stories (bench/search.ts): index time and memory, a first query's bytes and time.
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/search.ts', '10000'], {
    encoding: 'utf8',
  });
  console.log(output.slice(output.indexOf('\n## ')).trim());
}
