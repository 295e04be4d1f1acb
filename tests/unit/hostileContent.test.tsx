import path from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { dataDocument } from '../../pipeline/check/dataDocument.ts';
import { readContent } from '../../pipeline/check/readContent.ts';
import { readPageData } from '../../src/app/pageData';
import { listPageQuery, storyPageQuery } from '../../src/data/queries';
import { SAFE_LINK_PROTOCOLS } from '../../src/data/safeValues';
import { DOCUMENT_FORMAT, type ListPage, type StoryPage } from '../../src/data/documents';
import { themeScript } from '../../src/app/themeScript';
import { renderDocument } from '../../src/entry-server';
import { appLoader } from '../../src/site/documentHtml';
import { storyDataPath } from '../../src/site/paths';
import { loadMediaBlocks } from '../../src/story/lazyMediaBlocks';
import { loadTextBlocks } from '../../src/story/lazyTextBlocks';
import { testAssets } from '../support/pageAssets';
import { site } from '../../src/site/config';
import { createTestQueryClient, renderWithRouter, serveContent, stubFetch } from '../support/renderWithRouter';

/**
 * Hostile content: tests/fixtures/hostile-content holds one valid story per family of
 * cross-site-scripting payload, with the payload in every string field (its headline is the
 * payload). Whatever the payload, the reader sees it as text and nothing from it becomes markup.
 */
const hostile = readContent(path.resolve('tests/fixtures/hostile-content'));
const storyPage = (slug: string) => dataDocument(hostile, `data/stories/${slug}.json`) as StoryPage;
const summaries = hostile.index.entries.map((entry) => entry.summary);
const slugs = summaries.map((summary) => summary.slug);

/** Elements no story text may ever turn into (the page's own SVG icons are checked by structure below). */
const FOREIGN = 'script, iframe, frame, object, embed, math, style, base, meta, link, form, template';

const payloads = new Set(summaries.map((summary) => summary.headline));

/** The same data with every payload replaced by plain words: the page it makes is the control. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_, field: unknown) =>
    typeof field === 'string' && payloads.has(field) ? 'Plain words' : field,
  ) as T;
}

/** The page's elements, in order: payloads that became markup would add to these. */
const structure = (root: ParentNode): string[] => [...root.querySelectorAll('*')].map((element) => element.localName);

function eventAttributes(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    element
      .getAttributeNames()
      .filter((name) => /^on/i.test(name) || ['srcdoc', 'formaction', 'xlink:href'].includes(name.toLowerCase()))
      .map((name) => `<${element.localName} ${name}>`),
  );
}

const protocol = (url: string): string => new URL(url, 'http://localhost/').protocol;

/** Every link and image address on the page, that is not one a reader may be sent to or shown. */
function unsafeUrls(root: ParentNode): string[] {
  const hrefs = [...root.querySelectorAll('[href]')].map((element) => element.getAttribute('href')!);
  const srcs = [...root.querySelectorAll('[src], [srcset]')].flatMap((element) => [
    ...(element.hasAttribute('src') ? [element.getAttribute('src')!] : []),
    ...(element.getAttribute('srcset') ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0]!)
      .filter(Boolean),
  ]);
  return [
    ...hrefs.filter((href) => !(SAFE_LINK_PROTOCOLS as readonly string[]).includes(protocol(href))),
    ...srcs.filter((src) => !(/^\/(?!\/)/.test(src) || protocol(src) === 'https:')),
  ];
}

