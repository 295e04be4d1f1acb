// @vitest-environment node
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { site } from '../../src/site/config.ts';
import { siteTree } from '../support/siteTree.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'dispatch-atomic-'));
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

const STORIES = 12;
function writeStories(revision: number): void {
  mkdirSync(path.join(content, 'stories'), { recursive: true });
  copyFileSync(path.join('content', 'site.json'), path.join(content, 'site.json'));
  for (let n = 0; n < STORIES; n++) {
    const slug = `atomic-story-${n}`;
    const story = {
      version: 1,
      slug,
      // Every headline changes with the revision: every page and card has to be made again.
      headline: `Ferry timetable story ${n}, revision ${revision}`,
      standfirst: 'A fictional report written for the test that stops builds half-way.',
      section: site.sections[n % site.sections.length]!.slug,
      tags: [`topic-${n % 4}`],
      authors: [{ name: 'Sample Reporter' }],
      published: new Date(Date.parse('2026-11-01T08:00:00Z') + n * 3_600_000).toISOString(),
      body: [{ type: 'paragraph', text: `Revision ${revision} of the text of story ${n}.` }],
      comments: 0,
    };
    writeFileSync(path.join(content, 'stories', `${slug}.json`), JSON.stringify(story));
  }
}

/** `npm run build` as a publisher runs it; `killAfter` ms later it is killed, as a power cut would. */
function build(killAfter?: number, args: string[] = [], out = outDir): Promise<{ code: number | null; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['pipeline/start.mjs', 'build', ...args], {
    env: { ...process.env, DISPATCH_CONTENT: content, DISPATCH_OUT_DIR: out },
    stdio: 'ignore',
  });
  const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: performance.now() - started });
    });
  });
}

describe('a build killed at any moment', () => {
  test('leaves the previous dist/ as it was, and the next build completes it', async () => {
    writeStories(0);
    expect((await build()).code).toBe(0);
    writeStories(1);
    const { code, ms } = await build();
    expect(code).toBe(0);
    const previous = siteTree(outDir);

    // Points spread over a whole build's time, at random within each stretch: reading, planning,
    // rendering, writing the manifest, swapping.
    const KILLS = 5;
    for (let i = 0; i < KILLS; i++) {
      writeStories(i + 2);
      const at = Math.round(((i + Math.random()) / KILLS) * ms * 1.2);
      const killed = await build(at);
      const tree = siteTree(outDir);
      if (killed.code === 0) {
        // It finished before the kill: that is the new site now, complete.
        expect(tree).not.toEqual(previous);
        break;
      }
      if (!isDeepStrictEqual(tree, previous)) {
        // Killed after it had swapped the new tree in, on its way out: then that tree is the
        // whole new site, as a clean build of the same content makes it.
        const clean = path.join(work, `clean-${i}`);
        expect((await build(undefined, ['--full'], clean)).code).toBe(0);
        expect(tree, `killed after ${at} ms, after the swap`).toEqual(siteTree(clean));
        break;
      }
    }

    expect((await build()).code).toBe(0);
    const clean = path.join(work, 'clean');
    expect((await build(undefined, ['--full'], clean)).code).toBe(0);
    expect(siteTree(outDir)).toEqual(siteTree(clean));
  }, 600_000);
});
