import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { issueMessage } from '../../pipeline/check/issueMessages.ts';
import { fromZodIssues } from '../../pipeline/check/problems.ts';
import { readContent } from '../../pipeline/check/readContent.ts';
import { storySchema, TABLE_LIMITS } from '../../src/data/schema';
import { minimalStory as minimal } from '../support/documents';

/** Each problem as the build prints it: the JSON path and the message. */
function problems(story: unknown): [string, string][] {
  const result = storySchema.safeParse(story, { error: issueMessage });
  return result.success ? [] : fromZodIssues('x.json', result.error.issues).map((p) => [p.path, p.message]);
}

const withBody = (...body: unknown[]) => ({ ...minimal, body });
const table = (rows: unknown[][], extra: Record<string, unknown> = {}) =>
  withBody({ type: 'table', caption: 'A table', rows, ...extra });

describe('related links', () => {
  test('to a story by slug, or to an https page with its title', () => {
    expect(
      problems({
        ...withBody(
          { type: 'related-link', story: 'another-story' },
          { type: 'related-link', url: 'https://example.com/page', title: 'A page' },
        ),
        standfirstLinks: [{ story: 'another-story' }, { url: 'https://example.com/a', title: 'Elsewhere' }],
      }),
    ).toEqual([]);
  });

  test.each([
    ['neither a story nor a url', { type: 'related-link' }, 'body[0]', /needs either "story" \(a slug\) or "url"/],
    [
      'both a story and a url',
      { type: 'related-link', story: 'a', url: 'https://example.com/', title: 'T' },
      'body[0].url',
      /either "story" or "url", not both/,
    ],
    [
      'an external link without its title',
      { type: 'related-link', url: 'https://example.com/' },
      'body[0].title',
      /needs its title/,
    ],
    [
      'a story link with a title of its own',
      { type: 'related-link', story: 'a', title: 'Mine' },
      'body[0].title',
      /own headline: remove the title/,
    ],
    [
      'an http: link',
      { type: 'related-link', url: 'http://example.com/', title: 'T' },
      'body[0].url',
      /must be an absolute https: URL/,
    ],
    [
      'a javascript: link',
      { type: 'related-link', url: 'javascript:alert(1)', title: 'T' },
      'body[0].url',
      /must be an absolute https: URL/,
    ],
    ['a story that is no slug', { type: 'related-link', story: '../etc' }, 'body[0].story', /not a valid slug/],
  ])('rejects %s', (_, block, at, message) => {
    const found = problems(withBody(block));
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe(at);
    expect(found[0]![1]).toMatch(message);
  });

  test('under the standfirst, at most six', () => {
    const links = Array.from({ length: 7 }, () => ({ story: 'a' }));
    expect(problems({ ...minimal, standfirstLinks: links })).toEqual([
      ['standfirstLinks', 'too many items: at most 6 (this has 7)'],
    ]);
  });
});

describe('tables', () => {
  test('a caption, rows of rich-text cells (empty ones too), a header and alignments', () => {
    expect(
      problems(
        table(
          [
            ['Town', 'Seats'],
            [[{ type: 'em', children: ['Fennwick'] }], ''],
          ],
          { header: 'both', align: ['start', 'numeric'] },
        ),
      ),
    ).toEqual([]);
  });

  test('an oversized table is rejected naming the place and the limit', () => {
    const tooLong = Array.from({ length: TABLE_LIMITS.rows + 1 }, () => ['a', 'b']);
    expect(problems(table(tooLong))).toEqual([
      [
        'body[0].rows',
        `the table is too big: at most ${TABLE_LIMITS.rows} rows (this has ${TABLE_LIMITS.rows + 1}); split it or publish it as a file`,
      ],
    ]);
    const tooWide = [Array.from({ length: TABLE_LIMITS.columns + 1 }, () => 'x')];
    expect(problems(table(tooWide))).toEqual([
      [
        'body[0].rows[0]',
        `the table is too wide: at most ${TABLE_LIMITS.columns} columns (this has ${TABLE_LIMITS.columns + 1})`,
      ],
    ]);
    expect(problems(table([['x'.repeat(TABLE_LIMITS.cellCharacters + 1)]]))).toEqual([
      ['body[0].rows[0][0]', `too long: at most 1000 characters (this has ${TABLE_LIMITS.cellCharacters + 1})`],
    ]);
  });

  test('ragged rows and a wrong number of alignments are named row by row', () => {
    expect(problems(table([['a', 'b'], ['c'], ['d', 'e', 'f']], { align: ['start'] }))).toEqual([
      ['body[0].rows[1]', 'every row needs as many cells as the first row (2); this one has 1'],
      ['body[0].rows[2]', 'every row needs as many cells as the first row (2); this one has 3'],
      ['body[0].align', 'give one alignment per column (2); this gives 1'],
    ]);
  });

  test('a caption is required, and not too long however it is split into pieces', () => {
    expect(problems(withBody({ type: 'table', rows: [['a']] }))).toEqual([
      ['body[0].caption', 'required field is missing (expected a string or an array)'],
    ]);
    expect(
      problems(
        withBody({
          type: 'table',
          caption: ['x'.repeat(200), { type: 'em', children: ['y'.repeat(101)] }],
          rows: [['a']],
        }),
      ),
    ).toEqual([['body[0].caption', 'too long: at most 300 characters of text (this has 301)']]);
  });
});

