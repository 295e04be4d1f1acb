import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { issueMessage } from '../../pipeline/check/issueMessages.ts';
import { fromZodIssues, jsonPath } from '../../pipeline/check/problems.ts';
import type { Block } from '../../src/data/schema';
import { storyPageOf } from '../support/documents';
import { isSafeHref } from '../../src/data/safeValues';
import { storySchema } from '../../src/data/schema';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderDocument } from '../../src/entry-server';
import { testAssets } from '../support/pageAssets';
import { site } from '../../src/site/config';
import { Body } from '../../src/story/Body';

/**
 * Properties of the story format over stories fast-check makes up: every valid story renders and
 * survives a trip through JSON, and every story broken in one spot is refused, with a problem
 * that points at that spot.
 */

const BLOCK_TYPES = ['paragraph', 'heading', 'pullquote', 'blockquote', 'figure', 'list'];

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</script><!--',
  '\u2028\u2029',
  'jav&#x61;script:',
  "$` $' $&",
];

/**
 * Any Unicode text but control characters, which an HTML parser drops (NUL) or rewrites (CR), so
 * the page could not show them as written.
 */
const anyText = (maxLength: number) =>
  fc.string({ unit: 'binary', maxLength }).map((value) => value.replace(/(?![\t\n\x80-\x9f])\p{Cc}/gu, ''));

/** Any text, hostile included, that is not blank (the schema trims and refuses empty text). */
const text = (max: number) =>
  fc
    .oneof(anyText(40), fc.constantFrom(...PAYLOADS))
    .filter((value) => value.trim().length > 0 && value.trim().length <= max);

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));

// An address may start with "//", which a URL parser takes for a host: not a link anyone writes.
const href = fc
  .oneof(
    fc.webUrl({ validSchemes: ['http', 'https'] }),
    fc.emailAddress().map((address) => `mailto:${address}`),
  )
  .filter(isSafeHref);

const { inline } = fc.letrec<{ inline: unknown; styled: unknown; link: unknown }>((tie) => ({
  inline: fc.oneof({ depthSize: 'small', withCrossShrink: true }, anyText(20), tie('styled'), tie('link')),
  styled: fc.record({
    type: fc.constantFrom('em', 'strong'),
    children: fc.array(tie('inline'), { minLength: 1, maxLength: 3 }),
  }),
  link: fc.record({
    type: fc.constant('link'),
    href,
    children: fc.array(tie('inline'), { minLength: 1, maxLength: 3 }),
  }),
}));

const richText = fc.oneof(text(10_000), fc.array(inline, { minLength: 1, maxLength: 4 }));

const image = fc.record(
  {
    src: fc.oneof(fc.stringMatching(/^\/images\/[a-z0-9-]{1,12}\.(jpg|png)$/), fc.webUrl({ validSchemes: ['https'] })),
    alt: fc.string({ maxLength: 40 }),
    width: fc.integer({ min: 1, max: 10_000 }),
    height: fc.integer({ min: 1, max: 10_000 }),
    caption: richText,
    credit: text(200),
  },
  { requiredKeys: ['src', 'alt', 'width', 'height'] },
);

