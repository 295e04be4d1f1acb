import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { blockSchema, liveUpdateSchema, storySchema } from '../../src/data/schema';
import { minimalStory as minimal } from '../support/documents';

const storiesDir = path.resolve('content', 'stories');
const storyFiles = readdirSync(storiesDir).filter((name) => name.endsWith('.json'));

const paragraph = (text: unknown) => ({ ...minimal, body: [{ type: 'paragraph', text }] });

describe('valid stories', () => {
  test('the sample content folder has stories', () => {
    expect(storyFiles.length).toBeGreaterThan(0);
  });

  test.each(storyFiles)('content/stories/%s parses', (name) => {
    const result = storySchema.safeParse(JSON.parse(readFileSync(path.join(storiesDir, name), 'utf8')));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('the minimal story parses, with defaults filled in', () => {
    expect(storySchema.parse(minimal)).toEqual({
      ...minimal,
      breaking: false,
      tags: [],
      authors: [],
      related: [],
      comments: 0,
      standfirstLinks: [],
      corrections: [],
    });
  });

  test('every block type and inline form parses', () => {
    const story = {
      ...minimal,
      published: '2026-11-24T18:42:00+01:00',
      updated: '2026-11-24T19:00:00+01:00',
      body: [
        {
          type: 'paragraph',
          text: [
            'A ',
            { type: 'em', children: [{ type: 'strong', children: ['nested'] }] },
            { type: 'link', href: 'mailto:desk@example.com', children: ['link'] },
          ],
        },
        { type: 'heading', text: 'Heading' },
        { type: 'pullquote', text: 'Quote' },
        { type: 'blockquote', text: 'Quote', attribution: 'Someone' },
        {
          type: 'figure',
          image: {
            src: 'https://cdn.example.com/a.jpg',
            alt: '',
            width: 1,
            height: 1,
            caption: 'Caption',
            credit: 'Credit',
          },
        },
        { type: 'list', style: 'numbered', items: ['One', ['Two']] },
      ],
      comments: [{ author: 'Reader', posted: '2026-11-24T20:00:00Z', text: 'Hello' }],
    };
    expect(storySchema.safeParse(story).success).toBe(true);
  });
});

describe('invalid stories report where and what', () => {
  const cases: [string, unknown, (string | number)[], string | RegExp][] = [
    [
      'a headline of the wrong type',
      { ...minimal, headline: 42 },
      ['headline'],
      'Invalid input: expected string, received number',
    ],
    ['a blank headline', { ...minimal, headline: '   ' }, ['headline'], 'must not be empty'],
    [
      'an unknown block type',
      { ...minimal, body: [{ type: 'marquee', src: 'x' }] },
      ['body', 0, 'type'],
      'unknown block type "marquee": expected paragraph, heading, pullquote, blockquote, figure, list, related-link, table, aside, video, audio, embed or gallery',
    ],
    [
      'a block without a type',
      { ...minimal, body: [minimal.body[0], { text: 'x' }] },
      ['body', 1, 'type'],
      'missing block type: expected paragraph, heading, pullquote, blockquote, figure, list, related-link, table, aside, video, audio, embed or gallery',
    ],
    [
      'a javascript: link',
      paragraph(['See ', { type: 'link', href: 'javascript:alert(1)', children: ['this'] }]),
      ['body', 0, 'text', 1, 'href'],
      'links must be absolute http:, https: or mailto: URLs',
    ],
    [
      'a data: link nested in a list item',
      {
        ...minimal,
        body: [
          {
            type: 'list',
            items: [[{ type: 'em', children: [{ type: 'link', href: 'data:text/html,x', children: ['x'] }] }]],
          },
        ],
      },
      ['body', 0, 'items', 0, 0, 'children', 0, 'href'],
      'links must be absolute http:, https: or mailto: URLs',
    ],
    [
      'a relative author link',
      { ...minimal, authors: [{ name: 'A', url: '/about' }] },
      ['authors', 0, 'url'],
      'links must be absolute http:, https: or mailto: URLs',
    ],
    [
      'an update before publication',
      { ...minimal, updated: '2026-11-24T18:00:00Z' },
      ['updated'],
      'the update time is before the publication time',
    ],
    [
      'a slug with capitals and spaces',
      { ...minimal, slug: 'Troops In Iraq' },
      ['slug'],
      'not a valid slug: "Troops In Iraq". A slug becomes part of an address, so use only lowercase letters, digits and single hyphens (for example "troops-iraq")',
    ],
    [
      'a slug with a double hyphen',
      { ...minimal, slug: 'troops--iraq' },
      ['slug'],
      /^not a valid slug: "troops--iraq"\./,
    ],
    // Tags are words in any script ("Marrow Bay", "طاقة"); one with no letter or digit could name no topic page.
    ['a tag with no letter or digit', { ...minimal, tags: ['Marrow Bay', '—'] }, ['tags', 1], /^a tag needs a/],
    [
      'no body',
      (({ body: _body, ...rest }) => rest)(minimal),
      ['body'],
      'Invalid input: expected array, received undefined',
    ],
    ['an empty body', { ...minimal, body: [] }, ['body'], 'a story needs at least one body block'],
    [
      'a date without an offset',
      { ...minimal, published: '2026-11-24T18:42:00' },
      ['published'],
      'expected an ISO 8601 date and time with an offset, such as "2020-01-06T18:42:00Z"',
    ],
    [
      'a date without a time',
      { ...minimal, published: '2026-11-24' },
      ['published'],
      /^expected an ISO 8601 date and time/,
    ],
    ['another format version', { ...minimal, version: 2 }, ['version'], 'expected format version 1'],
    ['an unknown field', { ...minimal, colour: 'red' }, [], 'Unrecognized key: "colour"'],
    [
      'an image outside /images/ and not https',
      { ...minimal, image: { src: 'http://example.com/a.jpg', alt: '', width: 1, height: 1 } },
      ['image', 'src'],
      'images must be under /images/ or an https: URL',
    ],
    [
      'an image path that climbs out of /images/',
      { ...minimal, image: { src: '/images/../secret.jpg', alt: '', width: 1, height: 1 } },
      ['image', 'src'],
      'images must be under /images/ or an https: URL',
    ],
    [
      'an image without a size',
      { ...minimal, image: { src: '/images/a.jpg', alt: '', width: 0, height: 1 } },
      ['image', 'width'],
      'Too small: expected number to be >0',
    ],
    ['a negative comment count', { ...minimal, comments: -1 }, ['comments'], 'Too small: expected number to be >=0'],
    [
      'an empty comment',
      { ...minimal, comments: [{ author: 'A', posted: '2026-11-24T19:00:00Z', text: '' }] },
      ['comments', 0, 'text'],
      'must not be empty',
    ],
    [
      'an empty list',
      { ...minimal, body: [{ type: 'list', items: [] }] },
      ['body', 0, 'items'],
      'Too small: expected array to have >=1 items',
    ],
    [
      'a list of unknown style',
      { ...minimal, body: [{ type: 'list', style: 'dashed', items: ['x'] }] },
      ['body', 0, 'style'],
      'Invalid option: expected one of "bulleted"|"numbered"',
    ],
    [
      'an empty emphasis',
      paragraph([{ type: 'em', children: [] }]),
      ['body', 0, 'text', 0, 'children'],
      'Too small: expected array to have >=1 items',
    ],
  ];

  test.each(cases)('%s', (_, story, path, message) => {
    const result = storySchema.safeParse(story);
    expect(result.success).toBe(false);
    const issues = result.error!.issues;
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]!.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  test('every problem in a story is reported at once', () => {
    const result = storySchema.safeParse({
      ...minimal,
      slug: 'Bad Slug',
      headline: '',
      published: 'yesterday',
      body: [{ type: 'carousel' }],
    });
    expect(result.error!.issues.map((issue) => issue.path)).toEqual([
      ['slug'],
      ['headline'],
      ['published'],
      ['body', 0, 'type'],
    ]);
  });
});

test('the complete example in docs/content.md is a valid story using every block type', () => {
  const docs = readFileSync(path.resolve('docs', 'content.md'), 'utf8');
  const section = docs.slice(docs.indexOf('## A complete example'));
  const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
  expect(json, 'docs/content.md should have a JSON example under "## A complete example"').toBeDefined();
  const result = storySchema.safeParse(JSON.parse(json!));
  expect(result.error?.issues ?? []).toEqual([]);
  const story = result.data!;
  expect(new Set(story.body.map((block) => block.type))).toEqual(
    new Set(blockSchema.options.map((option) => option.shape.type.value)),
  );
  // A story of the main edition names no edition, and an original no translationOf (copied into
  // content/ it must build as it is); it leads with an image, and a story cannot lead with a video
  // too (its own example is under Video); live coverage has its own example (the next test).
  const fields = Object.keys(storySchema.shape).filter(
    (field) => !['edition', 'translationOf', 'leadVideo', 'live'].includes(field),
  );
  expect(Object.keys(story).sort()).toEqual(fields.sort());
});

test('the live coverage examples in docs/content.md are a valid live story and a valid update file', () => {
  const docs = readFileSync(path.resolve('docs', 'content.md'), 'utf8');
  const section = docs.slice(docs.indexOf('### Live coverage'), docs.indexOf('## Body blocks'));
  const [live, update] = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => match[1]!);
  const minimal = {
    version: 1,
    slug: 'docs-live',
    headline: 'Live',
    section: 'world',
    published: '2026-11-28T05:40:00Z',
  };
  const story = storySchema.safeParse({
    ...minimal,
    body: [{ type: 'paragraph', text: 'Text.' }],
    ...JSON.parse(`{${live}}`),
  });
  expect(story.error?.issues ?? []).toEqual([]);
  expect(story.data!.live!.updates.some((u) => u.id === story.data!.live!.pinned)).toBe(true);
  const parsed = liveUpdateSchema.safeParse(JSON.parse(update!));
  expect(parsed.error?.issues ?? []).toEqual([]);
});
