import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Content, readContent } from '../../pipeline/check/readContent.ts';
import type { OutputWriter } from '../../pipeline/output/job.ts';
import { siteJobs } from '../../pipeline/siteJobs.ts';
import type { Block, Story } from '../../src/data/schema.ts';
import { plainText } from '../../src/data/storyText.ts';
import { absoluteUrl, storyPath } from '../../src/site/paths.ts';
import { testAssets } from '../support/pageAssets.ts';

/**
 * Every feed item carries its story's whole content (RSS `content:encoded`, JSON Feed
 * `content_html`), or its update's in a live story's feed. The feeds are the ones the build's feed
 * jobs write, read back as a feed reader would: the XML parsed, the HTML inside it parsed again.
 */
async function writtenFeeds(content: Content): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const out: OutputWriter = {
    dir: '/nowhere',
    file: (sitePath, data) => files.set(sitePath, String(data)),
    link: () => {
      throw new Error('a feed links no file');
    },
    record: () => {
      throw new Error('a feed records no file');
    },
  };
  const inputs = {
    content,
    clientDir: '/nowhere',
    serviceWorker: '',
    assets: testAssets,
    hashes: { styles: [], scripts: [] },
    imagesDir: '/nowhere',
    images: new Map<string, string>(),
  };
  for (const job of siteJobs(inputs)) {
    if (job.id.startsWith('feed:') || job.id.startsWith('live-feed:')) await job.write!(out);
  }
  return files;
}

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';

interface Item {
  link: string;
  title: string;
  html: string;
}

/** An RSS feed's items, parsed as XML (a parse error fails the test). */
function rssItems(xml: string): Item[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull();
  return [...doc.querySelectorAll('item')].map((item) => ({
    link: item.querySelector('link')!.textContent!,
    title: item.querySelector('title')!.textContent!,
    html: item.getElementsByTagNameNS(CONTENT_NS, 'encoded')[0]?.textContent ?? '',
  }));
}

function jsonItems(json: string): Item[] {
  return (JSON.parse(json) as { items: { url: string; title: string; content_html?: string }[] }).items.map((item) => ({
    link: item.url,
    title: item.title,
    html: item.content_html ?? '',
  }));
}

const html = (text: string): Document => new DOMParser().parseFromString(text, 'text/html');

/** The item for `link` in both formats of a feed: they carry the same content, which is returned parsed. */
function itemContent(feeds: Map<string, string>, folder: string, link: string): Document {
  const rss = rssItems(feeds.get(`${folder}feed.xml`)!).find((item) => item.link === link);
  const json = jsonItems(feeds.get(`${folder}feed.json`)!).find((item) => item.link === link);
  expect(rss, `${link} in ${folder}feed.xml`).toBeDefined();
  expect(json?.html).toBe(rss!.html);
  return html(rss!.html);
}

/** What no feed content may hold: active elements, players, frames, inline styles, event handlers. */
function activeMarkup(doc: Document): string[] {
  const elements = [
    ...doc.querySelectorAll('script, iframe, frame, object, embed, video, audio, style, link, meta, base, form, math'),
  ].map((element) => `<${element.localName}>`);
  const attributes = [...doc.querySelectorAll('*')].flatMap((element) =>
    element
      .getAttributeNames()
      .filter((name) => /^on/i.test(name) || ['style', 'srcdoc', 'formaction', 'xlink:href'].includes(name))
      .map((name) => `<${element.localName} ${name}>`),
  );
  return [...elements, ...attributes];
}

/** Links and images that are not absolute addresses a reader may follow or load. */
function relativeOrUnsafe(doc: Document): string[] {
  const urls = [
    ...[...doc.querySelectorAll('[href]')].map((element) => element.getAttribute('href')!),
    ...[...doc.querySelectorAll('[src]')].map((element) => element.getAttribute('src')!),
  ];
  return urls.filter((url) => {
    try {
      return !['https:', 'mailto:'].includes(new URL(url).protocol);
    } catch {
      return true;
    }
  });
}

