// @vitest-environment node
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { StoryInput } from '../../src/data/schema.ts';
import { site } from '../../src/site/config.ts';
import { buildWithCache, siteTree } from '../support/siteTree.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'dispatch-incremental-'));
const content = path.join(work, 'content');
const stories = path.join(content, 'stories');
// Read by the pipeline's modules when they load: set before the dynamic import below.
process.env.DISPATCH_CONTENT = content;
const incrementalCache = path.join(work, 'cache-incremental');
const cleanCache = path.join(work, 'cache-clean');

beforeAll(async () => {
  // Loading the build's modules takes a few seconds on a busy machine: once here, reused below.
  await import('../../pipeline/buildSite.ts');
  vi.spyOn(console, 'log').mockImplementation(() => {});
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** An empty content folder with the sample site's settings. */
function freshContent(): void {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(stories, { recursive: true });
  copyFileSync(path.join('content', 'site.json'), path.join(content, 'site.json'));
}

const sections = site.sections.map((section) => section.slug);
const START = Date.parse('2026-11-20T08:00:00Z');

function story(n: number, section: string, minutes: number, edit = 0): StoryInput {
  return {
    version: 1,
    slug: `sample-story-${n}`,
    headline: `Sample story ${n}: the harbour board meets${edit > 0 ? `, revision ${edit}` : ''}`,
    standfirst: `A fictional report number ${n}, written for the build's equivalence test.`,
    section,
    tags: [`topic-${n % 3}`],
    authors: [{ name: `Reporter ${n % 4}` }],
    published: new Date(START + minutes * 60_000).toISOString(),
    body: [{ type: 'paragraph', text: `Paragraph of story ${n}, edit ${edit}. The board adjourned until spring.` }],
    comments: n % 3,
  };
}

interface Live {
  n: number;
  section: string;
  minutes: number;
  edit: number;
}
const write = (s: Live) =>
  writeFileSync(
    path.join(stories, `sample-story-${s.n}.json`),
    JSON.stringify(story(s.n, s.section, s.minutes, s.edit)),
  );

const operation = fc.record({
  kind: fc.constantFrom('add', 'edit', 'delete', 'resection', 'redate'),
  pick: fc.nat(),
  value: fc.nat({ max: 10_000 }),
});

describe('an incremental build', () => {
  test('equals a clean build after any sequence of edits, byte for byte', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 5 }), async (operations) => {
        runs += 1;
        freshContent();
        const live: Live[] = [0, 1, 2, 3].map((n) => ({
          n,
          section: sections[n % sections.length]!,
          minutes: n * 7,
          edit: 0,
        }));
        live.forEach(write);
        let next = live.length;
        const incremental = path.join(work, `run-${runs}`, 'dist');
        await buildWithCache(incremental, incrementalCache, false);
        for (const { kind, pick, value } of operations) {
          const target = live[pick % Math.max(live.length, 1)];
          if (kind === 'add' || !target) {
            const added = { n: next++, section: sections[value % sections.length]!, minutes: value % 600, edit: 0 };
            live.push(added);
            write(added);
          } else if (kind === 'delete') {
            live.splice(live.indexOf(target), 1);
            rmSync(path.join(stories, `sample-story-${target.n}.json`));
          } else {
            if (kind === 'edit') target.edit += 1;
            if (kind === 'resection') target.section = sections[value % sections.length]!;
            if (kind === 'redate') target.minutes = value % 600;
            write(target);
          }
          await buildWithCache(incremental, incrementalCache, false);
          const clean = path.join(work, `run-${runs}`, 'clean');
          await buildWithCache(clean, cleanCache, true);
          expect(siteTree(incremental)).toEqual(siteTree(clean));
        }
      }),
      { numRuns: 3, endOnFailure: true },
    );
  }, 600_000);

  test('reuses every output when nothing changed, and rewrites only what an edit touches', async () => {
    freshContent();
    const all: Live[] = Array.from({ length: 30 }, (_, n) => ({
      n,
      section: sections[n % 2]!,
      minutes: n * 5,
      edit: 0,
    }));
    all.forEach(write);
    const outDir = path.join(work, 'touched', 'dist');
    const first = await buildWithCache(outDir, incrementalCache, false);
    expect(first.run).toBeGreaterThan(60);
    const live = readlinkSync(outDir);
    const manifests = readdirSync(path.join(path.dirname(outDir), '.dist.builds'))
      .filter((name) => name.endsWith('.manifest.json'))
      .map((name) => statSync(path.join(path.dirname(outDir), '.dist.builds', name)).mtimeMs);
    const again = await buildWithCache(outDir, incrementalCache, false);
    expect(again.run).toBe(0);
    expect(again.storyChecks - first.storyChecks).toBe(0);
    // Nothing to make: the live tree stays live, and neither tree's manifest is written again.
    expect(readlinkSync(outDir)).toBe(live);
    expect(
      readdirSync(path.join(path.dirname(outDir), '.dist.builds'))
        .filter((name) => name.endsWith('.manifest.json'))
        .map((name) => statSync(path.join(path.dirname(outDir), '.dist.builds', name)).mtimeMs),
    ).toEqual(manifests);

    // A correction to the oldest story's text: its page and its search index, nothing that only shows its card.
    all[0]!.edit = 1;
    write({ ...all[0]!, edit: 0 });
    const before = again.storyChecks;
    const body = await buildWithCache(outDir, incrementalCache, false);
    expect(body.storyChecks - before).toBe(0);
    writeFileSync(
      path.join(stories, 'sample-story-0.json'),
      JSON.stringify({ ...story(0, all[0]!.section, 0), body: [{ type: 'paragraph', text: 'Corrected text.' }] }),
    );
    const corrected = await buildWithCache(outDir, incrementalCache, false);
    // Its page, its search partition (pipeline/searchIndex.ts) and the four feeds
    // that carry its text: the front page's, its section's, its topic's and its month's.
    expect(corrected.run).toBe(6);
    expect(corrected.storyChecks - body.storyChecks).toBe(1);
    // What only its page shows (its comments count) rewrites its page and no feed.
    writeFileSync(
      path.join(stories, 'sample-story-0.json'),
      JSON.stringify({
        ...story(0, all[0]!.section, 0),
        body: [{ type: 'paragraph', text: 'Corrected text.' }],
        comments: 7,
      }),
    );
    const commented = await buildWithCache(outDir, incrementalCache, false);
    expect(commented.run).toBe(1);

    // Other story pages name a story by its headline only (previous, next, related, more from
    // its section): a new standfirst rewrites none of them, a new headline rewrites those that show it.
    const rewritten = (since: number) =>
      readdirSync(path.join(outDir, 'stories')).filter(
        (slug) => statSync(path.join(outDir, 'stories', slug, 'index.html')).mtimeMs >= since,
      );
    const middle = all[15]!;
    const edited = (fields: Partial<StoryInput>) =>
      writeFileSync(
        path.join(stories, `sample-story-${middle.n}.json`),
        JSON.stringify({ ...story(middle.n, middle.section, middle.minutes), ...fields }),
      );
    let since = Date.now() - 1;
    edited({ standfirst: 'A new standfirst, which only this story’s own page and the lists show.' });
    await buildWithCache(outDir, incrementalCache, false);
    expect(rewritten(since)).toEqual(['sample-story-15']);
    since = Date.now() - 1;
    edited({ headline: 'Sample story 15: the harbour board meets at last' });
    await buildWithCache(outDir, incrementalCache, false);
    const neighbours = rewritten(since);
    expect(neighbours).toEqual(expect.arrayContaining(['sample-story-14', 'sample-story-15', 'sample-story-16']));
    expect(neighbours.length).toBeLessThan(all.length);

    // A deleted story's files go, and no folder of it is left.
    rmSync(path.join(stories, 'sample-story-0.json'));
    await buildWithCache(outDir, incrementalCache, false);
    expect(readdirSync(path.join(outDir, 'stories'))).not.toContain('sample-story-0');
    expect(readdirSync(path.join(outDir, 'cards'))).not.toContain('sample-story-0.png');
  }, 300_000);
});
