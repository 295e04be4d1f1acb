// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { generateStories } from '../../bench/generateStories.ts';
import { shardOf } from '../../pipeline/shard.ts';
import { siteTree } from '../support/siteTree.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'dispatch-shards-'));
const content = path.join(work, 'content');
// Read by the pipeline's modules when they load: set before the dynamic import below.
process.env.DISPATCH_CONTENT = content;

let buildSite: typeof import('../../pipeline/buildSite.ts').buildSite;
beforeAll(async () => {
  generateStories(30, content);
  ({ buildSite } = await import('../../pipeline/buildSite.ts'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  // Loading the build's modules takes a few seconds on a busy machine.
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('a sharded build', () => {
  test('puts each story in exactly one shard, by its slug alone', () => {
    const slugs = Array.from({ length: 300 }, (_, i) => `story-${i}`);
    const counts = [1, 2, 3].map((shard) => slugs.filter((slug) => shardOf(slug, 3) === shard).length);
    expect(counts.reduce((a, b) => a + b)).toBe(300);
    for (const count of counts) expect(count).toBeGreaterThan(60);
    expect(slugs.map((slug) => shardOf(slug, 3))).toEqual(slugs.map((slug) => shardOf(slug, 3)));
  });

  test('merged from three shards equals the single build, byte for byte', async () => {
    const single = path.join(work, 'single');
    await buildSite({ outDir: single, full: true });
    const shards = [1, 2, 3].map((index) => path.join(work, `shard-${index}`));
    for (const [i, outDir] of shards.entries()) await buildSite({ outDir, shard: { index: i + 1, count: 3 } });
    // Each shard holds only its stories' pages and cards.
    const storiesIn = (dir: string) => Object.keys(siteTree(dir)).filter((file) => file.startsWith('stories/'));
    expect(shards.map((dir) => storiesIn(dir).length).reduce((a, b) => a + b)).toBe(30);
    expect(Object.keys(siteTree(shards[0]!))).not.toContain('index.html');

    const merged = path.join(work, 'merged');
    const stats = await buildSite({ outDir: merged, shardDirs: shards });
    expect(stats!.linked).toBe(60);
    const tree = siteTree(merged);
    expect(tree).toEqual(siteTree(single));
  }, 300_000);

  test('the merge refuses shards that miss stories', async () => {
    const lonely = path.join(work, 'lonely');
    await buildSite({ outDir: lonely, shard: { index: 1, count: 3 } });
    await expect(buildSite({ outDir: path.join(work, 'half'), shardDirs: [lonely] })).rejects.toThrow(
      /story outputs are in none of the shard folders/,
    );
  }, 300_000);
});
