import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerBatch, WorkerJob, WorkerReply, WorkerSettings } from './prerenderWorker.ts';

const BATCH_SIZE = 25;
/**
 * A worker's V8 heap at most: left to themselves the workers grew with no need (Node, this thread
 * and two workers, 700-730 MB rendering 10,000 pages; capped, 424 MB), and with Pagefind indexing
 * beside them the build passed 1.4 GB.
 * A story of 19,000 paragraphs (the schema allows 20,000 blocks) renders within it
 * (`npm run bench:big -- 19000`).
 */
const WORKER_HEAP_MB = 256;

/**
 * Worker threads for the jobs that render and draw (one per core, fewer for a handful of jobs).
 * One can be started before the build knows what it will render: it loads the app's server bundle
 * on the second core while this thread reads the content.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];

  constructor(
    private readonly workerFile: string,
    private readonly settings: WorkerSettings,
  ) {}

  /** Starts one worker now, so its start-up overlaps the build's own work. */
  warm(): void {
    if (this.idle.length === 0) this.idle.push(this.start());
  }

  private start(): Worker {
    // React's production build: without NODE_ENV, require('react') in a worker picks the
    // development one, whose element checks and owner stacks were a third of a page's render.
    return new Worker(this.workerFile, {
      workerData: this.settings,
      env: { ...process.env, NODE_ENV: 'production' },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
  }

  /**
   * Runs `count` jobs read lazily from `jobs` (a job's document is made only when it is sent), each
   * worker pulling a small batch at a time, so memory stays flat however big the site.
   */
  async run(
    jobs: Iterator<WorkerJob>,
    count: number,
    outDir: string,
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
    const drive = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        const feed = () => {
          const batch = take();
          if (batch.length === 0) {
            worker.removeAllListeners();
            this.idle.push(worker);
            resolve();
          } else worker.postMessage({ outDir, jobs: batch } satisfies WorkerBatch);
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
    const wanted = Math.min(availableParallelism(), Math.ceil(count / BATCH_SIZE));
    const workers = this.idle.splice(0, wanted);
    while (workers.length < wanted) workers.push(this.start());
    await Promise.all(workers.map(drive));
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }
}
