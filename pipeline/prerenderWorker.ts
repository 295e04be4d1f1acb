import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { type PageSeed, renderDocument } from '../src/entry-server.tsx';
import type { ListPage, StoryPage } from '../src/data/documents.ts';
import type { PageAssets } from '../src/site/documentHtml.ts';
import { listDataPath, listPath, savedPath, storyDataPath, storyPath } from '../src/site/paths.ts';
import { writeSocialCard } from './socialCards.ts';

/**
 * A page to pre-render, with its document as the build checked and made it: a worker only
 * renders and writes, it never reads a story file or checks one.
 */
export type Job =
  | { kind: 'story'; page: StoryPage }
  | { kind: 'list'; page: ListPage }
  | { kind: 'saved' }
  | { kind: 'not-found' };

export interface WorkerSettings {
  assets: PageAssets;
  outDir: string;
}

const { assets, outDir } = workerData as WorkerSettings;

function write(sitePath: string, text: string): void {
  const file = path.join(outDir, sitePath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const pageFile = (routePath: string) => path.join(routePath, 'index.html');

async function run(job: Job): Promise<void> {
  let seed: PageSeed;
  switch (job.kind) {
    case 'story': {
      const { page } = job;
      write(storyDataPath(page.story.slug), JSON.stringify(page));
      seed = { kind: 'story', page };
      write(pageFile(storyPath(page.story.slug)), await renderDocument(seed, assets));
      await writeSocialCard(page.story, outDir);
      return;
    }
    case 'list': {
      const { section, page } = job.page;
      write(listDataPath(section, page), JSON.stringify(job.page));
      seed = { kind: 'list', page: job.page };
      const routePath = listPath(section, page);
      write(pageFile(routePath), await renderDocument(seed, assets));
      return;
    }
    case 'saved':
      write(pageFile(savedPath), await renderDocument({ kind: 'saved' }, assets));
      return;
    case 'not-found':
      write('404.html', await renderDocument({ kind: 'not-found' }, assets));
      return;
  }
}

/**
 * Jobs a worker keeps going at once: while sharp rasterises and encodes one story's card on its
 * own threads, this thread renders the next page instead of waiting.
 */
const JOBS_AT_ONCE = 2;

async function runAll(jobs: Job[]): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) await run(jobs[next++]!);
  };
  await Promise.all(Array.from({ length: JOBS_AT_ONCE }, lane));
}

parentPort!.on('message', async (jobs: Job[]) => {
  try {
    await runAll(jobs);
    parentPort!.postMessage({ done: jobs.length });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).stack ?? String(error) });
  }
});
