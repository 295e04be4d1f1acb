import { spawn } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { Job, OutputWriter } from './job.ts';

/** What a job made: the key it was made with and the files it wrote. */
type Made = [key: string, paths: string[]];

/**
 * What a finished output tree holds: for every job, the key it was made with and the files it
 * wrote, as three lists in step (arrays parse faster than an object with 20,000 keys, and look
 * up faster once in a Map).
 */
interface Manifest {
  version: 2;
  fingerprint: string;
  ids: string[];
  keys: string[];
  paths: string[][];
}

const MANIFEST_VERSION = 2;
/** A shard's folder carries its manifest, so the merge knows what each file was made from. */
export const SHARD_MANIFEST = '.dispatch-shard.json';

/**
 * The output folder is a symbolic link to one of two trees, `a` and `b`, kept beside it in
 * `.<name>.builds/`. A build brings the tree that is not live up to date (reusing its own files,
 * hard-linking unchanged ones from the live tree, running the jobs whose key changed), records its
 * manifest, and only then points the link at it, in one rename. Until that rename nothing a reader
 * of the output folder sees has changed, so a build killed at any moment leaves it as it was.
 */
export class OutputTree {
  readonly store: string;
  readonly target: string;
  private readonly targetSlot: 'a' | 'b';
  private readonly previous: Map<string, Made>;
  /** The live tree's jobs: if the build's are exactly these, there is nothing to do. */
  private live: Map<string, Made> | undefined;
  /** Nothing changed: the live tree stays as it is, and the other one is not touched. */
  private unchanged = false;
  private readonly sources: { dir: string; jobs: Map<string, Made> }[] = [];
  private readonly result = new Map<string, Made>();
  /** Jobs whose files this build linked or wrote: the only ones that can collide with another's. */
  private readonly changed = new Set<string>();
  private readonly madeDirs = new Set<string>();
  private readonly emptied = new Set<string>();
  stats = { kept: 0, linked: 0, run: 0, removed: 0 };

  constructor(
    readonly outDir: string,
    private readonly fingerprint: string,
    { full = false, shardDirs = [] as string[] } = {},
  ) {
    this.store = path.join(path.dirname(outDir), `.${path.basename(outDir)}.builds`);
    const live = liveSlot(outDir, this.store);
    this.targetSlot = live === 'a' ? 'b' : 'a';
    this.target = path.join(this.store, this.targetSlot);
    mkdirSync(this.store, { recursive: true });
    const targetManifest = full ? undefined : readManifest(this.manifestFile(this.targetSlot), fingerprint);
    this.previous = targetManifest ?? new Map();
    if (live && !full) {
      const liveManifest = readManifest(this.manifestFile(live), fingerprint);
      if (liveManifest) {
        this.live = liveManifest;
        this.sources.push({ dir: path.join(this.store, live), jobs: liveManifest });
      }
    }
    for (const dir of shardDirs) {
      const manifest = readManifest(path.join(dir, SHARD_MANIFEST), fingerprint, dir);
      if (!manifest) throw new Error(`${dir} is not a shard built with this app code and configuration`);
      this.sources.push({ dir, jobs: manifest });
    }
  }

  private manifestFile(slot: string): string {
    return path.join(this.store, `${slot}.manifest.json`);
  }

  /**
   * Brings the target tree to `jobs` except for running them: returns the jobs to run. A job
   * whose key is the one the target already has keeps its files; one whose key a source tree has
   * gets those files hard-linked; files of jobs that are gone or changed are removed.
   */
  plan(jobs: Job[]): Job[] {
    const wanted = new Set<string>();
    const toLink: [Job, { dir: string; paths: string[] }][] = [];
    const toRun: Job[] = [];
    for (const job of jobs) {
      if (wanted.has(job.id)) throw new Error(`two outputs of the build have the id ${job.id}`);
      wanted.add(job.id);
    }
    const { live } = this;
    if (live && jobs.length === live.size && jobs.every((job) => live.get(job.id)?.[0] === job.key)) {
      this.unchanged = true;
      this.stats.kept = jobs.length;
      return [];
    }
    // The target is about to change: from now until its manifest is written again, it is unknown.
    rmSync(this.manifestFile(this.targetSlot), { force: true });
    if (this.previous.size === 0) discard(this.target, this.store);
    mkdirSync(this.target, { recursive: true });
    for (const [id, [, paths]] of this.previous) {
      if (!wanted.has(id)) {
        this.remove(paths);
        this.stats.removed += 1;
      }
    }
    for (const job of jobs) {
      const previous = this.previous.get(job.id);
      if (previous && previous[0] === job.key) {
        this.result.set(job.id, previous);
        this.stats.kept += 1;
        continue;
      }
      if (previous) this.remove(previous[1]);
      const source = this.sources.find(({ jobs: made }) => made.get(job.id)?.[0] === job.key);
      if (source) toLink.push([job, { dir: source.dir, paths: source.jobs.get(job.id)![1] }]);
      else toRun.push(job);
    }
    for (const [job, { dir, paths }] of toLink) {
      for (const sitePath of paths) this.link(path.join(dir, sitePath), sitePath);
      this.result.set(job.id, [job.key, paths]);
      this.changed.add(job.id);
      this.stats.linked += 1;
    }
    this.pruneEmptied();
    return toRun;
  }

  /** Records what a job that ran wrote. */
  done(job: Job, paths: string[]): void {
    this.result.set(job.id, [job.key, [...paths].sort()]);
    this.changed.add(job.id);
    this.stats.run += 1;
  }

