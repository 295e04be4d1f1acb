import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs } from '../playwright.config.ts';
import { serve } from '../scripts/serve.ts';
import { publishStory } from '../pipeline/publishStory.ts';
import { standalonePage } from '../src/data/documents.ts';
import { storySchema } from '../src/data/schema.ts';
import { storyPath } from '../src/site/paths.ts';
import { bigStory, BIG_STORY_SLUG } from './bigStoryInput.ts';

/**
 * `npm run bench:big [paragraphs]`: how a story of 5,000 paragraphs fares. Validates and renders
 * it to HTML with the production server bundle, then builds a site holding it and times, in
 * Chromium, hydrating the pre-rendered page, rendering it in the browser after a client-side
 * navigation, and scrolling to its end. Prints the figures; nothing here passes or fails.
 */
process.env.NODE_ENV = 'production';
const paragraphs = Number(process.argv[2] ?? 5_000);
const work = path.resolve('tmp/bench-big');
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const PORT = Number(process.env.PORT ?? 4184);
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
const figures: [string, string][] = [];
const report = (name: string, value: string) => {
  figures.push([name, value]);
  console.log(`${name}: ${value}`);
};

async function timeRuns(run: () => unknown | Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

// The input: one story, in a content folder of its own.
rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(content, 'stories'), { recursive: true });
copyFileSync(path.join('content', 'site.json'), path.join(content, 'site.json'));
const input = bigStory(paragraphs);
writeFileSync(path.join(content, 'stories', `${BIG_STORY_SLUG}.json`), JSON.stringify(input));
report(
  'story',
  `${paragraphs.toLocaleString('en')} paragraphs, ${input.body.length.toLocaleString('en')} blocks, ${kb(JSON.stringify(input).length)} of JSON`,
);

// On the server: validation, then the page as the pre-renderer makes it.
report('schema validation (median)', ms(await timeRuns(() => storySchema.parse(input))));
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: path.join(work, 'ssr'), emptyOutDir: true },
});
const { renderDocument } = (await import(
  pathToFileURL(path.join(work, 'ssr', 'entry-server.js')).href
)) as typeof import('../src/entry-server.tsx');
const page = standalonePage(publishStory(storySchema.parse(input)));
let html = '';
report(
  'renderPage, server-side (median)',
  ms(
    await timeRuns(
      async () =>
        (html = await renderDocument(
          { kind: 'story', page },
          { entry: '/assets/main.js', styles: [], stylesheets: [], fonts: [] },
        )),
    ),
  ),
);
report('pre-rendered page', `${kb(Buffer.byteLength(html))} of HTML`);

// In the browser: the built site, served as a CDN would.
const built = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/build.ts'], {
  env: { ...process.env, DISPATCH_CONTENT: content, DISPATCH_OUT_DIR: outDir },
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
report(
  'built story page',
  `${kb(statSync(path.join(outDir, storyPath(BIG_STORY_SLUG), 'index.html')).size)} (uncompressed)`,
);

/** The page's clock when React has adopted the headline: hydration is done. */
async function hydratedAt(tab: Page): Promise<number> {
  const handle = await tab.waitForFunction(
    () =>
      Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber'))
        ? performance.now()
        : false,
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

// Code sent into the page uses no named inner functions: tsx would wrap them in a helper the page lacks.
const server = await serve({ dir: outDir, port: PORT });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
try {
  const loads: { domContentLoaded: number; hydrated: number; blocking: number }[] = [];
  const clientRenders: { first: number; whole: number }[] = [];
  const scrolls: { jump: number; frame: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      const state = window as unknown as { blocking: number };
      state.blocking = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.blocking += Math.max(0, entry.duration - 50);
      }).observe({ type: 'longtask', buffered: true });
    });

    await tab.goto(`http://127.0.0.1:${PORT}${storyPath(BIG_STORY_SLUG)}`);
    const hydrated = await hydratedAt(tab);
    const timing = await tab.evaluate(() => ({
      domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventEnd,
      blocking: (window as unknown as { blocking: number }).blocking,
    }));
    loads.push({ ...timing, hydrated });

    scrolls.push(
      await tab.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const started = performance.now();
        window.scrollTo(0, document.documentElement.scrollHeight);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const jump = performance.now() - started;
        const last = document
          .getElementById(`p-${document.querySelectorAll('.story-body > p').length}`)!
          .getBoundingClientRect();
        if (last.top > window.innerHeight)
          throw new Error('the last paragraph is not on screen after scrolling to the end');
        // Then back up a screen at a time, as a reader paging up would, timing each frame.
        const frames: number[] = [];
        for (let i = 0; i < 30; i++) {
          const before = performance.now();
          window.scrollBy(0, -window.innerHeight);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          frames.push(performance.now() - before);
        }
        return { jump, frame: frames.reduce((sum, value) => sum + value, 0) / frames.length };
      }),
    );

    await tab.goto(`http://127.0.0.1:${PORT}/`);
    await hydratedAt(tab);
    clientRenders.push(
      await tab.evaluate(
        ({ href, paragraphs }) =>
          new Promise<{ first: number; whole: number }>((resolve) => {
            const started = performance.now();
            let first = 0;
            // The first screen comes first, the rest of the story straight after (useFirstScreenFirst).
            const observer = new MutationObserver(() => {
              const shown = document.querySelector('h1')?.closest('article')
                ? document.querySelectorAll('.story-body > p').length
                : 0;
              if (shown > 0 && first === 0) first = performance.now() - started;
              if (shown === paragraphs) {
                observer.disconnect();
                resolve({ first, whole: performance.now() - started });
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            document.querySelector<HTMLAnchorElement>(`a[href$="${href}"]`)!.click();
          }),
        { href: storyPath(BIG_STORY_SLUG), paragraphs },
      ),
    );
    const shown = await tab.locator('.story-body > p').count();
    if (shown !== paragraphs) throw new Error(`the client rendered ${shown} paragraphs, not ${paragraphs}`);
    await context.close();
  }
  const medianMs = <T>(runs: T[], value: (run: T) => number) => ms(median(runs.map(value)));
  const figures: [string, string][] = [
    ['DOMContentLoaded of the pre-rendered page', medianMs(loads, (load) => load.domContentLoaded)],
    ['hydrated, from navigation start', medianMs(loads, (load) => load.hydrated)],
    ['main thread blocked while loading, long tasks beyond 50 ms', medianMs(loads, (load) => load.blocking)],
    ['client-side navigation to the story, click to its first screen', medianMs(clientRenders, (r) => r.first)],
    ['client-side navigation to the story, click to all 5,000 paragraphs', medianMs(clientRenders, (r) => r.whole)],
    ['scroll to the end, to the second frame after', medianMs(scrolls, (scroll) => scroll.jump)],
  ];
  for (const [what, figure] of figures) report(`browser: ${what} (median)`, figure);
  report(
    'browser: paging back up, mean frame (median of runs)',
    `${median(scrolls.map((scroll) => scroll.frame)).toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  server.close();
}
console.log(`\nBIG_STORY_STATS ${JSON.stringify(Object.fromEntries(figures))}`);
