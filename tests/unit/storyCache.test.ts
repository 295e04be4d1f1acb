import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { PublishedStory } from '../../src/data/documents';
import { hashText, StoryCache, type StoryFacts } from '../../pipeline/check/storyCache';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'story-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cacheDir = () => path.join(dir, 'cache');

/** Writes a story file and stores it as checked, with its document; returns its file hash. */
function store(cache: StoryCache, name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const fileHash = hashText(text);
  const facts = { slug: name, fileHash } as StoryFacts;
  // A document is made from the file's bytes alone: files with the same bytes share one.
  cache.store(name, statSync(file), facts, { headline: text } as PublishedStory);
  return fileHash;
}

const hasDocument = (fileHash: string) => existsSync(path.join(cacheDir(), 'documents', `${fileHash}.json`));

test('a save removes the documents of edited and deleted stories, and keeps those another file still has', () => {
  const first = new StoryCache(cacheDir());
  const a = store(first, 'a.json', '{"a":1}');
  const b = store(first, 'b.json', '{"b":1}');
  const twin = store(first, 'twin.json', '{"b":1}');
  const c = store(first, 'c.json', '{"c":1}');
  first.save();
  expect([a, b, c].every(hasDocument)).toBe(true);

  // The next build: a is edited, c deleted, twin (the same bytes as b) deleted, b unchanged.
  const second = new StoryCache(cacheDir());
  const edited = store(second, 'a.json', '{"a":2}');
  second.lookup('b.json', statSync(path.join(dir, 'b.json')), () => '{"b":1}');
  second.save();
  expect(hasDocument(a)).toBe(false);
  expect(hasDocument(c)).toBe(false);
  expect(hasDocument(edited)).toBe(true);
  expect(twin).toBe(b);
  expect(hasDocument(b)).toBe(true);
  expect(second.document({ fileHash: b } as StoryFacts)).toEqual({ headline: '{"b":1}' });
});
