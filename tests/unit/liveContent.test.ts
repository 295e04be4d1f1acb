// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../pipeline/check/problems.ts';
import { readContent, type Content } from '../../pipeline/check/readContent.ts';

let dir: string;
let content: Content;

const update = (id: string, minute: number, extra: Record<string, unknown> = {}) => ({
  id,
  published: `2026-11-28T10:${String(minute).padStart(2, '0')}:00Z`,
  body: [{ type: 'paragraph', text: `Update ${id}.` }],
  ...extra,
});

const story = (slug: string, live: Record<string, unknown> | undefined) => ({
  version: 1,
  slug,
  headline: `The ${slug} story`,
  section: 'world',
  published: '2026-11-28T09:00:00Z',
  body: [{ type: 'paragraph', text: 'Text.' }],
  ...(live && { live }),
});

/** Where readContent says a file is: relative to the working directory, as the build prints it. */
const shown = (...parts: string[]) => path.relative(process.cwd(), path.join(dir, 'stories', ...parts));

const write = (name: string, value: unknown) => {
  const file = path.join(dir, 'stories', name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
};

const paragraph = (text: string) => ({ type: 'paragraph', text });
const embed = (provider: string, url: string) => ({ type: 'embed', provider, url, title: 'A post' });
const figure = (src: string) => ({
  type: 'figure',
  image: { src, alt: 'The harbour', width: 640, height: 360, caption: 'The harbour.' },
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-live-content-'));
  mkdirSync(path.join(dir, 'images'));
  await sharp({ create: { width: 640, height: 400, channels: 3, background: '#468' } })
    .jpeg()
    .toFile(path.join(dir, 'images', 'harbour.jpg'));
  // Two updates in the story file, two more as files: the files follow, in name order.
  write('merged.json', story('merged', { status: 'live', pinned: 'b', updates: [update('a', 1), update('b', 2)] }));
  write('merged/updates/1005-d.json', update('d', 5));
  write('merged/updates/1003-c.json', update('c', 3, { keyEvent: true, title: 'Third' }));

  write(
    'broken.json',
    story('broken', { status: 'live', pinned: 'nowhere', updates: [update('x', 10), update('x', 11), update('y', 5)] }),
  );
  write('broken/updates/1020-late.json', update('x', 20));
  write('broken/updates/1030-bad.json', update('Bad Id', 30, { body: [] }));
  write('broken/updates/1040-syntax.json', '{ "id": "s", }');
  // Bodies that the schema accepts but the folder does not: in the story file and in update files.
  write(
    'bodies.json',
    story('bodies', {
      status: 'live',
      updates: [
        update('a', 1, {
          body: [paragraph('A map.'), embed('interactive', 'https://graphics.elsewhere.example/map/')],
        }),
        update('b', 2, { body: [{ type: 'related-link', story: 'no-such-story' }, figure('/images/harbour.jpg')] }),
      ],
    }),
  );
  write(
    'bodies/updates/1003-c.json',
    update('c', 3, {
      body: [
        embed('mastodon', 'https://unlisted.example/@a/123'),
        { type: 'related-link', story: 'merged' },
        { type: 'related-link', story: 'gone-story' },
        figure('/images/not-there.jpg'),
      ],
    }),
  );
  write('bodies/updates/1004-d.json', update('d', 4, { published: '2126-11-28T10:04:00Z' }));
  write('not-live.json', story('not-live', undefined));
  write('not-live/updates/1000-orphan.json', update('orphan', 0));
  content = readContent(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a live story', () => {
  test('has the updates of its file and then of its update files, oldest first, their times worded', () => {
    const merged = content.published('merged');
    expect(merged.live?.updates.map((u) => u.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.live?.updates[2]).toMatchObject({ title: 'Third', keyEvent: true, clock: '10:03' });
    expect(merged.live?.updates[0]?.keyEvent).toBe(false);
    expect(content.problems.filter((problem) => problem.file.includes('merged'))).toEqual([]);
  });

  test('names every problem of its updates with the file and the JSON path, all at once', () => {
    const lines = content.problems.filter((problem) => problem.file.includes('broken')).map(formatProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        `${shown('broken.json')} at live.updates[1].id: duplicate update id "x", also used by ${shown('broken.json')} at live.updates[0]`,
        expect.stringMatching(
          new RegExp(`^${shown('broken.json')} at live.updates\\[2\\].published: updates must be in time order`),
        ),
        `${shown('broken', 'updates', '1020-late.json')} at id: duplicate update id "x", also used by ${shown('broken.json')} at live.updates[0]`,
        `${shown('broken.json')} at live.pinned: no update has the id "nowhere"`,
        expect.stringMatching(
          new RegExp(`^${shown('broken', 'updates', '1030-bad.json')} at id: not a valid update id`),
        ),
        `${shown('broken', 'updates', '1030-bad.json')} at body: an update needs at least one body block`,
        expect.stringMatching(new RegExp(`^${shown('broken', 'updates', '1040-syntax.json')}: not valid JSON`)),
      ]),
    );
    expect(content.facts.has('broken')).toBe(false);
  });

  test("checks every update's body as a story's is, naming the update's own file and path, all at once", () => {
    const lines = content.problems.filter((problem) => problem.file.includes('bodies')).map(formatProblem);
    const notAllowed = (provider: string, origin: string) =>
      `${origin} is not on the site's allow-list for ${provider} embeds`;
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          `${shown('bodies.json')} at live.updates[0].body[1].url: ${notAllowed('interactive', 'https://graphics.elsewhere.example')}`,
        ),
        `${shown('bodies.json')} at live.updates[1].body[0].story: the related link goes to a story that does not exist: no story has the slug "no-such-story"`,
        `${shown('bodies.json')} at live.updates[1].body[1].image.width: the image is 640×400 pixels, but the story says 640×360`,
        expect.stringContaining(
          `${shown('bodies', 'updates', '1003-c.json')} at body[0].url: ${notAllowed('mastodon', 'https://unlisted.example')}`,
        ),
        `${shown('bodies', 'updates', '1003-c.json')} at body[2].story: the related link goes to a story that does not exist: no story has the slug "gone-story"`,
        expect.stringMatching(
          new RegExp(
            `^${shown('bodies', 'updates', '1003-c.json')} at body\\[3\\].image.src: image not found: /images/not-there.jpg`,
          ),
        ),
        expect.stringMatching(
          new RegExp(
            `^warning: ${shown('bodies', 'updates', '1004-d.json')} at published: 2126-11-28T10:04:00Z is [\\d,]+ days in the future: check the year$`,
          ),
        ),
      ]),
    );
    // The link to a story that exists is no problem; nothing else is found.
    expect(lines).toHaveLength(7);
    expect(content.facts.has('bodies')).toBe(false);
  });

  test('update files for a story that is not live are an error on the story', () => {
    expect(content.problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(new RegExp(`^${shown('not-live.json')} at live: the story has update files`)),
    );
  });
});
