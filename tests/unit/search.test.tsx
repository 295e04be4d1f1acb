import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { partitionList, searchPartitions } from '../../pipeline/searchIndex';
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
  test('a month each in the newest year, a year each before it, per language', () => {
    const partitions = searchPartitions(
      [
        entry('dec', '2026-12-01T10:00:00Z'),
        entry('nov', '2026-11-30T10:00:00Z'),
        entry('nov-ar', '2026-11-02T10:00:00Z', 'ar'),
        entry('old', '2025-06-01T10:00:00Z'),
        entry('older', '2025-01-01T10:00:00Z'),
        entry('oldest', '2023-03-01T10:00:00Z', 'pt-BR'),
      ],
      'UTC',
    );
    expect(partitions).toEqual([
      { language: 'ar', name: '2026-11', slugs: ['nov-ar'] },
      { language: 'en', name: '2026-12', slugs: ['dec'] },
      { language: 'en', name: '2026-11', slugs: ['nov'] },
      { language: 'en', name: '2025', slugs: ['old', 'older'] },
      { language: 'pt', name: '2023', slugs: ['oldest'] },
    ]);
    expect(partitionList(partitions)).toEqual({ ar: ['2026-11'], en: ['2026-12', '2026-11', '2025'], pt: ['2023'] });
  });

  test('membership follows the dates in the site’s time zone, and one new story changes one partition', () => {
    const before = [entry('a', '2026-10-31T20:00:00Z'), entry('b', '2026-10-01T10:00:00Z')];
    // In Tokyo the first story is already in November.
    expect(searchPartitions(before, 'Asia/Tokyo').map((p) => p.name)).toEqual(['2026-11', '2026-10']);
    const after = [entry('new', '2026-10-31T21:00:00Z'), ...before];
    const changed = searchPartitions(after, 'UTC').filter(
      (partition) => !searchPartitions(before, 'UTC').some((old) => JSON.stringify(old) === JSON.stringify(partition)),
    );
    expect(changed).toEqual([{ language: 'en', name: '2026-10', slugs: ['new', 'a', 'b'] }]);
  });

  test('the first story of a new year folds last year’s months into one partition', () => {
    const lastYear = [entry('dec', '2026-12-01T10:00:00Z'), entry('nov', '2026-11-01T10:00:00Z')];
    expect(searchPartitions(lastYear, 'UTC').map((p) => p.name)).toEqual(['2026-12', '2026-11']);
    const newYear = [entry('jan', '2027-01-02T10:00:00Z'), ...lastYear];
    expect(searchPartitions(newYear, 'UTC').map((p) => [p.name, p.slugs])).toEqual([
      ['2027-01', ['jan']],
      ['2026', ['dec', 'nov']],
    ]);
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
