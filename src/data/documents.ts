import type { Catalogue } from '../i18n/messages';
import type { Author, Story } from './schema';

/**
 * The JSON documents the build writes under `data/` and the app reads: made by the build from
 * stories it has checked, so the browser trusts them once their format is this one. Bump the
 * number whenever the shape of a document changes: an app then never renders a document of
 * another shape (one kept by the service worker from before a deploy, say), it fetches it again.
 */
export const DOCUMENT_FORMAT = 4;

/** Dates as the build words them (pipeline/publishStory.ts), so the browser repeats no Intl work. */
interface WordedDay {
  /** "24 November 2026", in the site's time zone and language. */
  publishedDay: string;
}

export type Comment = Exclude<Story['comments'], number>[number];

export interface PublishedComment extends Comment {
  /** "24 November 2026 at 18:42 UTC" */
  postedTime: string;
}

export type Correction = Story['corrections'][number];

export interface PublishedCorrection extends Correction {
  /** "24 November 2026 at 18:42 UTC" */
  dateTime: string;
}

/** A byline's author; `page` is the key of their author page when the site has a profile of them. */
export interface PublishedAuthor extends Author {
  page?: string;
}

type Live = NonNullable<Story['live']>;

/** One update of a live story, its time worded by the build. */
export interface PublishedUpdate extends Omit<Live['updates'][number], '$schema'> {
  /** "14:05", in the site's time zone and the edition's digits. */
  clock: string;
  /** "24 November 2026 at 14:05 UTC" */
  publishedTime: string;
}

export interface PublishedLive extends Omit<Live, 'updates'> {
  /** Oldest first as the build reads them; a page's document carries none here (its `live` has its own). */
  updates: PublishedUpdate[];
}

/** A checked story with what the build works out for it: its dates worded, its reading time. */
export interface PublishedStory extends Omit<Story, 'comments' | 'corrections' | 'live' | 'authors'>, WordedDay {
  live?: PublishedLive;
  authors: PublishedAuthor[];
  /** Its tags with their topic pages' keys (src/site/pageKey.ts), worked out by the build. */
  topics: { name: string; key: string }[];
  /** "24 November 2026 at 18:42 UTC" */
  publishedTime: string;
  updatedTime?: string;
  /** Whole minutes to read it, counted once by the build. */
  readingMinutes: number;
  /** The day each of its embeds is dated, by ISO date, worded by the build ("18 September 2026"); absent if none is. */
  embedDays?: Record<string, string>;
  comments: number | PublishedComment[];
  corrections: PublishedCorrection[];
  /** Its language and direction, from the story or its edition: the page's `<html lang dir>`. */
  language: string;
  direction: 'ltr' | 'rtl';
}

/** What lists and navigation need of a story: enough for a card, nothing of the body. */
export interface StorySummary
  extends Pick<Story, 'slug' | 'breaking' | 'headline' | 'section' | 'published' | 'edition'>,
    WordedDay {
  kicker?: string;
  /** Set while the story is live coverage that has not ended: cards and the banner say "Live". */
  live?: true;
  standfirst?: string;
  image?: { src: string; alt: string; width: number; height: number };
}

/** A story as the story page's navigation shows it: its headline, linked. */
export type StoryHeadline = Pick<StorySummary, 'slug' | 'headline'>;

/** The document for one story page: the story and where to go next. */
export interface StoryPage {
  format: typeof DOCUMENT_FORMAT;
  story: PublishedStory;
  previous: StoryHeadline | null;
  next: StoryHeadline | null;
  related: StoryHeadline[];
  moreInSection: StoryHeadline[];
  /** The cards of the stories its related links point to (in the body or under the standfirst), each once. */
  linked: StorySummary[];
  /** The same story in other languages (translationOf), by language. */
  translations: Translation[];
  /** A live story's page of updates. */
  live?: LivePage;
}

/** Another language's version of a story. */
export interface Translation {
  slug: string;
  headline: string;
  /** BCP 47, and its name in itself ("日本語"), worded by the build. */
  language: string;
  languageName: string;
}