describe('boxes', () => {
  test('hold paragraphs, lists, headings and figures, with an optional style', () => {
    expect(
      problems(
        withBody({
          type: 'aside',
          style: 'q-and-a',
          title: 'Questions',
          blocks: [
            { type: 'heading', text: 'Why?' },
            { type: 'paragraph', text: 'Because.' },
            { type: 'list', items: ['One'] },
            { type: 'figure', image: { src: 'https://example.com/a.jpg', alt: 'A', width: 4, height: 3 } },
          ],
        }),
      ),
    ).toEqual([]);
  });

  test('reject other blocks, an unknown style, no title and no blocks', () => {
    expect(
      problems(withBody({ type: 'aside', style: 'sidebar', title: 'Box', blocks: [{ type: 'pullquote', text: 'Q' }] })),
    ).toEqual([
      ['body[0].style', 'expected "explainer", "key-facts" or "q-and-a", got "sidebar"'],
      [
        'body[0].blocks[0].type',
        'unknown block type "pullquote": an aside holds only paragraph, list, heading or figure blocks',
      ],
    ]);
    expect(problems(withBody({ type: 'aside', blocks: [] }))).toEqual([
      ['body[0].title', 'required field is missing (expected a string)'],
      ['body[0].blocks', 'an aside needs at least one block'],
    ]);
  });
});

describe('line breaks and rich sub-headings', () => {
  test('a break is an inline piece with nothing else in it', () => {
    expect(problems(withBody({ type: 'paragraph', text: ['Yours,', { type: 'break' }, 'Ana'] }))).toEqual([]);
    expect(problems(withBody({ type: 'paragraph', text: [{ type: 'break', children: ['x'] }] }))).toEqual([
      ['body[0].text[0].children', 'unknown field "children": remove or rename it'],
    ]);
  });

  test('a heading takes a plain string or rich text, within 200 characters of text', () => {
    expect(
      problems(
        withBody(
          { type: 'heading', text: 'Plain' },
          { type: 'heading', text: ['What ', { type: 'link', href: 'https://example.com/', children: ['changes'] }] },
        ),
      ),
    ).toEqual([]);
    expect(
      problems(withBody({ type: 'heading', text: ['x'.repeat(150), { type: 'em', children: ['y'.repeat(51)] }] })),
    ).toEqual([['body[0].text', 'too long: at most 200 characters of text (this has 201)']]);
    expect(problems(withBody({ type: 'heading', text: [' ', { type: 'break' }] }))).toEqual([
      ['body[0].text', 'must not be empty'],
    ]);
  });
});

describe('bylines, corrections and ratings', () => {
  test('an author may have a role and a location', () => {
    expect(
      problems({ ...minimal, authors: [{ name: 'Ines Calloway', role: 'Theatre critic', location: 'Marrow Bay' }] }),
    ).toEqual([]);
    expect(problems({ ...minimal, authors: [{ name: 'A', role: '' }] })).toEqual([
      ['authors[0].role', 'must not be empty'],
    ]);
  });

  test('a correction has a real time, not before publication, and text', () => {
    expect(problems({ ...minimal, corrections: [{ date: '2026-11-25T09:00:00Z', text: 'Fixed a name.' }] })).toEqual(
      [],
    );
    expect(problems({ ...minimal, corrections: [{ date: '2026-11-23T09:00:00Z', text: 'Too early.' }] })).toEqual([
      ['corrections[0].date', 'the correction is dated before the story was published'],
    ]);
    expect(problems({ ...minimal, corrections: [{ date: '25 November', text: '' }] })).toEqual([
      ['corrections[0].date', 'expected an ISO 8601 date and time with an offset, such as "2020-01-06T18:42:00Z"'],
      ['corrections[0].text', 'must not be empty'],
    ]);
  });

  test('a rating is whole or half stars, within the best possible', () => {
    expect(storySchema.parse({ ...minimal, rating: { value: 3.5, item: 'Tidewater' } }).rating).toEqual({
      value: 3.5,
      best: 5,
      item: 'Tidewater',
      itemType: 'CreativeWork',
    });
    expect(problems({ ...minimal, rating: { value: 3.3, item: 'X' } })).toEqual([
      ['rating.value', 'a rating is given in whole or half stars'],
    ]);
    expect(problems({ ...minimal, rating: { value: 6, best: 5, item: 'X' } })).toEqual([
      ['rating.value', 'the rating 6 is more than the best possible, 5'],
    ]);
    expect(problems({ ...minimal, rating: { value: 4, itemType: 'Opera' } })).toContainEqual([
      'rating.item',
      'required field is missing (expected a string)',
    ]);
  });
});

describe('a related link to a story that does not exist', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('fails the build, naming the file and the JSON path of each link', () => {
    mkdirSync(path.join(dir, 'stories'));
    const write = (story: Record<string, unknown>) =>
      writeFileSync(path.join(dir, 'stories', `${story.slug}.json`), JSON.stringify(story));
    write({ ...minimal, slug: 'target' });
    write({
      ...minimal,
      slug: 'linking',
      headline: 'Linking',
      standfirstLinks: [{ story: 'target' }, { story: 'gone-away' }],
      body: [
        { type: 'paragraph', text: 'Text.' },
        { type: 'related-link', story: 'target' },
        { type: 'related-link', story: 'never-was' },
      ],
    });
    const content = readContent(dir);
    const file = path.relative(process.cwd(), path.join(dir, 'stories', 'linking.json'));
    expect(content.problems).toEqual([
      {
        file,
        path: 'standfirstLinks[1].story',
        message: 'the related link goes to a story that does not exist: no story has the slug "gone-away"',
      },
      {
        file,
        path: 'body[2].story',
        message: 'the related link goes to a story that does not exist: no story has the slug "never-was"',
      },
    ]);
  });
});
