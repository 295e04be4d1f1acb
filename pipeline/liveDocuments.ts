import {
  DOCUMENT_FORMAT,
  type KeyEvent,
  type LivePage,
  type LivePoll,
  type PublishedStory,
  type PublishedUpdate,
  standalonePage,
  type StoryPage,
  type StorySummary,
} from '../src/data/documents.ts';
import { plainText } from '../src/data/storyText.ts';
import { readingMinutes } from '../src/story/readingTime.ts';

/** Updates on each older page; the story's own address shows between this many and twice as many. */
export const UPDATES_PER_PAGE = 20;

/** Updates the poll document names: enough to count what is new between two polls a minute apart. */
export const POLL_LATEST = 5;

/**
 * How a live story's updates (oldest first, the pinned one left out) fall into pages. Older pages
 * are full pages counted from the oldest update, so page 3 holds the same updates for ever; the
 * story's address holds the rest, the newest, never fewer than a page (once there are that many).
 */
export function livePagination(total: number, perPage = UPDATES_PER_PAGE): { olderPages: number; newestFrom: number } {
  const olderPages = Math.max(0, Math.floor(total / perPage) - 1);
  return { olderPages, newestFrom: olderPages * perPage };
}

/** The updates that flow down the page: all but the pinned one, which is shown on its own at the top. */
const streamOf = (story: PublishedStory): PublishedUpdate[] =>
  (story.live?.updates ?? []).filter((update) => update.id !== story.live?.pinned);

/** A key event's words in the list: its title, or the start of its first paragraph. */
export function keyEventTitle(update: PublishedUpdate): string {
  if (update.title) return update.title;
  const first = update.body.find((block) => block.type === 'paragraph');
  const words = first ? plainText(first.text) : update.clock;
  return words.length <= 90 ? words : `${words.slice(0, 89).trimEnd()}…`;
}

/** The story as each of its pages' documents carries it: its updates are in the page's `live`. */
function withoutUpdates(story: PublishedStory): PublishedStory {
  return { ...story, live: { ...story.live!, updates: [] } };
}

function lastUpdated(story: PublishedStory): { lastUpdated: string; lastUpdatedTime: string } {
  const newest = story.live?.updates.at(-1);
  return newest
    ? { lastUpdated: newest.updated ?? newest.published, lastUpdatedTime: newest.publishedTime }
    : { lastUpdated: story.published, lastUpdatedTime: story.publishedTime };
}

/** The page of updates at the story's own address: the newest ones, the pinned post and the key events. */
export function newestLivePage(story: PublishedStory, perPage = UPDATES_PER_PAGE): LivePage {
  const stream = streamOf(story);
  const { olderPages, newestFrom } = livePagination(stream.length, perPage);
  const pageOf: Record<string, number> = {};
  stream.slice(0, newestFrom).forEach((update, i) => {
    pageOf[update.id] = Math.floor(i / perPage) + 1;
  });
  const keyEvents: KeyEvent[] = stream
    .filter((update) => update.keyEvent)
    .reverse()
    .map((update) => ({
      id: update.id,
      title: keyEventTitle(update),
      clock: update.clock,
      published: update.published,
      page: pageOf[update.id] ?? null,
    }));
  const pinned = story.live?.updates.find((update) => update.id === story.live?.pinned) ?? null;
  return {
    page: null,
    older: olderPages > 0 ? olderPages : null,
    newer: null,
    updates: stream.slice(newestFrom).reverse(),
    pinned,
    keyEvents,
    pageOf,
    ...lastUpdated(story),
  };
}

/** Older page `page` (1 is the oldest): a full page of updates, newest first. */
export function olderLivePage(story: PublishedStory, page: number, perPage = UPDATES_PER_PAGE): LivePage {
  const stream = streamOf(story);
  const { olderPages } = livePagination(stream.length, perPage);
  return {
    page,
    older: page > 1 ? page - 1 : null,
    newer: page < olderPages ? page + 1 : null,
    updates: stream.slice((page - 1) * perPage, page * perPage).reverse(),
    pinned: null,
    keyEvents: [],
    pageOf: {},
    ...lastUpdated(story),
  };
}

/** How many older pages a live story has. */
export const olderPageCount = (story: PublishedStory, perPage = UPDATES_PER_PAGE): number =>
  livePagination(streamOf(story).length, perPage).olderPages;

/**
 * An older page's document: the story's header (no body, no neighbours) and its page of updates.
 * Its "last updated" is left out, so a new update rewrites none of the older pages.
 */
export function olderPageDocument(story: PublishedStory, page: number, linked: StorySummary[] = []): StoryPage {
  const { body, ...header } = withoutUpdates(story);
  const older = olderLivePage(story, page);
  // Its reading time is its own updates': the page is full and keeps them, so a new update
  // (which lengthens the whole coverage's) rewrites none of the older pages either.
  const updatesText = { headline: story.headline, body: older.updates.flatMap((update) => update.body) };
  return {
    ...standalonePage({ ...header, body: [], readingMinutes: readingMinutes(updatesText, story.language) }),
    // The cards of the stories its updates' related links point to (pipeline/siteJobs.ts).
    linked,
    live: { ...older, lastUpdated: story.published, lastUpdatedTime: story.publishedTime },
  };
}

/** When a live story's pages last changed, and when each older page was made: the sitemap's dates. */
export interface LivePageDates {
  /** The story's address: its own date, or the latest change of an update it shows (the newest and the pinned one). */
  modified: string;
  /**
   * Each older page, oldest first: `made` when it became one (the update that moved its last one
   * off the story's address was published), `modified` the latest change of an update on it.
   */
  olderPages: { made: string; modified: string }[];
}

const changedAt = (dated: { published: string; updated?: string | undefined }): string =>
  dated.updated ?? dated.published;

const latest = (dates: string[]): string => dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));

export function livePageDates(story: PublishedStory, perPage = UPDATES_PER_PAGE): LivePageDates {
  const stream = streamOf(story);
  const { olderPages, newestFrom } = livePagination(stream.length, perPage);
  const pinned = story.live?.updates.filter((update) => update.id === story.live?.pinned) ?? [];
  return {
    modified: latest([changedAt(story), ...[...stream.slice(newestFrom), ...pinned].map(changedAt)]),
    olderPages: Array.from({ length: olderPages }, (_, i) => ({
      // Page i + 1 is an older page from the update that makes the stream (i + 2) pages long.
      made: stream[(i + 2) * perPage - 1]!.published,
      modified: latest(stream.slice(i * perPage, (i + 1) * perPage).map(changedAt)),
    })),
  };
}

/** The story document at a live story's address carries its newest page. */
export function withNewestPage(page: StoryPage): StoryPage {
  return { ...page, story: withoutUpdates(page.story), live: newestLivePage(page.story) };
}

/** The poll document: the story's status and its newest updates' ids and times. */
export function livePoll(story: PublishedStory): LivePoll {
  const updates = story.live?.updates ?? [];
  return {
    format: DOCUMENT_FORMAT,
    slug: story.slug,
    status: story.live?.status ?? 'ended',
    count: updates.length,
    latest: updates
      .slice(-POLL_LATEST)
      .reverse()
      .map(({ id, published }) => ({ id, published })),
  };
}
