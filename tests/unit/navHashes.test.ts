import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { hashText } from '../../pipeline/check/storyCache';
import { navHashes } from '../../pipeline/navHashes';
import { StoryIndex, toIndexEntry } from '../../src/data/storyIndex';
import { publishedStory } from '../support/documents';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'nav-hashes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const index = (changes: { headline?: string; standfirst?: string; tags?: string[] } = {}) =>
  new StoryIndex(
    ['a', 'b', 'c', 'd'].map((slug, hour) =>
      toIndexEntry(
        publishedStory({
          version: 1,
          slug,
          headline: slug === 'b' && changes.headline ? changes.headline : `Story ${slug}`,
          ...(slug === 'b' && changes.standfirst && { standfirst: changes.standfirst }),
          section: 'world',
          tags: slug === 'b' ? (changes.tags ?? []) : [],
          published: new Date(Date.UTC(2026, 10, 1) + hour * 3_600_000).toISOString(),
          body: [{ type: 'paragraph', text: 'Text.' }],
        }),
      ),
    ),
    10,
    ['world'],
  );

const kept = () => readdirSync(dir).filter((name) => name.startsWith('nav-'));

test("each story's hash is its links to other stories, hashed, kept or not", () => {
  const fresh = index();
  const navHash = navHashes(fresh, dir);
  for (const slug of ['a', 'b', 'c', 'd']) {
    expect(navHash(slug)).toBe(hashText(JSON.stringify(fresh.storyNav(slug))));
    expect(navHashes(fresh, undefined)(slug)).toBe(navHash(slug));
  }
  expect(kept()).toHaveLength(1);
});

test('an edit that leaves every link as it was reads the kept hashes back', () => {
  navHashes(index(), dir);
  const [file] = kept();
  // A value only the kept file has: if the hashes were worked out again, it would not come back.
  const hashes = JSON.parse(readFileSync(path.join(dir, file!), 'utf8')) as Record<string, string>;
  writeFileSync(path.join(dir, file!), JSON.stringify({ ...hashes, c: 'kept' }));
  expect(navHashes(index({ standfirst: 'A new standfirst.' }), dir)('c')).toBe('kept');
});

test("a neighbour's new headline or tags work every hash out again, and only one file is kept", () => {
  const before = navHashes(index(), dir);
  const [file] = kept();
  writeFileSync(path.join(dir, file!), JSON.stringify({ a: 'stale', b: 'stale', c: 'stale', d: 'stale' }));
  const retitled = index({ headline: 'Story b, corrected' });
  const after = navHashes(retitled, dir);
  // c's previous story is b: its links name b by headline.
  expect(after('c')).toBe(hashText(JSON.stringify(retitled.storyNav('c'))));
  expect(after('c')).not.toBe(before('c'));
  expect(kept()).toHaveLength(1);
  expect(kept()[0]).not.toBe(file);
  navHashes(index(), dir);
  writeFileSync(path.join(dir, kept()[0]!), JSON.stringify({ a: 'stale', b: 'stale', c: 'stale', d: 'stale' }));
  const tagged = index({ tags: ['Harbour'] });
  expect(navHashes(tagged, dir)('b')).toBe(hashText(JSON.stringify(tagged.storyNav('b'))));
  expect(kept()).toHaveLength(1);
});

test("no field of a story outside the index's nav inputs changes any story's links", () => {
  const before = index();
  // Every other field of every card and entry changed, as an edit could change it.
  const changed = (value: unknown): unknown =>
    typeof value === 'string' ? `${value} (edited)` : typeof value === 'boolean' ? !value : value;
  const after = new StoryIndex(
    before.entries.map((entry) => ({
      ...entry,
      description: `${entry.description} (edited)`,
      authors: ['A New Byline'],
      updated: new Date(Date.UTC(2027, 0, 1)).toISOString(),
      summary: Object.fromEntries(
        Object.entries(entry.summary).map(([key, value]) =>
          ['slug', 'headline', 'section', 'published'].includes(key) ? [key, value] : [key, changed(value)],
        ),
      ) as typeof entry.summary,
    })),
    10,
    ['world'],
  );
  expect(JSON.stringify(after.navInputs())).toBe(JSON.stringify(before.navInputs()));
  for (const slug of ['a', 'b', 'c', 'd']) expect(after.storyNav(slug)).toEqual(before.storyNav(slug));
});
