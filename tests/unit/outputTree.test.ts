import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Job } from '../../pipeline/output/job.ts';
import { OutputTree } from '../../pipeline/output/outputTree.ts';

const work = mkdtempSync(path.join(tmpdir(), 'dispatch-output-tree-'));
afterEach(() => rmSync(work, { recursive: true, force: true }));

const job = (id: string, key: string, files: Record<string, string>): Job => ({
  id,
  key,
  write: (out) => {
    for (const [sitePath, text] of Object.entries(files)) out.file(sitePath, text);
  },
});

/** One build of `jobs` into `outDir`, as buildSite runs it: plan, write what must run, commit. */
async function build(outDir: string, jobs: Job[]) {
  const tree = new OutputTree(outDir, 'test-app');
  for (const toRun of tree.plan(jobs)) {
    const out = tree.writer();
    await toRun.write!(out);
    tree.done(toRun, out.paths);
  }
  tree.commit();
  return tree.stats;
}

describe('the output tree', () => {
  test('keeps, links and runs jobs by key across builds', async () => {
    const outDir = path.join(work, 'keys', 'dist');
    const a = job('a', '1', { 'a.txt': 'a' });
    const b = job('b', '1', { 'b/index.html': 'b' });
    expect(await build(outDir, [a, b])).toMatchObject({ run: 2 });
    // Nothing changed: the live tree stays, the other is not touched.
    expect(await build(outDir, [a, b])).toMatchObject({ kept: 2, linked: 0, run: 0 });
    // The other tree is empty: `a` is linked from the live one, `b` made again.
    const changed = job('b', '2', { 'b/index.html': 'b, edited' });
    expect(await build(outDir, [a, changed])).toMatchObject({ kept: 0, linked: 1, run: 1 });
    expect(readFileSync(path.join(outDir, 'b/index.html'), 'utf8')).toBe('b, edited');
    // Back to the first tree: `a` is kept there, the old `b` removed.
    expect(await build(outDir, [a])).toMatchObject({ kept: 1, run: 0, removed: 1 });
  });

  test('refuses two jobs that write one file, in a first build and when one of them is new', async () => {
    const outDir = path.join(work, 'clash', 'dist');
    await expect(
      build(outDir, [job('a', '1', { 'same.txt': 'a' }), job('b', '1', { 'same.txt': 'b' })]),
    ).rejects.toThrow('same.txt is written by both a and b');
    await build(outDir, [job('a', '1', { 'a.txt': 'a' })]);
    await build(outDir, [job('a', '1', { 'a.txt': 'a' })]);
    // `a` is kept from the tree being updated; the new job `c` writes its file.
    await expect(build(outDir, [job('a', '1', { 'a.txt': 'a' }), job('c', '1', { 'a.txt': 'c' })])).rejects.toThrow(
      /a\.txt is written by both (a and c|c and a)/,
    );
    // Nothing was swapped in: the site is the last good build.
    expect(readFileSync(path.join(outDir, 'a.txt'), 'utf8')).toBe('a');
  });
});
