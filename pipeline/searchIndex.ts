import { hash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { PublishedStory } from '../src/data/documents.ts';
import { plainText } from '../src/data/storyText.ts';
import type { IndexEntry } from '../src/data/storyIndex.ts';
import { sectionName } from '../src/site/config.ts';
import { editionByKey } from '../src/site/editions.ts';
import { storyPath } from '../src/site/paths.ts';
import { searchIndexPath } from '../src/search/searchPaths.ts';
import { blockText } from '../src/story/readingTime.ts';
import type { OutputWriter } from './output/job.ts';
import { filesUnder } from './siteJobs.ts';

/**
 * The site's search, as Pagefind indexes (docs/incremental.md): one per language and partition.
 * Pagefind takes about a millisecond a story to index, while a search fetches an index chunk of
 * ~20 KB from every partition it merges, so a few large partitions keep a search small and a
 * small newest one keeps a publish fast, as a log-structured index does. Stories in publication
 * order fall into runs that end at a story whose slug hashes to a multiple of ARCHIVE_RUN, or at
 * LONGEST_ARCHIVE_RUN stories (1,024 to 4,096 each): Pagefind holds 110-140 KB a story of a
 * partition while it writes one (8,527 took 1.3 GB), and an edit re-indexes its story's whole
 * partition; each partition more costs a first search about 20 KB (runs of at most 3,072 pushed it
 * past 300 KB). The last, still open run is split once more, at multiples of NEWEST_RUN (about 160
 * stories): its newest such run is a partition of its own, the rest of it another. Membership
 * depends only on the stories, never on the build's date or on stories published later, so a new
 * story re-indexes the newest partition; one in NEWEST_RUN also closes it, folding it into the
 * rest of the open run, once; an edit re-indexes the partition its story is in.
 */
export interface SearchPartition {
  /** Pagefind's language code: the stories' language's ("en", "ar", "pt" for pt-BR). */
  language: string;
  /** Its first story's day and slug, hashed: "2026-11-02-3fa81c0e", stable while that story opens it. */
  name: string;
  /** Newest first. */
  slugs: string[];
}

export const ARCHIVE_RUN = 4096;
export const LONGEST_ARCHIVE_RUN = 4096;
export const NEWEST_RUN = 128;

interface Story {
  slug: string;
  published: string;
  /** The slug's hash, as a number: where runs end. */
  cut: number;
}

/**
 * `stories` cut after each story whose hash is a multiple of `every`, once a run has a quarter of
 * that (short runs would each cost a search an index chunk), and after `longest` at most.
 */
function runs(stories: Story[], every: number, longest: number): Story[][] {
  const all: Story[][] = [];
  let run: Story[] = [];
  for (const story of stories) {
    run.push(story);
    if ((run.length >= every / 4 && story.cut % every === 0) || run.length === longest) {
      all.push(run);
      run = [];
    }
  }
  if (run.length > 0) all.push(run);
  return all;
}

const languages = new Map<string, string>();
export function pagefindLanguage(tag: string): string {
  let language = languages.get(tag);
  if (language === undefined) {
    language = new Intl.Locale(tag).language;
    languages.set(tag, language);
  }
  return language;
}

/** Every partition of every language, newest first within a language; entries newest first. */
export function searchPartitions(entries: IndexEntry[]): SearchPartition[] {
  const byLanguage = new Map<string, Story[]>();
  for (const { summary, language: tag } of entries) {
    const language = pagefindLanguage(tag);
    const cut = hash('sha1', summary.slug, 'buffer').readUInt32BE(0);
    const story = { slug: summary.slug, published: summary.published, cut };
    const list = byLanguage.get(language);
    if (list) list.push(story);
    else byLanguage.set(language, [story]);
  }
  const partitions: SearchPartition[] = [];
  for (const language of [...byLanguage.keys()].sort()) {
    const oldestFirst = byLanguage
      .get(language)!
      .sort((a, b) => a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug));
    const archive = runs(oldestFirst, ARCHIVE_RUN, LONGEST_ARCHIVE_RUN);
    const open = runs(archive.pop() ?? [], NEWEST_RUN, 4 * NEWEST_RUN);
    const newest = open.pop()!;
    for (const run of [...archive, open.flat(), newest].reverse()) {
      if (run.length === 0) continue;
      const first = run[0]!;
      const name = `${first.published.slice(0, 10)}-${first.cut.toString(16).padStart(8, '0')}`;
      partitions.push({ language, name, slugs: run.map((story) => story.slug).reverse() });
    }
  }
  return partitions;
}

/** What `pagefind/partitions.json` says: each language's partitions, newest first. */
export function partitionList(partitions: SearchPartition[]): Record<string, string[]> {
  const list: Record<string, string[]> = {};
  for (const { language, name } of partitions) list[language] = [...(list[language] ?? []), name];
  return list;
}

export type SearchRecord = ReturnType<typeof searchRecord>;

/** What Pagefind keeps of a story: its words, what a result shows, and what it can be filtered by. */
export function searchRecord(story: PublishedStory) {
  const edition = editionByKey(story.edition);
  const text = [
    story.headline,
    story.standfirst ?? '',
    ...story.body.map(blockText),
    ...story.corrections.map((correction) => plainText(correction.text)),
  ];
  return {
    url: storyPath(story.slug),
    content: text.filter(Boolean).join('\n'),
    language: pagefindLanguage(story.language),
    meta: {
      title: story.headline,
      date: story.publishedDay,
      published: story.published,
      ...(story.kicker && { kicker: story.kicker }),
    },
    filters: {
      section: [sectionName(story.section, edition)],
      edition: [edition.name],
      year: [story.published.slice(0, 4)],
    },
    sort: { date: story.published },
  };
}

/** Pagefind's own search interfaces: the site has its own page, so they are not written. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** Indexes one partition's stories with Pagefind's Node API and writes its bundle into the output. */
export async function writeSearchPartition(
  partition: SearchPartition,
  /** Each story's record, as its check made it (the build's facts): no story file is read again. */
  records: (slug: string) => SearchRecord,
  out: OutputWriter,
): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const slug of partition.slugs) {
    const added = await index.addCustomRecord(records(slug));
    if (added.errors.length > 0) throw new Error(`search index, story ${slug}: ${added.errors.join('; ')}`);
  }
  const folder = searchIndexPath(partition.language, partition.name);
  const written = await index.writeFiles({ outputPath: path.join(out.dir, folder) });
  if (written.errors.length > 0) throw new Error(`search index ${folder}: ${written.errors.join('; ')}`);
  // The service is a process of its own: a build that keeps it running never ends.
  await pagefind.close();
  const dir = path.join(out.dir, folder);
  for (const name of readdirSync(dir)) if (UNUSED.test(name)) rmSync(path.join(dir, name));
  for (const file of filesUnder(dir)) out.record(`${folder}${file}`);
}
