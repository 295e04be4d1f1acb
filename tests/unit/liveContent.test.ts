// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-live-content-'));
  mkdirSync(path.join(dir, 'images'));
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

  test('update files for a story that is not live are an error on the story', () => {
    expect(content.problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(new RegExp(`^${shown('not-live.json')} at live: the story has update files`)),
    );
  });
});
