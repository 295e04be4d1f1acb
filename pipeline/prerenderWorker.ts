import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { type PageSeed, renderDocument, seedPath } from '../src/entry-server.tsx';
import type { PageAssets } from '../src/site/documentHtml.ts';
import { archiveDataPath, collectionDataPath, listDataPath, storyDataPath } from '../src/site/paths.ts';
import { socialCardPath } from '../src/share/socialCard.ts';
import { type CardStory, writeSocialCard } from './socialCards.ts';

/**
 * Work for a pre-render worker, with its document as the build checked and made it: a worker only
 * renders and writes, it never reads a story file or checks one.
 */
export type WorkerTask = { kind: 'page'; seed: PageSeed } | { kind: 'card'; story: CardStory };

/** A task of one job (pipeline/output/job.ts); the worker answers with the files it wrote. */
export interface WorkerJob {
  id: string;
  task: WorkerTask;
}

export type WorkerReply = { done: { id: string; paths: string[] }[] } | { error: string };

export interface WorkerSettings {
  assets: PageAssets;
}

/** Jobs to run, and the output tree to write them into. */
export interface WorkerBatch {
  outDir: string;
  jobs: WorkerJob[];
}

const { assets } = workerData as WorkerSettings;
let outDir = '';

// Folders this worker has made: most pages share theirs (data/stories/), so each is made once.
const made = new Set<string>();
const mkdirOnce = (dir: string) => {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
};

/** Writes a page, and beside it the document it was rendered from. Returns the site paths written. */
async function renderPage(seed: PageSeed): Promise<string[]> {
  const written: string[] = [];
  const write = (sitePath: string, text: string) => {
    const file = path.join(outDir, sitePath);
    mkdirOnce(path.dirname(file));
    // Never through a hard link into the live tree (pipeline/output/outputTree.ts, writer).
    rmSync(file, { force: true });
    writeFileSync(file, text);
    written.push(sitePath);
  };
  if (seed.kind === 'story')
    write(storyDataPath(seed.page.story.slug, seed.page.live?.page), JSON.stringify(seed.page));
  if (seed.kind === 'list')
    write(listDataPath(seed.page.section, seed.page.page, seed.page.edition), JSON.stringify(seed.page));
  if (seed.kind === 'collection') {
    const { collection, page, edition } = seed.page;
    write(collectionDataPath(collection.kind, collection.key, page, edition), JSON.stringify(seed.page));
  }
  if (seed.kind === 'archive') write(archiveDataPath(seed.page.edition), JSON.stringify(seed.page));
  const page = seedPath(seed).slice(1);
  write(seed.kind === 'not-found' ? page : `${page}index.html`, await renderDocument(seed, assets));
  return written;
}

async function run({ task }: WorkerJob): Promise<string[]> {
  if (task.kind === 'page') return renderPage(task.seed);
  await writeSocialCard(task.story, outDir);
  return [socialCardPath(task.story.slug).slice(1)];
}

/**
 * Jobs a worker keeps going at once: while sharp rasterises and encodes one story's card on its
 * own threads, this thread renders the next page instead of waiting.
 */
const JOBS_AT_ONCE = 2;

async function runAll(jobs: WorkerJob[]): Promise<{ id: string; paths: string[] }[]> {
  const done: { id: string; paths: string[] }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      done.push({ id: job.id, paths: await run(job) });
    }
  };
  await Promise.all(Array.from({ length: JOBS_AT_ONCE }, lane));
  return done;
}

parentPort!.on('message', async (batch: WorkerBatch) => {
  const { jobs } = batch;
  outDir = batch.outDir;
  let reply: WorkerReply;
  try {
    reply = { done: await runAll(jobs) };
  } catch (error) {
    reply = { error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
