import { hash } from 'node:crypto';
import type { WorkerTask } from '../prerenderWorker.ts';

/**
 * One output of the build (docs/incremental.md): the files it writes are a pure function of its
 * inputs and the app. `key` hashes those inputs; the app fingerprint is kept beside the manifest,
 * so a change of app code or configuration makes every key stale at once.
 */
export interface Job {
  /** Stable and unique: `story:<slug>`, `list:world:3`, `feed:front`. */
  id: string;
  key: string;
  /** Work for the pre-render workers, made only if the job runs. */
  task?: () => WorkerTask;
  /** Or work done in this thread, writing through `out` so every file it writes is recorded. */
  write?: (out: OutputWriter) => Promise<void> | void;
  /** Runs once every other job has written: for outputs made from other outputs (the service worker's precache). */
  after?: boolean;
  /**
   * Mostly waits on another process (a search partition is indexed by the Pagefind service): such
   * jobs run one at a time beside this thread's other jobs, not after them.
   */
  beside?: boolean;
  /** Story pages and cards: what a shard builds. Everything else spans shards and is written by the merge. */
  perStory?: string;
}

/** Where a job writes, and what it wrote: site paths relative to the output folder, `/` separated. */
export interface OutputWriter {
  readonly dir: string;
  /** Writes a file (its folders made) and records it. */
  file(sitePath: string, data: string | Buffer): void;
  /** Hard-links a file that is already made (a compiled bundle's) into the output, and records it. */
  link(from: string, sitePath: string): void;
  /** Records a file the job wrote itself (a library writing into `dir`). */
  record(sitePath: string): void;
}

/** A job's key: a hash of its inputs as canonical JSON (our own objects, built in a fixed order). */
export const jobKey = (...inputs: unknown[]): string => hash('sha1', JSON.stringify(inputs), 'base64url');
