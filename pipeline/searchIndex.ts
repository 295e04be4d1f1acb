import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { PublishedStory } from '../src/data/documents.ts';
import { plainText } from '../src/data/storyText.ts';
import type { IndexEntry } from '../src/data/storyIndex.ts';
import { sectionName, site } from '../src/site/config.ts';
import { editionByKey } from '../src/site/editions.ts';
import { storyPath } from '../src/site/paths.ts';
import { searchIndexPath } from '../src/search/searchPaths.ts';
import { blockText } from '../src/story/readingTime.ts';
import type { OutputWriter } from './output/job.ts';
import { filesUnder } from './siteJobs.ts';

/**
 * The site's search, as Pagefind indexes (docs/incremental.md): one per language and partition, a
 * partition being a month of the newest year that has stories, or an earlier year. Membership
 * follows the stories' dates, never the build's, so publishing a story re-indexes its month only;
 * the first story of a new year folds the last year's months into one index, once. The search
 * page merges a language's partitions at query time (Pagefind's multi-index search).
 */
export interface SearchPartition {
  /** Pagefind's language code: the stories' language's ("en", "ar", "pt" for pt-BR). */
  language: string;
  /** "2026-11" or "2025". */
  name: string;
  /** Newest first. */
  slugs: string[];
}

/** The year and month of a date in the site's time zone: partitions follow the archive's calendar. */
function yearMonth(timeZone: string): (iso: string) => [string, string] {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
  return (iso) => {
    const parts = Object.fromEntries(format.formatToParts(Date.parse(iso)).map((part) => [part.type, part.value]));
    return [parts.year!, parts.month!];
  };
}

export const pagefindLanguage = (language: string): string => new Intl.Locale(language).language;

/** Every partition of every language, newest first within a language; entries newest first. */
export function searchPartitions(entries: IndexEntry[], timeZone = site.timeZone): SearchPartition[] {
  const dates = yearMonth(timeZone);
  const months = entries.map((entry) => dates(entry.summary.published));
  const newestYear = months
    .map(([year]) => year)
    .sort()
    .at(-1);
  const partitions = new Map<string, SearchPartition>();
  entries.forEach((entry, i) => {
    const [year, month] = months[i]!;
    const language = pagefindLanguage(entry.language);
    const name = year === newestYear ? `${year}-${month}` : year;
    const id = `${language}/${name}`;
    let partition = partitions.get(id);
    if (!partition) {
      partition = { language, name, slugs: [] };
      partitions.set(id, partition);
    }
    partition.slugs.push(entry.summary.slug);
  });
  return [...partitions.values()].sort((a, b) => a.language.localeCompare(b.language) || b.name.localeCompare(a.name));
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
