import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StoryIndex } from '../src/data/storyIndex.ts';
import { hashText } from './check/storyCache.ts';

/**
 * Each story's links to other stories (previous, next, related, more from its section: what
 * `StoryIndex.storyNav` returns), hashed, for the keys of story pages. Working them out for every
 * story is most of what deriving 10,000 story pages' keys costs, and they depend only on the
 * index's order, sections, tags, related slugs and headlines (`StoryIndex.navInputs`). So the
 * hashes are kept in `dir` under a hash of exactly those, and an edit that leaves them alone (a
 * correction, a new standfirst or image) reads them back instead. The folder is the story cache's,
 * which is one per app fingerprint: code that changes how links are chosen starts a new one.
 */
export function navHashes(index: StoryIndex, dir: string | undefined): (slug: string) => string {
  const compute = (slug: string) => hashText(JSON.stringify(index.storyNav(slug)));
  if (!dir) return compute;
  const structure = hashText(JSON.stringify(index.navInputs()));
  const prefix = `nav-${index.edition || 'main'}-`;
  const file = path.join(dir, `${prefix}${structure}.json`);
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return (slug) => kept[slug] ?? compute(slug);
  } catch {
    // Not kept for this index (or cut short by a killed build): worked out again below.
  }
  const hashes: Record<string, string> = {};
  for (const { summary } of index.entries) hashes[summary.slug] = compute(summary.slug);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.startsWith(prefix)) rmSync(path.join(dir, name), { force: true });
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(hashes));
  renameSync(partial, file);
  return (slug) => hashes[slug]!;
}