function expectNothingInjected(root: ParentNode) {
  expect([...root.querySelectorAll(FOREIGN)].map((element) => element.outerHTML)).toEqual([]);
  expect(eventAttributes(root)).toEqual([]);
  expect(unsafeUrls(root)).toEqual([]);
  expect((window as { xssFired?: unknown }).xssFired).toBeUndefined();
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/**
 * Kicker, headline, standfirst, author, 2 paragraphs (6 pieces), heading, pull quote and block quote with attributions, 2 captions and credits, 2 list items, a comment's author and text;
 * then the author's role and location, a rich sub-heading (3 pieces), a paragraph with a line break (2), an external related link's title and a standfirst link's,
 * a table's caption (2) and cells (4), a box's title, heading, paragraph (2) and list item, a correction (2) and the rating's item;
 * then a video's title, caption and credit, a clip's title and credit, two embeds' titles, texts and authors, a gallery's title
 * and its 2 images' captions and credits, and a wide figure's caption and credit.
 */
const VISIBLE_FIELDS = 66;

// The blocks' chunks load once, before the first story: their first load is slow to transform, not to render.
beforeAll(() => Promise.all([loadTextBlocks(), loadMediaBlocks()]), 30_000);

beforeEach(() => {
  vi.spyOn(window, 'alert').mockImplementation(() => {});
});

afterEach(() => {
  expect(window.alert).not.toHaveBeenCalled();
});

/** The page's structure once the controls that need JavaScript work, after hydration. */
async function settledStructure(): Promise<string[]> {
  await screen.findAllByRole('button', { name: /^Copy link/ });
  await waitFor(() => expect(document.querySelector('.share-actions:not([data-ready])')).toBeNull());
  return structure(document.body);
}

describe('a hostile but valid story shows every payload as text', () => {
  test('the fixture holds one story per payload family', () => {
    expect(hostile.problems).toEqual([]);
    expect(slugs.length).toBeGreaterThanOrEqual(15);
  });

  test.each(slugs)('%s', async (slug) => {
    // Years on, so neither page shows a relative time ("published 2 hours ago") that could arrive
    // in one and not yet in the other: it says nothing about the content.
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2040-01-01T00:00:00Z'));
    const { story } = storyPage(slug);
    const payload = story.headline;
    stubFetch(serveContent(hostile));
    renderWithRouter(`/stories/${slug}/`);

    const headline = await screen.findByRole('heading', { level: 1 });
    expect(headline.textContent).toBe(payload);
    // A live story's updates are articles of their own, inside the story's.
    const article = screen.getAllByRole('article')[0]!;
    expect(occurrences(article.textContent!, payload)).toBeGreaterThanOrEqual(VISIBLE_FIELDS);
    // The lead image and the figure; the related-link card's thumbnail is decorative, its headline beside it;
    // then an embed's still, the gallery's two pictures and the wide figure.
    expect([...article.querySelectorAll('img')].map((img) => img.getAttribute('alt'))).toEqual([
      payload,
      payload,
      '',
      payload,
      payload,
      payload,
      payload,
    ]);
    // A video's caption track is labelled with the payload, as an attribute, never markup.
    expect([...article.querySelectorAll('track')].map((track) => track.label)).toEqual([payload]);
    // An author with a staff profile (the fixture's site.json has one) is linked to their page, not their own URL.
    const profiled = story.authors.some((author) => author.page !== undefined);
    expect([...article.querySelectorAll('a[href^="https://example.com/"]')].map((link) => link.textContent)).toEqual(
      profiled ? [payload] : [payload, payload],
    );
    if (profiled) {
      expect(article.querySelector('.byline a[href^="/authors/"]')?.textContent).toBe(payload);
    }
    expectNothingInjected(document.body);

    const hostileStructure = await settledStructure();
    cleanup();
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(storyPageQuery(slug).queryKey, plain(storyPage(slug)));
    renderWithRouter(`/stories/${slug}/`, queryClient);
    expect(await screen.findByRole('heading', { level: 1, name: 'Plain words' })).toBeInTheDocument();
    expect(hostileStructure).toEqual(await settledStructure());
  });

  test('the front page lists them all by their payload headlines', async () => {
    stubFetch(serveContent(hostile));
    renderWithRouter('/');
    await screen.findByRole('heading', { level: 1 });
    const links = screen.getAllByRole('link').map((link) => link.textContent);
    for (const slug of slugs) expect(links).toContain(storyPage(slug).story.headline);
    expectNothingInjected(document.body);
  });
});

describe('the pre-rendered page of a hostile story', () => {
  test.each(slugs)('%s: no payload escapes its text or its embedded JSON', async (slug) => {
    const page = storyPage(slug);
    const payload = page.story.headline;
    const html = await renderDocument({ kind: 'story', page }, testAssets);
    const doc = new DOMParser().parseFromString(html, 'text/html');

    const kind = (script: HTMLScriptElement) =>
      script.id ||
      script.type ||
      (script.text === themeScript
        ? 'theme'
        : script.text === appLoader(testAssets.entry, testAssets.stylesheets)
          ? 'loader'
          : 'unknown');
    expect([...doc.scripts].map(kind)).toEqual(['theme', 'application/ld+json', 'page-data', 'loader']);
    expect(doc.querySelector('base, meta[http-equiv]')).toBeNull();
    expect(eventAttributes(doc)).toEqual([]);
    const control = new DOMParser().parseFromString(
      await renderDocument({ kind: 'story', page: plain(page) }, testAssets),
      'text/html',
    );
    expect(structure(doc)).toEqual(structure(control));
    expect(doc.querySelector('title')!.textContent).toBe(`${payload} | ${site.name}`);
    expect(doc.querySelector('h1')!.textContent).toBe(payload);

    // The page data names the story's document instead of carrying it; the JSON-LD reads back as
    // the very same strings.
    const data = readPageData(doc)!;
    expect(data.query.queries[0]!.meta?.documentPath).toBe(storyDataPath(slug));
    expect(data.query.queries[0]!.state.data).toBeUndefined();
    const jsonLd = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd.headline).toBe(payload);
  });
});