const attribution = { attribution: text(200) };
const block = fc.oneof(
  fc.record({ type: fc.constant('paragraph'), text: richText }),
  fc.record({ type: fc.constant('heading'), text: text(200) }),
  fc.record({ type: fc.constant('pullquote'), text: text(500), ...attribution }, { requiredKeys: ['type', 'text'] }),
  fc.record({ type: fc.constant('blockquote'), text: richText, ...attribution }, { requiredKeys: ['type', 'text'] }),
  fc.record({ type: fc.constant('figure'), image }),
  fc.record(
    {
      type: fc.constant('list'),
      style: fc.constantFrom('bulleted', 'numbered'),
      items: fc.array(richText, { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['type', 'items'] },
  ),
);

const MIN_TIME = Date.parse('2000-01-01T00:00:00Z');
const MAX_TIME = Date.parse('2030-01-01T00:00:00Z');
const isoTime = (time: number) => new Date(time).toISOString();

const story = fc
  .record(
    {
      version: fc.constant(1),
      slug,
      kicker: text(60),
      breaking: fc.boolean(),
      headline: text(200),
      standfirst: text(600),
      section: fc.constantFrom(...site.sections.map((section) => section.slug)),
      tags: fc.uniqueArray(slug, { maxLength: 5 }),
      authors: fc.uniqueArray(fc.record({ name: text(120), url: href }, { requiredKeys: ['name'] }), {
        maxLength: 3,
        selector: (author) => author.name,
      }),
      published: fc.integer({ min: MIN_TIME, max: MAX_TIME }),
      updatedAfter: fc.option(fc.integer({ min: 0, max: 30 * 86_400_000 }), { nil: undefined }),
      image,
      body: fc.array(block, { minLength: 1, maxLength: 8 }),
      related: fc.array(slug, { maxLength: 3 }),
      comments: fc.oneof(
        fc.nat(),
        fc.array(
          fc.record({
            author: text(120),
            posted: fc.integer({ min: MIN_TIME, max: MAX_TIME }).map(isoTime),
            text: text(5_000),
          }),
          { maxLength: 3 },
        ),
      ),
    },
    { requiredKeys: ['version', 'slug', 'headline', 'section', 'published', 'body'] },
  )
  .map(({ published, updatedAfter, ...rest }) => ({
    ...rest,
    published: isoTime(published),
    ...(updatedAfter !== undefined && { updated: isoTime(published + updatedAfter) }),
  }));

describe('every valid story', () => {
  test('fits the schema and survives a trip through JSON unchanged', () => {
    fc.assert(
      fc.property(story, (input) => {
        const parsed = storySchema.parse(input);
        expect(storySchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 200 },
    );
  });

  test('has a body that renders every block', () => {
    fc.assert(
      fc.property(story, (input) => {
        const { body } = storySchema.parse(input);
        const html = renderToStaticMarkup(<Body blocks={body} />);
        const count = (type: Block['type']) => body.filter((block) => block.type === type).length;
        expect(html.match(/<p id="p-\d+"/g) ?? []).toHaveLength(count('paragraph'));
        expect(html.match(/<h2 /g) ?? []).toHaveLength(count('heading'));
        expect(html.match(/<blockquote/g) ?? []).toHaveLength(count('pullquote') + count('blockquote'));
        expect(html.match(/<(ul|ol) class="body-list"/g) ?? []).toHaveLength(count('list'));
      }),
      { numRuns: 150 },
    );
  });

  // The whole page costs a tenth of a second to render and parse, so fewer runs.
  test('renders as a whole page with its headline and every paragraph', { timeout: 30_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(story, async (input) => {
        const page = storyPageOf(input);
        const html = await renderDocument({ kind: 'story', page }, testAssets);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        expect(doc.querySelector('h1')!.textContent).toBe(page.story.headline);
        const paragraphs = page.story.body.filter((block) => block.type === 'paragraph').length;
        expect(doc.querySelectorAll('.story-body p[id^="p-"]')).toHaveLength(paragraphs);
        expect(doc.querySelector('[role="alert"]')).toBeNull();
      }),
      { numRuns: 25 },
    );
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in a document, with its path, depth first. */
function* places(value: Json, path: Path = []): Generator<{ path: Path; value: Json }> {
  yield { path, value };
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* places(item, [...path, i]);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* places(item, [...path, key]);
}

function setAt(document: Json, path: Path, value: Json): Json {
  const copy = structuredClone(document);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path.at(-1)!] = value;
  return copy;
}

interface Mutation {
  document: Json;
  /** Where a publisher should be sent to fix it. */
  at: Path;
}

const last = (path: Path) => path.at(-1);

/** One way to break a valid story in one spot, and the spot. */
const mutations: ((document: Json) => fc.Arbitrary<Mutation> | null)[] = [
  // A value of the wrong JSON type anywhere.
  (document) => {
    const leaves = [...places(document)].filter(({ value }) => value === null || typeof value !== 'object');
    return fc.constantFrom(...leaves).chain(({ path, value }) => {
      const wrong =
        typeof value === 'string'
          ? fc.oneof(fc.integer(), fc.boolean(), fc.constant(null))
          : fc.oneof(fc.string(), fc.constant(null));
      return wrong.map((bad) => ({ document: setAt(document, path, bad), at: path }));
    });
  },
  // A block type no component renders.
  (document) =>
    fc
      .record({
        i: fc.nat((document as { body: Json[] }).body.length - 1),
        type: fc.string({ minLength: 1 }).filter((type) => !BLOCK_TYPES.includes(type)),
      })
      .map(({ i, type }) => ({
        document: setAt(document, ['body', i, 'type'], type),
        at: ['body', i, 'type'],
      })),
  // A slug that would be unsafe, or merely wrong, in an address.
  (document) => {
    const slugs = [...places(document)].filter(
      ({ path }) => ['slug', 'section'].includes(String(path[0])) || (path[0] === 'related' && path.length === 2),
    );
    const bad = fc.constantFrom(
      '../etc/passwd',
      'a/b',
      'has space',
      'Upper',
      'double--hyphen',
      '-lead',
      'trail-',
      '',
      'x'.repeat(121),
    );
    return fc
      .record({ place: fc.constantFrom(...slugs), bad })
      .map(({ place, bad }) => ({ document: setAt(document, place.path, bad), at: place.path }));
  },
  // A tag in any script is fine, but one with no letter or digit names no topic page.
  (document) =>
    fc.constantFrom('', '…', '../', '--', ' ', 'x'.repeat(61)).map((bad) => ({
      document: { ...(document as Record<string, Json>), tags: [bad] },
      at: ['tags', 0],
    })),
  // An address a reader must never be sent to or shown.
  (document) => {
    const links = [...places(document)].filter(
      ({ path }) => last(path) === 'href' || (last(path) === 'url' && path[0] === 'authors'),
    );
    const images = [...places(document)].filter(({ path }) => last(path) === 'src');
    const unsafeHref = fc.constantFrom(
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '/relative',
      '//evil.example/',
    );
    const unsafeSrc = fc.constantFrom(
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'http://insecure.example/a.jpg',
      '/images/../secret.jpg',
      '//evil.example/a.jpg',
    );
    const choices = [
      ...(links.length > 0 ? [fc.record({ place: fc.constantFrom(...links), bad: unsafeHref })] : []),
      ...(images.length > 0 ? [fc.record({ place: fc.constantFrom(...images), bad: unsafeSrc })] : []),
    ];
    if (choices.length === 0) return null;
    return fc
      .oneof(...choices)
      .map(({ place, bad }) => ({ document: setAt(document, place.path, bad), at: place.path }));
  },
  // A field the format does not have: a misspelling must never be ignored.
  (document) => {
    const objects = [...places(document)].filter(
      ({ value }) => value !== null && typeof value === 'object' && !Array.isArray(value),
    );
    return fc
      .record({ place: fc.constantFrom(...objects), key: fc.stringMatching(/^x[a-z]{0,8}$/) })
      .map(({ place, key }) => ({
        document: setAt(document, [...place.path, key], 'surplus'),
        at: [...place.path, key],
      }));
  },
];

const brokenStory = story.chain((input) => {
  const document = JSON.parse(JSON.stringify(storySchema.parse(input))) as Json;
  return fc.oneof(...mutations.map((mutate) => mutate(document)).filter((mutation) => mutation !== null));
});

describe('every story broken in one spot', () => {
  test('is refused, with a problem at that spot', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(brokenStory, ({ document, at }) => {
        const result = storySchema.safeParse(document, { error: issueMessage });
        expect(result.success).toBe(false);
        const problems = fromZodIssues('story.json', result.error!.issues);
        expect(problems.every((problem) => problem.message.length > 0)).toBe(true);
        expect(at.length).toBeGreaterThan(0);
        expect(problems.map((problem) => problem.path)).toContain(jsonPath(at));
      }),
      { numRuns: 200 },
    );
  });
});
