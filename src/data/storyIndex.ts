import {
  DOCUMENT_FORMAT,
  toSummary,
  type ListPage,
  type PublishedStory,
  type StoryHeadline,
  type StoryPage,
  type StorySummary,
  type Translation,
} from './documents';
import { linkedSlugs, storyLinks } from './linkedStories';
import { storyDescription } from './storyDescription';
import { pageKey } from '../site/pageKey';

export type StoryNav = Omit<StoryPage, 'story' | 'format' | 'linked' | 'translations'>;

/** What the index keeps of each story: its card, plus what related-story matching needs. */
export interface IndexEntry {
  summary: StorySummary;
  tags: string[];
  related: string[];
  /** For feeds: the standfirst or the start of the first paragraph. */
  description: string;
  authors: string[];
  updated: string;
  /** Its language (the story's, or its edition's): which search index it is in. */
  language: string;
}

export function toIndexEntry(story: PublishedStory): IndexEntry {
  const summary = toSummary(story);
  // A story led by a video is shown by its poster: on the site's cards, in feeds and in its social card.
  const video = story.leadVideo;
  if (video) summary.image = { src: video.poster, alt: '', width: video.width, height: video.height };
  return {
    summary,
    tags: story.tags,
    related: story.related,
    description: storyDescription(story),
    authors: story.authors.map((author) => author.name),
    updated: story.updated ?? story.published,
    language: story.language,
  };
}

/** Newest first, ties by slug: the front page's order, and every list's. A new array. */
export function newestFirst(entries: IndexEntry[]): IndexEntry[] {
  // Each date parsed once, not at every comparison.
  const times = new Map(entries.map((entry) => [entry, Date.parse(entry.summary.published)]));
  return [...entries].sort((a, b) => times.get(b)! - times.get(a)! || a.summary.slug.localeCompare(b.summary.slug));
}

const RELATED_COUNT = 4;
const MORE_IN_SECTION_COUNT = 4;
/** Related stories are looked for among this many neighbours in time on each side, per tag. */
const RELATED_WINDOW = 40;

function chunk<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * The site's story index: the front page and section lists (newest first), previous/next order
 * and related stories. The dev server and the static build both compute it with this code, from
 * the content folder, so they always agree.
 */
export class StoryIndex {
  /** Newest first: the front page order, which previous/next follows too. */
  readonly entries: IndexEntry[];
  private readonly position = new Map<string, number>();
  private readonly bySection = new Map<string, number[]>();
  private readonly byTag = new Map<string, number[]>();

  /** `sections` are the site's sections: each gets its pages even while it has no stories. */
  constructor(
    entries: IndexEntry[],
    private readonly storiesPerPage: number,
    sections: string[] = [],
    /** The edition whose stories these are: '' for the main one. */
    readonly edition = '',
  ) {
    for (const section of sections) this.bySection.set(section, []);
    this.entries = newestFirst(entries);
    this.entries.forEach((entry, i) => {
      this.position.set(entry.summary.slug, i);
      push(this.bySection, entry.summary.section, i);
      for (const tag of entry.tags) push(this.byTag, pageKey(tag), i);
    });
  }

  get sections(): string[] {
    return [...this.bySection.keys()];
  }

  has(slug: string): boolean {
    return this.position.has(slug);
  }

  /** Where a reader can go from a story: previous, next, related and more from its section. */
  storyNav(slug: string): StoryNav {
    const i = this.position.get(slug);
    if (i === undefined) throw new Error(`story "${slug}" is not in the index`);
    const related = this.related(i);
    const shown = new Set([i, i - 1, i + 1, ...related]);
    // The section's newest stories not shown already: stop at the first few, not the whole section.
    const moreInSection: number[] = [];
    for (const j of this.bySection.get(this.entries[i]!.summary.section) ?? []) {
      if (moreInSection.length === MORE_IN_SECTION_COUNT) break;
      if (!shown.has(j)) moreInSection.push(j);
    }
    // Headlines only: a whole card for each (its standfirst, image, dates) went into every story's
    // document, for links that show none of it.
    const headline = (j: number): StoryHeadline => {
      const { slug, headline } = this.entries[j]!.summary;
      return { slug, headline };
    };
    return {
      previous: i > 0 ? headline(i - 1) : null,
      next: i + 1 < this.entries.length ? headline(i + 1) : null,
      related: related.map(headline),
      moreInSection: moreInSection.map(headline),
    };
  }

  /**
   * Everything `storyNav` reads of the entries, in their order: two indexes with equal values give
   * every story the same links, so the build keeps their hashes between builds (pipeline/navHashes.ts).
   * Reading another field in `storyNav` means adding it here.
   */
  navInputs(): unknown[] {
    return this.entries.map(({ summary, tags, related }) => [
      summary.slug,
      summary.headline,
      summary.section,
      tags.map(pageKey),
      related,
    ]);
  }

  storyPage(story: PublishedStory, translations: Translation[] = []): StoryPage {
    return {
      format: DOCUMENT_FORMAT,
      story,
      ...this.storyNav(story.slug),
      linked: this.summaries(linkedSlugs(storyLinks(story))),
      translations,
    };
  }

  /** The cards of these stories, leaving out any that are not in the index. */
  summaries(slugs: string[]): StorySummary[] {
    return slugs.flatMap((slug) => {
      const i = this.position.get(slug);
      return i === undefined ? [] : [this.entries[i]!.summary];
    });
  }

  /** Every page of the front page (section null) or of one section. */
  listPages(section: string | null): ListPage[] {
    const all = section === null ? this.entries.map((_, i) => i) : (this.bySection.get(section) ?? []);
    let lead: number | null = null;
    if (section === null && all.length > 0) {
      lead = all.find((i) => this.entries[i]!.summary.breaking) ?? all[0]!;
    }
    const rest = all.filter((i) => i !== lead);
    const pages = chunk(rest, this.storiesPerPage);
    return pages.map((stories, p) => ({
      format: DOCUMENT_FORMAT,
      edition: this.edition,
      section,
      page: p + 1,
      pageCount: pages.length,
      lead: p === 0 && lead !== null ? this.entries[lead]!.summary : null,
      stories: stories.map((j) => this.entries[j]!.summary),
    }));
  }

  /** Stories named in `related` first, then those sharing the most tags, then the same section. */
  private related(i: number): number[] {
    const entry = this.entries[i]!;
    const picked: number[] = [];
    for (const slug of entry.related) {
      const j = this.position.get(slug);
      if (j !== undefined && j !== i && !picked.includes(j)) picked.push(j);
    }
    const score = new Map<number, number>();
    for (const tag of entry.tags) {
      for (const j of neighbours(this.byTag.get(pageKey(tag)) ?? [], i, RELATED_WINDOW)) {
        score.set(j, (score.get(j) ?? 0) + 2);
      }
    }
    for (const j of neighbours(this.bySection.get(entry.summary.section) ?? [], i, RELATED_WINDOW / 4)) {
      score.set(j, (score.get(j) ?? 0) + 1);
    }
    // The previous and next stories have their own links; related ones are others.
    const ranked = [...score.entries()]
      .filter(([j]) => Math.abs(j - i) > 1 && !picked.includes(j))
      .sort(([a, sa], [b, sb]) => sb - sa || a - b)
      .map(([j]) => j);
    return [...picked, ...ranked].slice(0, RELATED_COUNT);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The up to `window` positions either side of `i` in a sorted list of positions. */
function neighbours(sorted: number[], i: number, window: number): number[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < i) low = mid + 1;
    else high = mid;
  }
  return sorted.slice(Math.max(0, low - window), low + window + 1);
}
