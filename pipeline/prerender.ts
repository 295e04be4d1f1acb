import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerReply, WorkerSettings } from './prerenderWorker.ts';

const BATCH_SIZE = 25;

/**
 * Runs jobs across worker threads (one per core, fewer for a handful of jobs, none for none):
 * each worker pulls a small batch, renders and writes it, and asks for more, so memory stays flat
 * however big the site. `jobs` is read lazily: a job's document is made only when it is sent.
 */
export async function prerender(
  jobs: Iterator<WorkerJob>,
  count: number,
  workerFile: string,
  settings: WorkerSettings,
  done: (id: string, paths: string[]) => void,
): Promise<void> {
  if (count === 0) return;
  const take = (): WorkerJob[] => {
    const batch: WorkerJob[] = [];
    while (batch.length < BATCH_SIZE) {
      const next = jobs.next();
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
      worker.on('message', (message: WorkerReply) => {
        if ('error' in message) {
          void worker.terminate();
          reject(new Error(message.error));
          return;
        }
        for (const { id, paths } of message.done) done(id, paths);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  const workers = Math.min(availableParallelism(), Math.ceil(count / BATCH_SIZE));
  await Promise.all(Array.from({ length: workers }, runWorker));
}
