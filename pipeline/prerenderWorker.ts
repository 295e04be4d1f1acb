import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { type PageSeed, renderDocument, seedPath } from '../src/entry-server.tsx';
import type { PageAssets } from '../src/site/documentHtml.ts';
import { listDataPath, storyDataPath } from '../src/site/paths.ts';
import { writeSocialCard } from './socialCards.ts';

/**
 * A page to pre-render, with its document as the build checked and made it: a worker only
 * renders and writes, it never reads a story file or checks one.
 */
export type Job = PageSeed;

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

/** Writes a page, and beside it the document it was rendered from (and a story's card). */
async function run(job: Job): Promise<void> {
  if (job.kind === 'story') write(storyDataPath(job.page.story.slug), JSON.stringify(job.page));
  if (job.kind === 'list') write(listDataPath(job.page.section, job.page.page), JSON.stringify(job.page));
  const page = seedPath(job);
  write(job.kind === 'not-found' ? page : path.join(page, 'index.html'), await renderDocument(job, assets));
  if (job.kind === 'story') await writeSocialCard(job.page.story, outDir);
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
