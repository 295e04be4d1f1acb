import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { type PageSeed, renderDocument } from '../src/entry-server.tsx';
import type { PageAssets } from '../src/site/documentHtml.ts';
import { DOCUMENT_FORMAT, type ListPage, type StoryPage } from '../src/data/documents.ts';
import { publishStory } from './publishStory.ts';
import type { StoryNav } from '../src/data/storyIndex.ts';
import { listDataPath, listPath, savedPath, storyDataPath, storyPath } from '../src/site/paths.ts';
import { formatProblem } from './check/problems.ts';
import { readStoryFile } from './check/readContent.ts';
import { writeSocialCard } from './socialCards.ts';

/** A page to pre-render. Stories travel as a file name, so no thread holds every story at once. */
export type Job =
  | { kind: 'story'; file: string; nav: StoryNav }
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
      const result = readStoryFile(job.file);
      if (!result.story) throw new Error(result.problems.map(formatProblem).join('\n'));
      const page: StoryPage = { format: DOCUMENT_FORMAT, story: publishStory(result.story), ...job.nav };
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
