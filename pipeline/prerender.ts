import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Content } from './check/readContent.ts';
import type { Job, WorkerSettings } from './prerenderWorker.ts';

const BATCH_SIZE = 25;

/**
 * Every page of the site, as jobs, produced lazily so they never all exist at once. Each story
 * leaves `content.stories` as its job is made: once a worker has it, the build need not keep it.
 */
function* jobs(content: Content): Generator<Job> {
  const { index, stories } = content;
  yield { kind: 'not-found' };
  yield { kind: 'saved' };
  for (const section of [null, ...index.sections]) {
    for (const page of index.listPages(section)) yield { kind: 'list', page };
  }
  for (const { summary } of index.entries) {
    const story = stories.get(summary.slug)!;
    stories.delete(summary.slug);
    yield { kind: 'story', page: index.storyPage(story) };
  }
}

/**
 * Renders every page across worker threads (one per core): each worker pulls a small batch of
 * jobs, renders and writes them, and asks for more, so memory stays flat however big the site.
 */
export async function prerender(content: Content, workerFile: string, settings: WorkerSettings): Promise<number> {
  const queue = jobs(content);
  let pages = 0;
  const take = (): Job[] => {
    const batch: Job[] = [];
    while (batch.length < BATCH_SIZE) {
      const next = queue.next();
      if (next.done) break;
      batch.push(next.value);
    }
    return batch;
  };
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: settings });
      const feed = () => {
        const batch = take();
        if (batch.length === 0) void worker.terminate().then(() => resolve());
        else worker.postMessage(batch);
      };
      worker.on('message', (message: { done: number } | { error: string }) => {
        if ('error' in message) {
          void worker.terminate();
          reject(new Error(message.error));
          return;
        }
        pages += message.done;
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: availableParallelism() }, runWorker));
  return pages;
}