/** A sample story as its file gives it: what the feed is expected to show. */
const storyFile = (slug: string): Story =>
  JSON.parse(readFileSync(path.join('content', 'stories', `${slug}.json`), 'utf8')) as Story;

const textOf = (block: Block): string => ('text' in block && block.text !== undefined ? plainText(block.text) : '');

const sample = readContent();
const feeds = await writtenFeeds(sample);

describe('the feeds of the sample stories', () => {
  const slug = 'marrow-bay-first-winter-of-retreat';
  const link = absoluteUrl(storyPath(slug));
  const story = storyFile(slug);

  test('carry the whole story, with every block in the order the page shows it', () => {
    const doc = itemContent(feeds, '', link);
    const text = doc.body.textContent!;
    const paragraphs = story.body.filter((block) => block.type === 'paragraph').map(textOf);
    expect(paragraphs.length).toBeGreaterThan(5);
    let at = text.indexOf(story.standfirst!);
    expect(at).toBeGreaterThanOrEqual(0);
    for (const paragraph of paragraphs) {
      const next = text.indexOf(paragraph, at);
      expect(next, paragraph).toBeGreaterThan(at);
      at = next;
    }
    // The section feed and the topic feeds carry the same content.
    expect(itemContent(feeds, 'sections/world/', link).body.innerHTML).toBe(doc.body.innerHTML);
    expect(itemContent(feeds, 'topics/marrow-bay/', link).body.innerHTML).toBe(doc.body.innerHTML);
  });

  test('a table as a table, cell by cell', () => {
    const doc = itemContent(feeds, '', link);
    const table = story.body.find((block) => block.type === 'table')!;
    const cells = [...doc.querySelectorAll('table tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
    );
    expect(cells).toEqual(table.rows);
    expect(doc.querySelector('table caption')!.textContent).toBe(table.caption);
  });

  test('embeds as their own copy and a link to the original, never a frame or a script', () => {
    const doc = itemContent(feeds, '', link);
    const embeds = story.body.filter((block) => block.type === 'embed');
    expect(embeds.map((embed) => embed.provider)).toEqual(['youtube', 'interactive', 'mastodon']);
    for (const embed of embeds) {
      const links = [...doc.querySelectorAll(`a[href="${embed.url}"]`)];
      expect(links, embed.url).toHaveLength(1);
      expect(doc.body.textContent).toContain(embed.title ?? embed.text);
    }
    expect(doc.querySelector(`a[href="${embeds[0]!.url}"]`)!.textContent).toBe('View on YouTube');
    expect(doc.querySelector(`a[href="${embeds[1]!.url}"]`)!.textContent).toBe('Open the interactive graphic');
    expect(activeMarkup(doc)).toEqual([]);
  });

  test('images at absolute addresses with their alt text and size; video and audio as links to their files', () => {
    const doc = itemContent(feeds, '', link);
    const images = [...doc.querySelectorAll('img')];
    const site = absoluteUrl('/');
    expect(site).toMatch(/^https:\/\//);
    for (const img of images) {
      expect(img.getAttribute('src')).toMatch(new RegExp(`^${site}images/.+\\.jpg$`));
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    }
    const alts = images.map((img) => img.getAttribute('alt'));
    const figures = story.body.flatMap((block) =>
      block.type === 'figure' ? [block.image] : block.type === 'gallery' ? block.images : [],
    );
    for (const image of figures) expect(alts).toContain(image.alt);
    // The lead video and the one in the body: each its poster, linked to its file.
    const videos = [story.leadVideo!, ...story.body.filter((block) => block.type === 'video')];
    for (const video of videos) {
      const poster = images.find((img) => img.alt === video.title)!;
      expect(poster.closest('a')!.getAttribute('href')).toBe(absoluteUrl(video.sources[0]!.src));
    }
    const audio = story.body.find((block) => block.type === 'audio')!;
    expect(doc.querySelector(`a[href="${absoluteUrl(audio.sources[0]!.src)}"]`)!.textContent).toBe(audio.title);
    expect(relativeOrUnsafe(doc)).toEqual([]);
  });

  test('boxes, related links, the rating and corrections of a review', () => {
    const review = storyFile('flood-year-harbour-playhouse-review');
    const doc = itemContent(feeds, '', absoluteUrl(storyPath(review.slug)));
    const boxes = review.body.filter((block) => block.type === 'aside');
    expect([...doc.querySelectorAll('section > h2')].map((h2) => h2.textContent)).toEqual([
      ...boxes.map((box) => box.title),
      'Correction',
    ]);
    // A related story by its own headline, at its absolute address; an external page by its title.
    const related = storyFile('marrow-bay-votes-managed-retreat');
    const toStory = [...doc.querySelectorAll(`a[href="${absoluteUrl(storyPath(related.slug))}"]`)];
    expect(toStory.map((a) => a.textContent)).toEqual([related.headline, related.headline]);
    const external = review.body.flatMap((block) => (block.type === 'related-link' && block.url ? [block] : []))[0]!;
    const toPage = [...doc.querySelectorAll(`a[href="${external.url}"]`)].map((a) => a.textContent);
    expect(toPage).toEqual([review.standfirstLinks[1]!.title, external.title]);
    expect(doc.body.textContent).toContain(review.rating!.item);
    // The corrections come last.
    const last = doc.body.firstElementChild!.lastElementChild!;
    expect(last.textContent).toContain(plainText(review.corrections[0]!.text));
    expect(relativeOrUnsafe(doc)).toEqual([]);
    expect(activeMarkup(doc)).toEqual([]);
  });

  test("a live story's feed carries each update's content", () => {
    const slug = 'storm-oriel-corran-valley-live';
    const story = sample.published(slug);
    const updates = story.live!.updates;
    const rss = rssItems(feeds.get(`stories/${slug}/feed.xml`)!);
    const json = jsonItems(feeds.get(`stories/${slug}/feed.json`)!);
    expect(rss).toHaveLength(updates.length);
    for (const update of updates) {
      const link = `${absoluteUrl(storyPath(slug))}#update-${update.id}`;
      const item = rss.find((candidate) => candidate.link === link)!;
      expect(json.find((candidate) => candidate.link === link)!.html).toBe(item.html);
      const doc = html(item.html);
      for (const block of update.body) expect(doc.body.textContent).toContain(textOf(block));
      expect(activeMarkup(doc)).toEqual([]);
      expect(relativeOrUnsafe(doc)).toEqual([]);
    }
    expect(new Set(rss.map((item) => item.html)).size).toBe(updates.length);
  });
});

const hostile = readContent(path.resolve('tests/fixtures/hostile-content'));
const hostileFeeds = await writtenFeeds(hostile);
const payloads = new Set(hostile.index.entries.map((entry) => entry.summary.headline));
const plain = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value), (_, field: unknown) =>
    typeof field === 'string' && payloads.has(field) ? 'Plain words' : field,
  ) as T;
const control = await writtenFeeds({
  ...hostile,
  facts: new Map([...hostile.facts].map(([slug, facts]) => [slug, plain(facts)])),
});

describe('the feeds of hostile stories', () => {
  const structure = (doc: Document) => [...doc.body.querySelectorAll('*')].map((element) => element.localName);
  const slugs = hostile.index.entries.map((entry) => entry.summary.slug);

  test.each(slugs)('%s: every payload is text, never markup', (slug) => {
    const entry = hostile.index.entries.find((candidate) => candidate.summary.slug === slug)!;
    const payload = entry.summary.headline;
    const link = absoluteUrl(storyPath(slug));
    const rss = rssItems(hostileFeeds.get('feed.xml')!).find((item) => item.link === link)!;
    expect(rss.title).toBe(payload);
    const doc = itemContent(hostileFeeds, '', link);
    // Its standfirst, paragraphs, captions, cells, boxes, media titles, embeds' copy, corrections…
    expect(doc.body.textContent!.split(payload).length - 1).toBeGreaterThanOrEqual(40);
    expect(activeMarkup(doc)).toEqual([]);
    expect(relativeOrUnsafe(doc)).toEqual([]);
    expect(structure(doc)).toEqual(structure(itemContent(control, '', link)));
  });
});