/** A key event of a live story: a jump link at the top of its page. */
export interface KeyEvent {
  id: string;
  title: string;
  clock: string;
  published: string;
  /** The page it is on: null for the story's own address. */
  page: number | null;
}

/**
 * One page of a live story's updates. The story's own address shows the newest; older ones are on
 * pages numbered from the oldest (`/stories/<slug>/updates/1/`), so a page's address never shifts.
 */
export interface LivePage {
  /** null at the story's own address, else the page's number. */
  page: number | null;
  /** The next older page's number, if any; and the newer one's (null: the story's address). */
  older: number | null;
  newer: number | null;
  /** This page's updates, newest first. */
  updates: PublishedUpdate[];
  /** On the story's address only: the pinned update, the key events, and where the older updates are. */
  pinned: PublishedUpdate | null;
  keyEvents: KeyEvent[];
  pageOf: Record<string, number>;
  /** The newest update's time, "Last updated …" (the story's publication before the first one). */
  lastUpdated: string;
  lastUpdatedTime: string;
}

/** What a live story's page polls (data/live/<slug>.json): a few hundred bytes, revalidated with its ETag. */
export interface LivePoll {
  format: typeof DOCUMENT_FORMAT;
  slug: string;
  status: 'live' | 'ended';
  /** How many updates the story has. */
  count: number;
  /** The newest updates' ids and times, newest first. */
  latest: { id: string; published: string }[];
}

/** A story's page document with nowhere to go next: no neighbours, links or translations. */
export const standalonePage = (story: PublishedStory): StoryPage => ({
  format: DOCUMENT_FORMAT,
  story,
  previous: null,
  next: null,
  related: [],
  moreInSection: [],
  linked: [],
  translations: [],
});

/** The document for one page of a story list (the front page or a section). */
export interface ListPage {
  format: typeof DOCUMENT_FORMAT;
  /** The edition's key: '' for the main one. */
  edition: string;
  section: string | null;
  page: number;
  pageCount: number;
  lead: StorySummary | null;
  stories: StorySummary[];
}

/** What a collection page lists: a topic (a tag), an author (a staff profile) or a month of the archive. */
export type Collection =
  | { kind: 'topics'; key: string; name: string }
  | {
      kind: 'authors';
      key: string;
      name: string;
      role: string;
      bio?: string;
      image?: { src: string; width: number; height: number };
    }
  /** key "2026/11", name "November 2026" worded by the build. */
  | { kind: 'archive'; key: string; name: string };

/** One page of a topic's, an author's or a month's stories, newest first. */
export interface CollectionPage {
  format: typeof DOCUMENT_FORMAT;
  edition: string;
  collection: Collection;
  page: number;
  pageCount: number;
  stories: StorySummary[];
}

/** The archive's index: every month that has stories, newest first, and every topic, most stories first. */
export interface ArchiveIndex {
  format: typeof DOCUMENT_FORMAT;
  edition: string;
  months: { key: string; name: string; count: number }[];
  topics: { key: string; name: string; count: number }[];
}

/** One interface catalogue (src/i18n/messages/), for the pages of the editions that speak it. */
export interface MessagesDocument {
  format: typeof DOCUMENT_FORMAT;
  name: string;
  messages: Catalogue;
}

/** A story's card, picked from the story itself: the index and a saved story both use it. */
export function toSummary(story: PublishedStory): StorySummary {
  const { slug, kicker, breaking, headline, standfirst, section, published, publishedDay, image } = story;
  const summary: StorySummary = { slug, breaking, headline, section, published, publishedDay };
  if (story.edition !== undefined) summary.edition = story.edition;
  if (kicker !== undefined) summary.kicker = kicker;
  if (standfirst !== undefined) summary.standfirst = standfirst;
  if (image) summary.image = { src: image.src, alt: image.alt, width: image.width, height: image.height };
  if (story.live?.status === 'live') summary.live = true;
  return summary;
}
