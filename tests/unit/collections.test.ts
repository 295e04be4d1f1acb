import { describe, expect, test } from 'vitest';
import { calendar, Collections } from '../../src/data/collections';
import type { IndexEntry } from '../../src/data/storyIndex';
import { StoryIndex } from '../../src/data/storyIndex';
import { pageKey } from '../../src/site/pageKey';
import { collectionPath } from '../../src/site/paths';

const entry = (slug: string, published: string, tags: string[], authors: string[] = []): IndexEntry => ({
  summary: { slug, breaking: false, headline: slug, section: 'world', published, publishedDay: '' },
  tags,
  related: [],
  description: '',
  authors,
  updated: published,
  language: 'en',
});

describe('page keys', () => {
  test('join words with hyphens, in lower case, keeping every script’s letters and digits', () => {
    expect(pageKey('Marrow Bay')).toBe('marrow-bay');
    expect(pageKey('  US military / Iraq ')).toBe('us-military-iraq');
    expect(pageKey('طاقة متجددة')).toBe('طاقة-متجددة');
    expect(pageKey('電池')).toBe('電池');
    // Compatibility forms fold: full-width Latin and digits are the plain ones.
    expect(pageKey('ＣＯＰ３０')).toBe('cop30');
    expect(pageKey('Tamsin Okafor-Lake')).toBe('tamsin-okafor-lake');
    expect(pageKey('?!')).toBe('');
  });

  test('name topic pages, per edition', () => {
    expect(collectionPath('topics', pageKey('Coastal towns'))).toBe('/topics/coastal-towns/');
    expect(collectionPath('topics', pageKey('مياه'), 'ar')).toBe('/ar/topics/مياه/');
    expect(collectionPath('archive', '2026/11', '', 2)).toBe('/archive/2026/11/page/2/');
  });
});

describe('the archive calendar', () => {
  test('files a story under its month in the site’s time zone', () => {
    const utc = calendar('UTC', 'en-GB');
    const tokyo = calendar('Asia/Tokyo', 'ja');
    // 20:00 UTC on 31 October is already 1 November in Tokyo.
    expect(utc.month('2026-10-31T20:00:00Z')).toBe('2026/10');
    expect(tokyo.month('2026-10-31T20:00:00Z')).toBe('2026/11');
    expect(utc.monthName('2026/11')).toBe('November 2026');
  });

  test('agrees with Intl at every hour of two years, in zones far east and west of UTC', () => {
    const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/St_Johns', 'Europe/London'];
    for (const timeZone of zones) {
      const dates = calendar(timeZone, 'en');
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit' });
      for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2027, 0, 1); at += 3_600_000 + 60_000) {
        const found = Object.fromEntries(parts.formatToParts(at).map((part) => [part.type, part.value]));
        expect(dates.month(new Date(at).toISOString())).toBe(`${found.year}/${found.month}`);
      }
    }
  });
});

describe('collections', () => {
  const index = new StoryIndex(
    [
      entry('a', '2026-11-03T10:00:00Z', ['Marrow Bay', 'Climate'], ['Jude Varga']),
      entry('b', '2026-11-02T10:00:00Z', ['marrow bay'], ['Someone Else']),
      entry('c', '2026-10-30T10:00:00Z', ['Marrow Bay'], ['Jude Varga']),
      entry('d', '2026-10-01T10:00:00Z', ['Climate']),
    ],
    20,
    ['world'],
  );
  const profiles = [
    { name: 'Jude Varga', role: 'Transport correspondent' },
    { name: 'Nobody Yet', role: 'Intern' },
  ];
  const collections = new Collections(index, profiles, calendar('UTC', 'en-GB'), 2);

  test('gather a topic by its key, named as its newest story spells it, paged newest first', () => {
    const topic = collections.get('topics', 'marrow-bay')!;
    const pages = collections.pages(topic);
    expect(pages.map((page) => page.stories.map((story) => story.slug))).toEqual([['a', 'b'], ['c']]);
    expect(pages.map((page) => [page.page, page.pageCount])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(topic.collection.name).toBe('Marrow Bay');
  });

  test('give staff profiles pages, and only them', () => {
    const jude = collections.get('authors', 'jude-varga')!;
    expect(jude.entries.map((e) => e.summary.slug)).toEqual(['a', 'c']);
    expect(jude.collection).toMatchObject({ kind: 'authors', role: 'Transport correspondent' });
    expect(collections.get('authors', 'someone-else')).toBeUndefined();
    // The main edition has a page for every profile, even before their first story.
    expect(collections.pages(collections.get('authors', 'nobody-yet')!)[0]!.stories).toEqual([]);
  });

  test('list the archive’s topics, most stories first', () => {
    expect(collections.archive().topics).toEqual([
      { key: 'marrow-bay', name: 'Marrow Bay', count: 3 },
      { key: 'climate', name: 'Climate', count: 2 },
    ]);
  });

  test('list the archive’s months newest first with their counts', () => {
    expect(collections.archive().months).toEqual([
      { key: '2026/11', name: 'November 2026', count: 2 },
      { key: '2026/10', name: 'October 2026', count: 2 },
    ]);
  });
});
