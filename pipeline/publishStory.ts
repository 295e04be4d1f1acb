import type { PublishedStory } from '../src/data/documents.ts';
import type { Story } from '../src/data/schema.ts';
import { site } from '../src/site/config.ts';
import { textDirection } from '../src/site/direction.ts';
import { editionByKey } from '../src/site/editions.ts';
import { readingMinutes } from '../src/story/readingTime.ts';
import { pageKey } from '../src/site/pageKey.ts';

/** How a build words dates: the day ("24 November 2026") and the time ("24 November 2026 at 18:42 UTC"). */
export function dateWording(locale: string, timeZone: string, numerals: string | null = null) {
  // Made once per build: a formatter costs far more to make than to use.
  const digits = numerals ? { numberingSystem: numerals } : {};
  const dayFormat = new Intl.DateTimeFormat(locale, {
    ...digits,
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const timeFormat = new Intl.DateTimeFormat(locale, {
    ...digits,
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  const clockFormat = new Intl.DateTimeFormat(locale, {
    ...digits,
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return {
    clock: (iso: string): string => clockFormat.format(Date.parse(iso)),
    day: (iso: string): string => dayFormat.format(Date.parse(iso)),
    time: (iso: string): string => timeFormat.format(Date.parse(iso)),
  };
}

/** Each edition's wording, made on first use: its locale and its digits. */
const wordings = new Map<string, ReturnType<typeof dateWording>>();
const editionWording = (key: string | undefined) => {
  const edition = editionByKey(key);
  let words = wordings.get(edition.key);
  if (!words) {
    words = dateWording(edition.locale, site.timeZone, edition.numerals);
    wordings.set(edition.key, words);
  }
  return words;
};

/**
 * A checked story as the documents carry it, with what is worked out once here at build time: its
 * dates worded (Intl knows every time zone and language here) and its reading time. The browser
 * shows them as they are and only works out "3 hours ago" itself.
 */
export function publishStory(
  story: Story,
  words = editionWording(story.edition),
  /** The page keys of the site's staff profiles: their bylines link to their pages. */
  profiles: ReadonlySet<string> = new Set(),
): PublishedStory {
  const { comments, corrections, updated, live, ...rest } = story;
  const language = story.language ?? editionByKey(story.edition).language;
  const published: PublishedStory = {
    ...rest,
    language,
    direction: story.direction ?? (story.language ? textDirection(language) : editionByKey(story.edition).direction),
    publishedDay: words.day(story.published),
    publishedTime: words.time(story.published),
    // A live story is read with its updates: the time is the whole coverage's so far.
    readingMinutes: readingMinutes(
      live ? { ...story, body: [...story.body, ...live.updates.flatMap((update) => update.body)] } : story,
      language,
    ),
    // Two spellings of one topic ("Marrow Bay", "marrow bay") link to it once.
    topics: story.tags
      .map((name) => ({ name, key: pageKey(name) }))
      .filter((topic, i, all) => all.findIndex((other) => other.key === topic.key) === i),
    authors: story.authors.map((author) =>
      profiles.has(pageKey(author.name)) ? { ...author, page: pageKey(author.name) } : author,
    ),
    comments:
      typeof comments === 'number' ? comments : comments.map((c) => ({ ...c, postedTime: words.time(c.posted) })),
    corrections: corrections.map((correction) => ({ ...correction, dateTime: words.time(correction.date) })),
  };
  const embedDays: Record<string, string> = {};
  for (const block of [...story.body, ...(live?.updates ?? []).flatMap((update) => update.body)]) {
    if (block.type === 'embed' && block.date) embedDays[block.date] = words.day(block.date);
  }
  if (Object.keys(embedDays).length > 0) published.embedDays = embedDays;
  if (updated !== undefined) {
    published.updated = updated;
    published.updatedTime = words.time(updated);
  }
  if (live) {
    published.live = {
      ...live,
      updates: live.updates.map(({ $schema, ...update }) => ({
        ...update,
        clock: words.clock(update.published),
        publishedTime: words.time(update.published),
      })),
    };
  }
  return published;
}
