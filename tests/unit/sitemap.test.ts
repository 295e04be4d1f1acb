// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { livePageDates } from '../../pipeline/liveDocuments.ts';
import { publishStory } from '../../pipeline/publishStory.ts';
import { type SitemapFile, sitemapFiles } from '../../pipeline/sitemap.ts';
import type { PublishedStory } from '../../src/data/documents.ts';
import { storySchema } from '../../src/data/schema.ts';
import { StoryIndex, toIndexEntry } from '../../src/data/storyIndex.ts';
import { absoluteUrl } from '../../src/site/paths.ts';

const START = Date.parse('2026-11-28T06:00:00Z');
/** `minutes` after the start, as a story file gives a time. */
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

interface Updates {
  /** The update times, in minutes: the first is the pinned post. */
  times: number[];
  /** Updates edited later: index → minutes. */
  edited?: Record<number, number> | undefined;
}

function story(slug: string, published: number, updates?: Updates): PublishedStory {
  return publishStory(
    storySchema.parse({
      version: 1,
      slug,
      headline: `The ${slug} story`,
      section: 'world',
      published: at(published),
      body: [{ type: 'paragraph', text: 'Text.' }],
      ...(updates && {
        live: {
          status: 'live',
          pinned: 'u0',
          updates: updates.times.map((minutes, n) => ({
            id: `u${n}`,
            published: at(minutes),
            ...(updates.edited?.[n] !== undefined && { updated: at(updates.edited[n]) }),
            body: [{ type: 'paragraph', text: `Update ${n}.` }],
          })),
        },
      }),
    }),
  );
}

/** The sitemap the build makes of these stories, `size` URLs a file. */
function sitemap(stories: PublishedStory[], size = 50_000): SitemapFile[] {
  const dates = new Map(stories.filter((s) => s.live).map((s) => [s.slug, livePageDates(s)]));
  return sitemapFiles(
    { editions: [new StoryIndex(stories.map(toIndexEntry), 20, ['world'])], live: dates.get.bind(dates) },
    size,
  );
}

const urls = (files: SitemapFile[], family: string) =>
  files.filter((file) => file.name.startsWith(`sitemap-${family}-`)).flatMap((file) => file.urls);

/** The sitemap files a change added, removed or rewrote. */
function changed(before: SitemapFile[], after: SitemapFile[]): string[] {
  const text = (files: SitemapFile[]) => new Map(files.map((file) => [file.name, JSON.stringify(file.urls)]));
  const [old, fresh] = [text(before), text(after)];
  return [...new Set([...old.keys(), ...fresh.keys()])].filter((name) => old.get(name) !== fresh.get(name)).sort();
}

/** `count` minutes from `from`, one update a minute. */
const minutes = (from: number, count: number) => Array.from({ length: count }, (_, n) => from + n);

describe('a live story in the sitemap', () => {
  test('lists its older pages, each modified when an update on it last was; its address when its newest was', () => {
    // The pinned post and 60 more: pages 1 (updates 1-20) and 2 (21-40), the newest 20 at its address.
    const live = story('storm-live', 0, { times: minutes(0, 61), edited: { 5: 100 } });
    const files = sitemap([story('quiet', -60), live]);
    expect(urls(files, 'updates')).toEqual([
      { url: absoluteUrl('/stories/storm-live/updates/1/'), lastmod: at(100) },
      { url: absoluteUrl('/stories/storm-live/updates/2/'), lastmod: at(40) },
    ]);
    expect(urls(files, 'stories')).toEqual([
      { url: absoluteUrl('/stories/quiet/'), lastmod: at(-60) },
      { url: absoluteUrl('/stories/storm-live/'), lastmod: at(60) },
    ]);
  });

  test('a story without older pages has no file of them', () => {
    expect(sitemap([story('short-live', 0, { times: minutes(0, 39) })]).map((file) => file.name)).toEqual([
      'sitemap-stories-1.xml',
      'sitemap-lists-1.xml',
    ]);
  });

  // Two URLs a file: stories oldest first (s1, s2 | a, s3 | s4, b), older pages as they were made (a1, b1 | b2).
  const others = [story('s1', -400), story('s2', -300), story('s3', -100), story('s4', -50)];
  const a = (times: number[], edited?: Record<number, number>) => story('a', -200, { times, edited });
  const b = (times: number[], edited?: Record<number, number>) => story('b', 0, { times, edited });
  const aTimes = minutes(0, 45);
  const bTimes = minutes(0.5, 65);
  const before = sitemap([...others, a(aTimes), b(bTimes)], 2);

  test('a new update rewrites the file its story is in; one that makes an older page, the last file of them too', () => {
    expect(changed(before, sitemap([...others, a([...aTimes, 300]), b(bTimes)], 2))).toEqual(['sitemap-stories-2.xml']);
    // 20 more make page 2 of "a": after every other page, whichever story's.
    const paged = sitemap([...others, a([...aTimes, ...minutes(300, 20)]), b(bTimes)], 2);
    expect(changed(before, paged)).toEqual(['sitemap-stories-2.xml', 'sitemap-updates-2.xml']);
    expect(urls(paged, 'updates').map((entry) => entry.url)).toEqual(
      ['a/updates/1', 'b/updates/1', 'b/updates/2', 'a/updates/2'].map((page) => absoluteUrl(`/stories/${page}/`)),
    );
  });

  test('an edit to an update on an older page rewrites the file that page is in, and no other', () => {
    expect(changed(before, sitemap([...others, a(aTimes), b(bTimes, { 10: 500 })], 2))).toEqual([
      'sitemap-updates-1.xml',
    ]);
  });

  test('a new story still adds to the last file of stories only', () => {
    expect(changed(before, sitemap([...others, story('s5', 400), a(aTimes), b(bTimes)], 2))).toEqual([
      'sitemap-stories-4.xml',
    ]);
  });
});