describe('unsafe addresses that bypass validation are defused when rendered', () => {
  const UNSAFE_HREFS = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'jav&#x61;script:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
  ];
  const UNSAFE_SRCS = [
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'http://insecure.example/a.jpg',
    '//evil.example/a.jpg',
    '/images/../secret.jpg',
    '/images/a.jpg" onerror="alert(1)',
    'x onerror=alert(1)',
  ];

  /** A page as it would arrive if it skipped the schema: straight into the query cache. */
  function renderUnvalidated(url: string, fill: (queryClient: ReturnType<typeof createTestQueryClient>) => void) {
    const fetch = stubFetch();
    const queryClient = createTestQueryClient();
    fill(queryClient);
    renderWithRouter(url, queryClient);
    return fetch;
  }

  test('links, author links and images on the story page', async () => {
    const page = storyPage(slugs[0]!);
    const image = page.story.image!;
    const story = {
      ...page.story,
      headline: 'Unsafe addresses',
      authors: [
        ...UNSAFE_HREFS.map((url, i) => ({ name: `Author ${i}`, url })),
        { name: 'Safe author', url: 'https://example.com/safe' },
      ],
      image: { ...image, src: UNSAFE_SRCS[0]!, caption: 'Lead caption' },
      body: [
        {
          type: 'paragraph' as const,
          text: [
            ...UNSAFE_HREFS.map((href, i) => ({ type: 'link' as const, href, children: [`link ${i}`] })),
            { type: 'link' as const, href: 'mailto:desk@example.com', children: ['safe link'] },
          ],
        },
        ...UNSAFE_SRCS.map((src, i) => ({
          type: 'figure' as const,
          image: { ...image, src, alt: `figure ${i}`, caption: `caption ${i}` },
        })),
      ],
    };
    const fetch = renderUnvalidated(`/stories/${story.slug}/`, (queryClient) =>
      queryClient.setQueryData(storyPageQuery(story.slug).queryKey, { ...page, story }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Unsafe addresses' })).toBeInTheDocument();
    for (const [i] of UNSAFE_HREFS.entries())
      expect(screen.getByText(`link ${i}`).closest('a'), `link ${i}`).toBeNull();
    expect(screen.getByRole('link', { name: 'safe link' })).toHaveAttribute('href', 'mailto:desk@example.com');
    const byline = screen.getByRole('link', { name: 'Safe author' }).closest('p')!;
    expect(byline).toHaveTextContent(`By ${UNSAFE_HREFS.map((_, i) => `Author ${i}`).join(', ')} and Safe author`);
    expect(
      within(byline)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['https://example.com/safe']);
    UNSAFE_SRCS.forEach((_, i) => {
      expect(screen.getByText(`caption ${i}`)).toBeInTheDocument();
      expect(screen.queryByAltText(`figure ${i}`), `figure ${i}`).toBeNull();
    });
    expect(screen.getByText('Lead caption')).toBeInTheDocument();
    expect(screen.queryAllByRole('img')).toEqual([]);
    expectNothingInjected(document.body);
    // Nothing is requested from the story's values: the one request is the app's own share icons.
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([`${import.meta.env.BASE_URL}share-icons.svg`]);
  });

  test('story card images on a list page', async () => {
    const list: ListPage = {
      format: DOCUMENT_FORMAT,
      edition: '',
      section: null,
      page: 1,
      pageCount: 1,
      lead: { ...summaries[0]!, headline: 'Lead card', image: { src: UNSAFE_SRCS[1]!, alt: '', width: 4, height: 3 } },
      stories: UNSAFE_SRCS.map((src, i) => ({
        ...summaries[i + 1]!,
        headline: `Card ${i}`,
        image: { src, alt: '', width: 4, height: 3 },
      })),
    };
    renderUnvalidated('/', (queryClient) => queryClient.setQueryData(listPageQuery(null, 1).queryKey, list));

    expect(await screen.findByRole('link', { name: 'Lead card' })).toBeInTheDocument();
    for (const [i] of UNSAFE_SRCS.entries())
      expect(screen.getByRole('link', { name: `Card ${i}` })).toBeInTheDocument();
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expectNothingInjected(document.body);
  });
});

describe('a hostile live story', () => {
  test('shows every field of its key points, pinned post, key events and updates as text', async () => {
    const slug = 'hostile-live-coverage';
    const { story } = storyPage(slug);
    const payload = story.headline;
    stubFetch(serveContent(hostile));
    renderWithRouter(`/stories/${slug}/`);
    await screen.findByRole('heading', { name: 'Key points' });
    const live = document.querySelector('.liveblog')!;
    // In the fixture: 3 in the key points; the pinned post's title and 9 in its blocks; 2 key events;
    // the first update's title, author and 7 in its blocks; the second update's paragraph.
    expect(occurrences(live.textContent!, payload)).toBeGreaterThanOrEqual(25);
    expect([...live.querySelectorAll('.live-update a[href^="https://example.org/"]')]).toHaveLength(2);
    expectNothingInjected(document.body);
  });
});
