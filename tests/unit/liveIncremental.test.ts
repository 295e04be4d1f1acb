// @vitest-environment node
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildWithCache, siteTree } from '../support/siteTree.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'dispatch-live-incremental-'));
const content = path.join(work, 'content');
const stories = path.join(content, 'stories');
const updates = path.join(stories, 'harbour-storm-live', 'updates');
// Read by the pipeline's modules when they load: set before the dynamic import below.
process.env.DISPATCH_CONTENT = content;

beforeAll(async () => {
  // Loaded once here, with time to spare: the builds below reuse it.
  await import('../../pipeline/buildSite.ts');
  vi.spyOn(console, 'log').mockImplementation(() => {});
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

const START = Date.parse('2026-11-28T06:00:00Z');
const update = (n: number) => ({
  id: `u${n}`,
  published: new Date(START + n * 600_000).toISOString(),
  keyEvent: n % 7 === 0,
  body: [{ type: 'paragraph', text: `The harbour master's update number ${n}.` }],
});

function writeStory(status: 'live' | 'ended', inline: number) {
  const story = {
    version: 1,
    slug: 'harbour-storm-live',
    headline: 'Harbour storm live: the sea wall holds',
    section: 'world',
    published: new Date(START).toISOString(),
    body: [{ type: 'paragraph', text: 'Rolling coverage of a fictional storm, for the build tests.' }],
    live: { status, pinned: 'u0', updates: Array.from({ length: inline }, (_, n) => update(n)) },
  };
  writeFileSync(path.join(stories, 'harbour-storm-live.json'), JSON.stringify(story));
}

const addUpdateFile = (n: number) =>
  writeFileSync(path.join(updates, `${String(n).padStart(4, '0')}-u${n}.json`), JSON.stringify(update(n)));

describe('a live story built incrementally', () => {
  test('a new update rewrites its page, poll document, feeds and sitemap file only, and equals a clean build', async () => {
    mkdirSync(updates, { recursive: true });
    copyFileSync(path.join('content', 'site.json'), path.join(content, 'site.json'));
    for (let n = 0; n < 3; n++) {
      writeFileSync(
        path.join(stories, `quiet-story-${n}.json`),
        JSON.stringify({
          version: 1,
          slug: `quiet-story-${n}`,
          headline: `Quiet story ${n}`,
          section: 'world',
          published: new Date(START - (n + 1) * 3_600_000).toISOString(),
          body: [{ type: 'paragraph', text: 'Nothing happens.' }],
        }),
      );
    }
    // The pinned update and 40 more: page 1 holds the oldest 20, the story's address the newest 20.
    writeStory('live', 30);
    for (let n = 30; n <= 40; n++) addUpdateFile(n);
    const outDir = path.join(work, 'dist');
    const cache = path.join(work, 'cache');
    await buildWithCache(outDir, cache, false);
    const poll = () => JSON.parse(readFileSync(path.join(outDir, 'data/live/harbour-storm-live.json'), 'utf8'));
    expect(poll().latest[0].id).toBe('u40');

    const before = siteTree(outDir);
    // A long update: the story's reading time grows by minutes, and still no older page changes.
    writeFileSync(
      path.join(updates, '0041-u41.json'),
      JSON.stringify({
        ...update(41),
        body: [{ type: 'paragraph', text: 'The tide came over the wall. '.repeat(150) }],
      }),
    );
    const added = await buildWithCache(outDir, cache, false);
    const after = siteTree(outDir);
    const changed = Object.keys(after).filter((file) => after[file] !== before[file]);
    // The story's page (with its document), the poll document, the story's feeds and the sitemap
    // file its address is in (modified now); not page 1, nor the sitemap file that lists it.
    expect(added.run).toBe(4);
    expect(changed.sort()).toEqual([
      'data/live/harbour-storm-live.json',
      'data/stories/harbour-storm-live.json',
      'sitemap-stories-1.xml',
      'stories/harbour-storm-live/feed.json',
      'stories/harbour-storm-live/feed.xml',
      'stories/harbour-storm-live/index.html',
    ]);
    const sitemap = (name: string) => readFileSync(path.join(outDir, name), 'utf8');
    expect(sitemap('sitemap-updates-1.xml')).toContain('/stories/harbour-storm-live/updates/1/</loc>');
    expect(poll().latest[0].id).toBe('u41');
    const clean = (name: string) => buildWithCache(path.join(work, name), path.join(work, `cache-${name}`), true);
    await clean('clean-1');
    expect(siteTree(outDir)).toEqual(siteTree(path.join(work, 'clean-1')));

    // The 60th update after the pinned one starts a second older page; page 1 now links to it.
    const firstPage = readFileSync(path.join(outDir, 'data/stories/harbour-storm-live/updates/1.json'), 'utf8');
    for (let n = 42; n <= 60; n++) addUpdateFile(n);
    const paged = await buildWithCache(outDir, cache, false);
    // Its page and its document, page 1 (its "newer" link), page 2, the poll document, the feeds,
    // and the two sitemap files: of stories (the address is modified) and of older pages.
    expect(paged.run).toBe(7);
    expect(sitemap('sitemap-updates-1.xml')).toContain('/stories/harbour-storm-live/updates/2/</loc>');
    const pageOne = JSON.parse(
      readFileSync(path.join(outDir, 'data/stories/harbour-storm-live/updates/1.json'), 'utf8'),
    );
    expect(pageOne.live.updates).toEqual(JSON.parse(firstPage).live.updates);
    expect(pageOne.live.newer).toBe(2);
    await clean('clean-2');
    expect(siteTree(outDir)).toEqual(siteTree(path.join(work, 'clean-2')));

    // An update's related link shows the linked story's card, on whichever page the update is, and
    // follows that story: u35 is on older page 2, u61 at the story's address.
    const linking = (n: number, slug: string) =>
      writeFileSync(
        path.join(updates, `${String(n).padStart(4, '0')}-u${n}.json`),
        JSON.stringify({ ...update(n), body: [...update(n).body, { type: 'related-link', story: slug }] }),
      );
    linking(35, 'quiet-story-1');
    linking(61, 'quiet-story-0');
    await buildWithCache(outDir, cache, false);
    // The update's own article on that page: the story's neighbours link to the quiet stories too.
    const article = (name: string, id: string) =>
      readFileSync(path.join(outDir, name), 'utf8').split(`id="update-${id}"`)[1]!.split('</article>')[0]!;
    const card = (slug: string, headline: string) =>
      new RegExp(`href="/stories/${slug}/"[^>]*>[\\s\\S]*?<span class="related-link__headline">${headline}</span>`);
    expect(article('stories/harbour-storm-live/updates/2/index.html', 'u35')).toMatch(
      card('quiet-story-1', 'Quiet story 1'),
    );
    expect(article('stories/harbour-storm-live/index.html', 'u61')).toMatch(card('quiet-story-0', 'Quiet story 0'));
    // Its feed item links to the story by its headline too.
    const feedItem = (id: string): string =>
      JSON.parse(readFileSync(path.join(outDir, 'stories/harbour-storm-live/feed.json'), 'utf8')).items.find(
        (item: { id: string }) => item.id.endsWith(`#update-${id}`),
      ).content_html;
    expect(feedItem('u61')).toContain('/stories/quiet-story-0/">Quiet story 0</a>');
    const quietOne = path.join(stories, 'quiet-story-1.json');
    writeFileSync(quietOne, readFileSync(quietOne, 'utf8').replace('Quiet story 1', 'Quiet story 1, retold'));
    await buildWithCache(outDir, cache, false);
    expect(article('stories/harbour-storm-live/updates/2/index.html', 'u35')).toMatch(
      card('quiet-story-1', 'Quiet story 1, retold'),
    );
    expect(feedItem('u35')).toContain('/stories/quiet-story-1/">Quiet story 1, retold</a>');
    await clean('clean-links');
    expect(siteTree(outDir)).toEqual(siteTree(path.join(work, 'clean-links')));

    // Ending the coverage changes the story's card everywhere it is shown ("Live" goes) and its poll document.
    writeStory('ended', 30);
    await buildWithCache(outDir, cache, false);
    expect(poll().status).toBe('ended');
    await clean('clean-3');
    expect(siteTree(outDir)).toEqual(siteTree(path.join(work, 'clean-3')));
  }, 300_000);
});