  /** A writer into the target for one job, recording its files. */
  writer(): OutputWriter & { paths: string[] } {
    const paths: string[] = [];
    const dir = this.target;
    return {
      dir,
      paths,
      file: (sitePath, data) => {
        const file = path.join(dir, sitePath);
        this.mkdir(path.dirname(file));
        // A file there is a hard link shared with the live tree (another job's, so the commit
        // refuses the build): a new file, not one written through the link, keeps the live one.
        rmSync(file, { force: true });
        writeFileSync(file, data);
        paths.push(sitePath);
      },
      link: (from, sitePath) => {
        this.link(from, sitePath);
        paths.push(sitePath);
      },
      record: (sitePath) => {
        paths.push(sitePath);
      },
    };
  }

  /**
   * Checks that no two jobs wrote one file, writes the manifest and swaps the target in.
   * `shard` also leaves the manifest in the tree, for the merge.
   */
  commit({ shard = false } = {}): void {
    if (this.unchanged) return;
    // Two jobs kept from the target were checked when its manifest was written: a clash needs a
    // job whose files changed in this build, so only those are looked up.
    const owners = new Map<string, string>();
    const check = (id: string, paths: string[], claim: boolean) => {
      for (const sitePath of paths) {
        const other = owners.get(sitePath);
        if (other !== undefined) throw new Error(`${sitePath} is written by both ${other} and ${id}`);
        if (claim) owners.set(sitePath, id);
      }
    };
    for (const id of this.changed) check(id, this.result.get(id)![1], true);
    for (const [id, [, paths]] of this.result) if (!this.changed.has(id)) check(id, paths, false);
    const manifest: Manifest = {
      version: MANIFEST_VERSION,
      fingerprint: this.fingerprint,
      ids: [...this.result.keys()],
      keys: [...this.result.values()].map(([key]) => key),
      paths: [...this.result.values()].map(([, paths]) => paths),
    };
    const text = JSON.stringify(manifest);
    if (shard) writeFileSync(path.join(this.target, SHARD_MANIFEST), text);
    else rmSync(path.join(this.target, SHARD_MANIFEST), { force: true });
    writeAtomically(this.manifestFile(this.targetSlot), text);
    swapLink(this.outDir, this.target, this.store);
  }

  private mkdir(dir: string): void {
    if (this.madeDirs.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.madeDirs.add(dir);
  }

  private link(from: string, sitePath: string): void {
    const to = path.join(this.target, sitePath);
    this.mkdir(path.dirname(to));
    try {
      linkSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      unlinkSync(to);
      linkSync(from, to);
    }
  }

  private remove(paths: string[]): void {
    for (const sitePath of paths) {
      const file = path.join(this.target, sitePath);
      rmSync(file, { force: true });
      this.emptied.add(path.dirname(file));
    }
  }

  /** A removed story leaves no empty folder: the tree equals a clean build's. */
  private pruneEmptied(): void {
    const dirs = [...this.emptied].sort((a, b) => b.length - a.length);
    for (let dir of dirs) {
      while (dir.startsWith(this.target + path.sep)) {
        try {
          rmdirSync(dir);
        } catch {
          break;
        }
        this.madeDirs.delete(dir);
        dir = path.dirname(dir);
      }
    }
    this.emptied.clear();
  }
}

/** A tree's jobs as its manifest lists them; undefined if it has none, or one from other app code. */
function readManifest(file: string, fingerprint: string, shown = file): Map<string, Made> | undefined {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${shown}: unreadable build manifest (${(error as Error).message})`);
  }
  if (manifest.version !== MANIFEST_VERSION || manifest.fingerprint !== fingerprint) return undefined;
  const { ids, keys, paths } = manifest;
  return new Map(ids.map((id, i) => [id, [keys[i]!, paths[i]!]]));
}

/** Which tree the output folder points at, if it is one of ours. */
function liveSlot(outDir: string, store: string): 'a' | 'b' | null {
  try {
    if (!lstatSync(outDir).isSymbolicLink()) return null;
  } catch {
    return null;
  }
  const target = path.resolve(path.dirname(outDir), readlinkSync(outDir));
  if (path.dirname(target) !== store) return null;
  const slot = path.basename(target);
  return slot === 'a' || slot === 'b' ? slot : null;
}

function writeAtomically(file: string, text: string): void {
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/** Empties a folder in the background: renamed away at once, deleted by a process of its own. */
function discard(dir: string, store: string): void {
  if (!existsSync(dir)) return;
  const trash = path.join(store, `trash-${process.pid}-${Date.now()}`);
  renameSync(dir, trash);
  spawn('rm', ['-rf', trash], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Points `outDir` at `target` with one rename of a new link over the old one. An output folder
 * that is still a plain folder (from before builds were atomic) is moved away first: the one
 * moment, once, when a reader could find no folder.
 */
function swapLink(outDir: string, target: string, store: string): void {
  const link = `${outDir}.${process.pid}.link`;
  rmSync(link, { force: true });
  symlinkSync(path.relative(path.dirname(outDir), target), link);
  let plain = false;
  try {
    plain = !lstatSync(outDir).isSymbolicLink();
  } catch {
    // No output folder yet.
  }
  if (plain) {
    const old = path.join(store, `replaced-${process.pid}`);
    renameSync(outDir, old);
    renameSync(link, outDir);
    discard(old, store);
    return;
  }
  renameSync(link, outDir);
}
