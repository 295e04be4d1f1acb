import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  ARCHIVE_RUN,
  LONGEST_ARCHIVE_RUN,
  NEWEST_RUN,
  pagefindLanguage,
  type SearchPartition,
  searchPartitions,
} from '../../pipeline/searchIndex';
import type { IndexEntry } from '../../src/data/storyIndex';
import { Excerpt, parseExcerpt } from '../../src/search/excerpt';

const entry = (slug: string, published: string, language = 'en'): IndexEntry => ({
  summary: { slug, breaking: false, headline: slug, section: 'world', published, publishedDay: '' },
  tags: [],
  related: [],
  description: '',
  authors: [],
  updated: published,
  language,
});

describe('search partitions', () => {
  /** `count` stories an hour apart, the oldest first, in `language`. */
  const stories = (count: number, language = 'en', from = 0) =>
    Array.from({ length: count }, (_, i) =>
      entry(
        `${language}-story-${from + i}`,
        new Date(Date.UTC(2026, 0, 1) + (from + i) * 3_600_000).toISOString(),
        language,
      ),
    );
  const changed = (before: SearchPartition[], after: SearchPartition[]) => {
    const old = new Set(before.map((partition) => JSON.stringify(partition)));
    return after.filter((partition) => !old.has(JSON.stringify(partition)));
  };

  test('every story is in one partition of its language, newest first, under a name of its own', () => {
    const all = [...stories(9000), ...stories(40, 'ar'), ...stories(3, 'pt-BR')];
    const partitions = searchPartitions(all);
    expect(partitions.map((p) => p.language)).toEqual([...partitions.map((p) => p.language)].sort());
    for (const language of ['ar', 'en', 'pt']) {
      const slugs = partitions.filter((p) => p.language === language).flatMap((p) => p.slugs);
      const expected = all.filter((e) => pagefindLanguage(e.language) === language).map((e) => e.summary.slug);
      // Newest first across partitions as within them.
      expect(slugs).toEqual(expected.reverse());
    }
    expect(new Set(partitions.map((p) => `${p.language}/${p.name}`)).size).toBe(partitions.length);
    // A search merges a handful of partitions, however many stories: the archive's runs and two more.
    const english = partitions.filter((p) => p.language === 'en');
    expect(english.length).toBeLessThanOrEqual(Math.ceil(9000 / (ARCHIVE_RUN / 4)) + 2);
    // None so large that indexing it takes Pagefind past its share of the build's memory.
    expect(Math.max(...english.map((p) => p.slugs.length))).toBeLessThanOrEqual(LONGEST_ARCHIVE_RUN);
    // The order the stories come in does not matter.
    expect(searchPartitions([...all].reverse())).toEqual(partitions);
  });

  test('publishing a story re-indexes the newest partition, which stays small; now and then it folds into the next', () => {
    let site = stories(2000);
    let folds = 0;
    for (let i = 0; i < 300; i++) {
      const before = searchPartitions(site);
      site = [...site, ...stories(1, 'en', 2000 + i)];
      const after = searchPartitions(site);
      const touched = changed(before, after);
      const newest = after[0]!;
      expect(newest.slugs[0]).toBe(`en-story-${2000 + i}`);
      expect(newest.slugs.length).toBeLessThanOrEqual(4 * NEWEST_RUN);
      if (touched.length === 1) expect(touched[0]).toEqual(newest);
      else {
        // The newest run closed: it joins the rest of the open run, and the new story starts the next.
        expect(touched).toHaveLength(2);
        expect(newest.slugs).toEqual([`en-story-${2000 + i}`]);
        folds += 1;
      }
    }
    expect(folds).toBeGreaterThan(0);
    expect(folds).toBeLessThan(15);
    // 600 partitionings of ~2,000 stories: 1-2 s here, past Vitest's 5 s on a loaded CI machine.
  }, 30_000);

  test('deleting a story re-indexes the partition it was in, or joins it to the next one', () => {
    const site = stories(6000);
    const before = searchPartitions(site);
    for (const gone of [10, 2500, 5990]) {
      const after = searchPartitions(site.filter((_, i) => i !== gone));
      const touched = changed(before, after);
      // A run that falls short of its minimum joins the next; either way one or two partitions change.
      expect(touched.length).toBeLessThanOrEqual(2);
      expect(before.length - after.length).toBeLessThanOrEqual(1);
      expect(touched.flatMap((p) => p.slugs)).not.toContain(`en-story-${gone}`);
    }
  });
});

describe('excerpts', () => {
  test('split at Pagefind’s marks, with its escapes undone', () => {
    expect(parseExcerpt('the <mark>salt</mark> flats &amp; a &lt;b&gt; tag')).toEqual([
      { text: 'the ', marked: false },
      { text: 'salt', marked: true },
      { text: ' flats & a <b> tag', marked: false },
    ]);
  });

  test('render markup in the text as text, never as elements', () => {
    const hostile =
      'x &lt;img src=x onerror=alert(1)&gt; <mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> <b>bold</b>';
    const { container } = render(<Excerpt html={hostile} />);
    expect(container.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(container.querySelector('mark')!.textContent).toBe('<script>alert(1)</script>');
    expect(container.textContent).toBe('x <img src=x onerror=alert(1)> <script>alert(1)</script> <b>bold</b>');
  });
});
