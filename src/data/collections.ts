import type { AuthorProfile } from '../site/siteSchema';
import { pageKey } from '../site/pageKey';
import type { CollectionKind } from '../site/paths';
import { type ArchiveIndex, type Collection, type CollectionPage, DOCUMENT_FORMAT } from './documents';
import type { IndexEntry, StoryIndex } from './storyIndex';

/** How the build places a story in the archive: its month in the site's time zone, worded in the edition's locale. */
export interface Calendar {
  /** "2026/11": the archive key of the month an ISO date falls in. */
  month: (iso: string) => string;
  /** "November 2026", for a key. */
  monthName: (key: string) => string;
}

export function calendar(timeZone: string, locale: string, numerals: string | null = null): Calendar {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
  const name = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(numerals && { numberingSystem: numerals }),
  });
  return {
    month: (iso) => {
      const at = new Date(iso);
      // No zone is more than 14 hours from UTC, so away from a month's first and last days its
      // month is UTC's: Intl is asked only near the turn of a month (10,000 stories, 60 ms less).
      const day = at.getUTCDate();
      if (day > 1 && day < 28) return `${at.getUTCFullYear()}/${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
      const found = Object.fromEntries(parts.formatToParts(at).map((part) => [part.type, part.value]));
      return `${found.year}/${found.month}`;
    },
    monthName: (key) => {
      const [year, month] = key.split('/').map(Number);
      return name.format(Date.UTC(year!, month! - 1, 15));
    },
  };
}

interface Gathered {
  collection: Collection;
  /** Newest first, as the index orders them. */
  entries: IndexEntry[];
}

function chunk<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * An edition's topic, author and archive lists, gathered from its index: a topic per tag key (shown
 * by the newest story's spelling of it), an author per staff profile with stories in the edition
 * (the main edition lists every profile), a month per month that has stories. The build and the
 * dev server both use it, so they agree.
 */
export class Collections {
  private readonly lists = new Map<CollectionKind, Map<string, Gathered>>([
    ['topics', new Map()],
    ['authors', new Map()],
    ['archive', new Map()],
  ]);

  constructor(
    private readonly index: StoryIndex,
    profiles: AuthorProfile[],
    dates: Calendar,
    private readonly storiesPerPage: number,
  ) {
    const topics = this.lists.get('topics')!;
    const authors = this.lists.get('authors')!;
    const archive = this.lists.get('archive')!;
    const byName = new Map(profiles.map((profile) => [pageKey(profile.name), profile]));
    if (index.edition === '') for (const profile of profiles) authors.set(pageKey(profile.name), authorList(profile));
    for (const entry of index.entries) {
      for (const tag of entry.tags) {
        const key = pageKey(tag);
        gather(topics, key, () => ({ kind: 'topics', key, name: tag }), entry);
      }
      for (const name of entry.authors) {
        const profile = byName.get(pageKey(name));
        if (profile) gather(authors, pageKey(name), () => authorList(profile).collection, entry);
      }
      const key = dates.month(entry.summary.published);
      gather(archive, key, () => ({ kind: 'archive', key, name: dates.monthName(key) }), entry);
    }
  }

  /** The edition's key: '' for the main one. */
  get edition(): string {
    return this.index.edition;
  }

  /** Every topic, author and month of the edition, each with its stories. */
  all(): Gathered[] {
    return [...this.lists.values()].flatMap((list) => [...list.values()]);
  }

  /** One collection's stories, or undefined when the edition has no such topic, author or month. */
  get(kind: CollectionKind, key: string): Gathered | undefined {
    return this.lists.get(kind)!.get(key);
  }

  /** Its pages, paged like a section. */
  pages({ collection, entries }: Gathered): CollectionPage[] {
    const pages = chunk(entries, this.storiesPerPage);
    return pages.map((stories, p) => ({
      format: DOCUMENT_FORMAT,
      edition: this.index.edition,
      collection,
      page: p + 1,
      pageCount: pages.length,
      stories: stories.map((entry) => entry.summary),
    }));
  }

  /** The archive's index: every month with stories, newest first; every topic, most stories first. */
  archive(): ArchiveIndex {
    const counted = (kind: CollectionKind) =>
      [...this.lists.get(kind)!.values()].map(({ collection, entries }) => ({
        key: collection.key,
        name: collection.name,
        count: entries.length,
      }));
    return {
      format: DOCUMENT_FORMAT,
      edition: this.index.edition,
      months: counted('archive'),
      topics: counted('topics').sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    };
  }
}

/** Adds a story to a collection, made on its first story; a story that names it twice is listed once. */
function gather(list: Map<string, Gathered>, key: string, make: () => Collection, entry: IndexEntry): void {
  let gathered = list.get(key);
  if (!gathered) {
    gathered = { collection: make(), entries: [] };
    list.set(key, gathered);
  }
  if (gathered.entries.at(-1) !== entry) gathered.entries.push(entry);
}

function authorList(profile: AuthorProfile): Gathered {
  const { name, role, bio, image } = profile;
  return {
    collection: {
      kind: 'authors',
      key: pageKey(name),
      name,
      role,
      ...(bio !== undefined && { bio }),
      ...(image !== undefined && { image }),
    },
    entries: [],
  };
}
