import { hash } from 'node:crypto';
import type { UpdateLink } from './liveUpdates.ts';
import type { LivePageDates } from '../liveDocuments.ts';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, type Stats, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LivePoll, PublishedStory } from '../../src/data/documents.ts';
import type { IndexEntry } from '../../src/data/storyIndex.ts';

/** What the build keeps of a story file that checked clean: enough for the index and the job keys. */
export interface StoryFacts {
  slug: string;
  headline: string;
  related: string[];
  /** Its related links to other stories, with where each is in the file: checked across files, and in its page's key. */
  links: { at: string; slug: string }[];
  entry: IndexEntry;
  /** Its language, and the story it translates: checked across files, and in its versions' pages. */
  language: string;
  translationOf?: string;
  /** The file's bytes, hashed: a story page's key, and how a racy entry is confirmed. */
  fileHash: string;
  /** The story's card as lists show it, hashed: the keys of the pages that show it. */
  summaryHash: string;
  /**
   * A live story's older pages of updates, each one's document hashed (its key), its poll document,
   * its pages' dates (for the sitemap), and its updates' related links to stories, each with the
   * file it is in (checked across files).
   */
  live?: { olderPages: string[]; poll: LivePoll; dates: LivePageDates; links: UpdateLink[] };
  /** Its search record, hashed: the key of its partition's index. */
  searchHash: string;
  /** What its feed items show, hashed: in the keys of the feeds it is in. */
  feedHash: string;
}

interface Entry {
  size: number;
  mtimeMs: number;
  ino: number;
  /** When the build that checked it started: a file changed within RACY_MS of it is re-hashed. */
  checkedAt: number;
  facts: StoryFacts;
}

/**
 * File times tick coarsely (a few ms on Linux), so a file rewritten with the same size in the
 * same tick as the build that checked it would look unchanged: like git's racy index, such
 * entries are trusted only after their bytes hash the same.
 */
const RACY_MS = 2000;
const BUCKETS = 64;

export const hashText = (text: string | Buffer): string => hash('sha1', text, 'hex');

const bucketOf = (name: string): number => Number.parseInt(hashText(name).slice(0, 4), 16) % BUCKETS;

/**
 * Stories that checked clean in an earlier build, by file name, so an unchanged file is neither
 * parsed nor checked again. Kept in buckets: a build rewrites only the buckets whose files changed.
 * Entries with any problem are never kept (a warning can depend on the day, "N days in the future").
 */
export class StoryCache {
  private readonly buckets: Map<string, Entry>[] = [];
  private readonly dirty = new Set<number>();
  private readonly seen = new Set<string>();
  /** Documents of entries this build replaced or forgot: removed on save unless another entry has them. */
  private readonly dropped = new Set<string>();
  private documentsDirMade = false;
  readonly startedAt = Date.now();
  hits = 0;

  constructor(private readonly dir: string) {
    for (let i = 0; i < BUCKETS; i++) {
      let bucket = new Map<string, Entry>();
      try {
        bucket = new Map(Object.entries(JSON.parse(readFileSync(this.file(i), 'utf8')) as Record<string, Entry>));
      } catch {
        // Absent or unreadable: those stories are checked again.
      }
      this.buckets.push(bucket);
    }
  }

  private file(i: number): string {
    return path.join(this.dir, `bucket-${i}.json`);
  }

  /** The facts of `name` if its file is the one checked before; reads the file only when racy. */
  lookup(name: string, stat: Stats, read: () => string): StoryFacts | undefined {
    this.seen.add(name);
    const bucket = this.buckets[bucketOf(name)]!;
    const entry = bucket.get(name);
    if (!entry || entry.size !== stat.size || entry.ino !== stat.ino) return undefined;
    if (entry.mtimeMs === stat.mtimeMs && stat.mtimeMs < entry.checkedAt - RACY_MS) {
      this.hits += 1;
      return entry.facts;
    }
    if (hashText(read()) !== entry.facts.fileHash) return undefined;
    this.store(name, stat, entry.facts);
    this.hits += 1;
    return entry.facts;
  }

  /**
   * A story's document as its check made it (published: the build's own, so parsed and never
   * checked again), in this build or an earlier one; undefined if it is gone.
   */
  document(facts: StoryFacts): PublishedStory | undefined {
    try {
      return JSON.parse(readFileSync(this.documentFile(facts.fileHash), 'utf8')) as PublishedStory;
    } catch {
      return undefined;
    }
  }

  private documentFile(fileHash: string): string {
    return path.join(this.dir, 'documents', `${fileHash}.json`);
  }

  /**
   * Keeps a story that checked clean: its facts in a bucket, and its document in a file of its
   * own, so the build holds no story in memory between checking it and rendering it.
   */
  store(name: string, stat: Stats, facts: StoryFacts, document?: PublishedStory): void {
    if (document) {
      if (!this.documentsDirMade) mkdirSync(path.join(this.dir, 'documents'), { recursive: true });
      this.documentsDirMade = true;
      // Written in place: a file cut short by a killed build does not parse, and its story is checked again.
      writeFileSync(this.documentFile(facts.fileHash), JSON.stringify(document));
    }
    this.seen.add(name);
    const i = bucketOf(name);
    const before = this.buckets[i]!.get(name)?.facts.fileHash;
    if (before && before !== facts.fileHash) this.dropped.add(before);
    this.buckets[i]!.set(name, {
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      ino: stat.ino,
      checkedAt: this.startedAt,
      facts,
    });
    this.dirty.add(i);
  }

  /** Writes the buckets that changed, forgetting files this build did not see (deleted or broken). */
  save(): void {
    this.buckets.forEach((bucket, i) => {
      for (const [name, entry] of bucket) {
        if (!this.seen.has(name)) {
          this.dropped.add(entry.facts.fileHash);
          bucket.delete(name);
          this.dirty.add(i);
        }
      }
    });
    if (this.dirty.size === 0) return;
    mkdirSync(this.dir, { recursive: true });
    for (const i of this.dirty) {
      const partial = `${this.file(i)}.${process.pid}`;
      writeFileSync(partial, JSON.stringify(Object.fromEntries(this.buckets[i]!)));
      renameSync(partial, this.file(i));
    }
    this.dirty.clear();
    // Documents no entry points at any more: an edited or deleted story's. (A build killed between
    // checking a story and saving leaves its document behind; `--full` clears those.)
    if (this.dropped.size === 0) return;
    const kept = new Set(this.buckets.flatMap((bucket) => [...bucket.values()].map((entry) => entry.facts.fileHash)));
    for (const fileHash of this.dropped) if (!kept.has(fileHash)) rmSync(this.documentFile(fileHash), { force: true });
    this.dropped.clear();
  }

  /** Forgets everything: `--full` checks every story again. */
  static clear(dir: string): void {
    for (const name of readdirSafe(dir)) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
