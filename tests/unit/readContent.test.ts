import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatProblem } from '../../pipeline/check/problems.ts';
import { dataDocument } from '../../pipeline/check/dataDocument.ts';
import { readContent, storySchemaChecks, type Content } from '../../pipeline/check/readContent.ts';
import { StoryCache } from '../../pipeline/check/storyCache.ts';
import { DOCUMENT_FORMAT } from '../../src/data/documents.ts';

let dir: string;
let content: Content;

const story = (slug: string, extra: Record<string, unknown> = {}) => ({
  version: 1,
  slug,
  headline: `The ${slug} story`,
  section: 'world',
  published: '2026-11-24T18:42:00Z',
  body: [{ type: 'paragraph', text: 'Text.' }],
  ...extra,
});

/** Where readContent says a story file is: relative to the working directory, as the build prints it. */
const shown = (name: string) => path.relative(process.cwd(), path.join(dir, 'stories', name));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-content-'));
  mkdirSync(path.join(dir, 'stories'));
  mkdirSync(path.join(dir, 'images'));
  // A real picture, 1600 × 900, as the build measures the images it is given.
  copyFileSync(path.resolve('content', 'images', 'iraq-letter.jpg'), path.join(dir, 'images', 'present.jpg'));
  const write = (name: string, value: unknown) =>
    writeFileSync(path.join(dir, 'stories', name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

  write(
    'good.json',
    story('good', {
      image: { src: '/images/present.jpg', alt: 'A harbour', width: 1600, height: 900 },
      related: ['also-good'],
    }),
  );
  write('also-good.json', story('also-good', { related: ['good'] }));
  write('broken-syntax.json', '{ "version": 1, "slug": "broken-syntax", }');
  write('schema-errors.json', story('schema-errors', { headline: 42, body: [], published: '2026-11-24' }));
  write('misnamed.json', story('properly-named', { section: 'sport' }));
  // A copy of a story that keeps its slug.
  write('copy-of-good.json', story('good', { headline: 'A copy with a new headline' }));
  write('lonely.json', story('lonely', { related: ['good', 'no-such-story'] }));
  write(
    'no-pictures.json',
    story('no-pictures', {
      image: { src: '/images/missing-lead.jpg', alt: 'A harbour', width: 4, height: 3 },
      body: [
        { type: 'paragraph', text: 'Text.' },
        { type: 'figure', image: { src: '/images/missing-figure.jpg', alt: 'A chart', width: 4, height: 3 } },
        { type: 'figure', image: { src: 'https://cdn.example.com/remote.jpg', alt: 'Remote', width: 4, height: 3 } },
      ],
    }),
  );
  writeFileSync(path.join(dir, 'stories', 'notes.txt'), 'not a story');
  content = readContent(dir);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('reports every problem in the folder at once, each with its file, path and message', () => {
  const images = path.relative(process.cwd(), path.join(dir, 'images'));
  const expected = [
    { file: shown('broken-syntax.json'), path: '', message: expect.stringMatching(/^not valid JSON: /) },
    { file: shown('copy-of-good.json'), path: 'slug', message: 'the file must be named after the slug: good.json' },
    {
      file: shown('copy-of-good.json'),
      path: 'slug',
      message: `duplicate slug "good", also used by ${shown('good.json')}`,
    },
    {
      file: shown('misnamed.json'),
      path: 'slug',
      message: 'the file must be named after the slug: properly-named.json',
    },
    {
      file: shown('misnamed.json'),
      path: 'section',
      message: 'unknown section "sport" (known: world, politics, business, science, culture)',
    },
    {
      file: shown('no-pictures.json'),
      path: 'image.src',
      message: `image not found: /images/missing-lead.jpg (looked in ${images})`,
    },
    {
      file: shown('no-pictures.json'),
      path: 'body[1].image.src',
      message: `image not found: /images/missing-figure.jpg (looked in ${images})`,
    },
    { file: shown('schema-errors.json'), path: 'headline', message: 'expected a string, got a number' },
    {
      file: shown('schema-errors.json'),
      path: 'published',
      message: 'expected an ISO 8601 date and time with an offset, such as "2020-01-06T18:42:00Z"',
    },
    { file: shown('schema-errors.json'), path: 'body', message: 'a story needs at least one body block' },
    { file: shown('lonely.json'), path: 'related[1]', message: 'no story has the slug "no-such-story"' },
  ];
  expect(content.problems).toEqual(expect.arrayContaining(expected));
  expect(content.problems).toHaveLength(expected.length);
});

test('prints each problem as "file at path: message"', () => {
  const printed = content.problems.map(formatProblem);
  expect(printed).toContain(`${shown('lonely.json')} at related[1]: no story has the slug "no-such-story"`);
  expect(printed).toContain(`${shown('schema-errors.json')} at body: a story needs at least one body block`);
  expect(printed.find((line) => line.startsWith(shown('broken-syntax.json')))).toMatch(
    /^\S+broken-syntax\.json: not valid JSON: /,
  );
});

test('keeps the stories that are fine, and only those', () => {
  expect(content.index.entries.map((entry) => entry.summary.slug).sort()).toEqual(['also-good', 'good', 'lonely']);
  expect([...content.stories.keys()].sort()).toEqual(['also-good', 'good', 'lonely']);
});

test('serves each story document from the story it checked', () => {
  for (const slug of content.stories.keys()) {
    const page = dataDocument(content, `data/stories/${slug}.json`);
    expect(page).toMatchObject({ format: DOCUMENT_FORMAT, story: { slug, publishedDay: '24 November 2026' } });
  }
  // The file named after the slug, not its copy.
  expect(dataDocument(content, 'data/stories/good.json')).toMatchObject({ story: { headline: 'The good story' } });
});

test('checks each story file once; serving its document checks nothing again', () => {
  const before = storySchemaChecks();
  const again = readContent(dir);
  // Eight story files; all but the one that is not JSON reach the schema.
  expect(storySchemaChecks() - before).toBe(7);
  for (const slug of again.stories.keys()) dataDocument(again, `data/stories/${slug}.json`);
  expect(storySchemaChecks() - before).toBe(7);
});

test('with a story cache, a clean story is kept on disk, not in memory, and comes back as it was checked', () => {
  const cacheDir = path.join(dir, 'cache');
  const first = new StoryCache(cacheDir);
  const checkedNow = readContent(dir, first);
  first.save();
  let before = storySchemaChecks();
  // Held: none of the clean stories. Given back: each as the read without a cache published it.
  expect([...checkedNow.stories.keys()]).toEqual([]);
  for (const slug of content.stories.keys()) {
    expect(checkedNow.published(slug)).toEqual(content.published(slug));
    expect(checkedNow.records(slug)).toEqual(content.records(slug));
  }
  expect(storySchemaChecks() - before).toBe(0);

  // The next build checks again only the four files with problems of their own that reach the
  // schema (copy-of-good, misnamed, no-pictures, schema-errors), and gives the others back kept.
  before = storySchemaChecks();
  const later = readContent(dir, new StoryCache(cacheDir));
  for (const slug of content.stories.keys()) expect(later.published(slug)).toEqual(content.published(slug));
  expect(storySchemaChecks() - before).toBe(4);
});

test('the sample content folder has no problems', () => {
  expect(readContent().problems.map(formatProblem)).toEqual([]);
});
