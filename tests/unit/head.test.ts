import { describe, expect, test } from 'vitest';
import { storySchema, type Story } from '../../src/data/schema';
import { site } from '../../src/site/config';
import { headTags, listHead, messageHead, storyHead, type HeadTag } from '../../src/site/head';
import { listPageOf } from '../support/documents';

const story: Story = storySchema.parse({
  version: 1,
  slug: 'troops-iraq',
  kicker: 'Breaking News',
  breaking: true,
  headline: 'Troops are not withdrawing',
  standfirst: 'The Pentagon says a letter was a mistake.',
  section: 'world',
  tags: ['iraq', 'us-military'],
  authors: [{ name: 'Ana Reyes', url: 'https://example.com/ana' }],
  published: '2026-11-24T18:42:00+00:00',
  updated: '2026-11-24T20:00:00+00:00',
  image: { src: '/images/iraq-letter.jpg', alt: 'A letter', width: 1600, height: 900 },
  body: [{ type: 'paragraph', text: 'Body text.' }],
});

const origin = `${site.url}${site.basePath}`;

/** The value of a meta tag by name or property, or a link's href by rel; undefined when absent. */
function find(tags: HeadTag[], key: string): string | undefined {
  const tag = tags.find(({ attrs }) => attrs.name === key || attrs.property === key || attrs.rel === key);
  return tag?.attrs.content ?? tag?.attrs.href;
}

describe('a story page', () => {
  const tags = headTags(storyHead(story));

  test('has an absolute canonical URL, shared by og:url', () => {
    const url = `${origin}stories/troops-iraq/`;
    expect(url).toMatch(/^https?:\/\/[^/]+\//);
    expect(find(tags, 'canonical')).toBe(url);
    expect(find(tags, 'og:url')).toBe(url);
  });

  test('is an article for Open Graph, with its headline, description and times', () => {
    expect(find(tags, 'og:type')).toBe('article');
    expect(find(tags, 'og:title')).toBe('Troops are not withdrawing');
    expect(find(tags, 'description')).toBe('The Pentagon says a letter was a mistake.');
    expect(find(tags, 'og:description')).toBe('The Pentagon says a letter was a mistake.');
    expect(find(tags, 'article:published_time')).toBe('2026-11-24T18:42:00+00:00');
    expect(find(tags, 'article:modified_time')).toBe('2026-11-24T20:00:00+00:00');
    expect(find(tags, 'article:section')).toBe('World');
    expect(tags.filter(({ attrs }) => attrs.property === 'article:tag').map(({ attrs }) => attrs.content)).toEqual([
      'iraq',
      'us-military',
    ]);
    expect(find(tags, 'robots')).toBeUndefined();
  });

  test('shares its 1200×630 social card, absolute and with its size, with or without a lead image', () => {
    const { image: _image, ...withoutImage } = story;
    for (const head of [tags, headTags(storyHead(withoutImage))]) {
      expect(find(head, 'og:image')).toBe(`${origin}cards/troops-iraq.jpg`);
      expect(find(head, 'twitter:image')).toBe(`${origin}cards/troops-iraq.jpg`);
      expect(find(head, 'og:image:width')).toBe('1200');
      expect(find(head, 'og:image:height')).toBe('630');
      expect(find(head, 'twitter:card')).toBe('summary_large_image');
    }
  });

  test('describes itself as a NewsArticle in JSON-LD', () => {
    const script = tags.find(({ tag }) => tag === 'script')!;
    expect(script.attrs.type).toBe('application/ld+json');
    expect(JSON.parse(script.text!)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Troops are not withdrawing',
      description: 'The Pentagon says a letter was a mistake.',
      image: [`${origin}cards/troops-iraq.jpg`, `${origin}images/iraq-letter.jpg`],
      datePublished: '2026-11-24T18:42:00+00:00',
      dateModified: '2026-11-24T20:00:00+00:00',
      articleSection: 'World',
      inLanguage: 'en',
      keywords: ['iraq', 'us-military'],
      author: [{ '@type': 'Person', name: 'Ana Reyes', url: 'https://example.com/ana' }],
      publisher: {
        '@type': 'Organization',
        name: site.name,
        logo: { '@type': 'ImageObject', url: `${origin}logo.png`, width: 512, height: 512 },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${origin}stories/troops-iraq/` },
    });
  });

  test('names the site as author when the story has no byline', () => {
    const jsonLd = headTags(storyHead({ ...story, authors: [] })).find(({ tag }) => tag === 'script')!;
    expect(JSON.parse(jsonLd.text!).author).toEqual([{ '@type': 'Organization', name: site.name, url: origin }]);
  });

  test('links its feeds', () => {
    const feeds = tags.filter(({ attrs }) => attrs.rel === 'alternate').map(({ attrs }) => attrs.href);
    expect(feeds).toEqual([
      `${origin}feed.xml`,
      `${origin}feed.json`,
      `${origin}sections/world/feed.xml`,
      `${origin}sections/world/feed.json`,
    ]);
  });
});

describe('other pages', () => {
  test('a list page is a website with its own canonical URL', () => {
    const tags = headTags(listHead(listPageOf({ section: 'world', page: 2, pageCount: 3, lead: null, stories: [] })));
    expect(find(tags, 'canonical')).toBe(`${origin}sections/world/page/2/`);
    expect(find(tags, 'og:type')).toBe('website');
    expect(find(tags, 'og:title')).toBe('World (page 2 of 3)');
  });

  test('a message page (404, error) has no canonical URL and is not indexed', () => {
    const tags = headTags(messageHead('Page not found'));
    expect(find(tags, 'canonical')).toBeUndefined();
    expect(find(tags, 'og:url')).toBeUndefined();
    expect(find(tags, 'robots')).toBe('noindex');
  });
});
