import type { ListPage } from '../data/documents';
import type { Story } from '../data/schema';
import { plainText, storyDescription } from '../data/storyText';
import { socialCard, socialCardPath } from '../share/socialCard';
import { site, sectionName } from './config';
import { absoluteUrl, feedPath, listPath, storyPath } from './paths';

/** Everything a page says about itself in <head>: what crawlers, link previews and tabs read. */
export interface PageHead {
  title: string;
  description: string;
  /** The page's path within the site; null for pages that have no address of their own (404). */
  path: string | null;
  type: 'website' | 'article';
  image: { url: string; width: number; height: number; alt: string };
  article?: { published: string; modified: string; section: string; tags: string[] };
  jsonLd?: Record<string, unknown>;
  /** RSS and JSON Feed alternates for this page. */
  feeds: { title: string; rss: string; json: string }[];
}

export interface HeadTag {
  tag: 'meta' | 'link' | 'script';
  attrs: Record<string, string>;
  /** Text content: only JSON-LD, never markup. */
  text?: string;
}

export const defaultImage = {
  path: 'og-default.png',
  width: 1200,
  height: 630,
  alt: `${site.name}: independent news`,
};

const siteFeed = {
  title: `${site.name}: latest stories`,
  rss: absoluteUrl(feedPath(null, 'rss')),
  json: absoluteUrl(feedPath(null, 'json')),
};

export function sectionFeed(section: string) {
  return {
    title: `${site.name}: ${sectionName(section)}`,
    rss: absoluteUrl(feedPath(section, 'rss')),
    json: absoluteUrl(feedPath(section, 'json')),
  };
}

const siteImage = {
  url: absoluteUrl(`/${defaultImage.path}`),
  width: defaultImage.width,
  height: defaultImage.height,
  alt: defaultImage.alt,
};

const pageImage = (image?: { src: string; width: number; height: number; alt: string }, fallback = siteImage) =>
  image && /^\/images\//.test(image.src)
    ? { url: absoluteUrl(image.src), width: image.width, height: image.height, alt: image.alt }
    : fallback;

/** A story without an image of its own is shown by its social card, drawn at build time. */
const storyCard = (story: Story) => ({
  url: absoluteUrl(socialCardPath(story.slug)),
  ...socialCard,
  alt: `${story.headline} (${site.name})`,
});

export function storyHead(story: Story): PageHead {
  const path = storyPath(story.slug);
  // Previews always show the story's 1200×630 card, which carries its lead image where it has
  // one: the shape every service crops to. JSON-LD also names the lead image itself.
  const image = storyCard(story);
  const leadImage = story.image && pageImage(story.image);
  const modified = story.updated ?? story.published;
  const description = storyDescription(story);
  return {
    title: `${story.headline} | ${site.name}`,
    description,
    path,
    type: 'article',
    image,
    article: { published: story.published, modified, section: sectionName(story.section), tags: story.tags },
    feeds: [siteFeed, sectionFeed(story.section)],
    jsonLd: {
      '@context': 'https://schema.org',
      // A rated story is a critic's review: schema.org's ReviewNewsArticle is both a NewsArticle and a Review.
      '@type': story.rating ? 'ReviewNewsArticle' : 'NewsArticle',
      headline: story.headline,
      description,
      image: leadImage ? [image.url, leadImage.url] : [image.url],
      datePublished: story.published,
      dateModified: modified,
      articleSection: sectionName(story.section),
      keywords: story.tags,
      author:
        story.authors.length > 0
          ? story.authors.map((author) => ({
              '@type': 'Person',
              name: author.name,
              ...(author.url && { url: author.url }),
              ...(author.role && { jobTitle: author.role }),
            }))
          : [{ '@type': 'Organization', name: site.name, url: absoluteUrl('/') }],
      publisher: {
        '@type': 'Organization',
        name: site.name,
        logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png'), width: 512, height: 512 },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(path) },
      ...storyTrust(story),
    },
  };
}

/** What JSON-LD says of a story's dateline, corrections and rating, where it has them. */
function storyTrust(story: Story): Record<string, unknown> {
  const places = [...new Set(story.authors.flatMap((author) => (author.location ? [author.location] : [])))];
  const { rating } = story;
  return {
    ...(places.length > 0 && { dateline: places.join('; ') }),
    ...(story.corrections.length > 0 && {
      correction: story.corrections.map((correction) => ({
        '@type': 'CorrectionComment',
        text: plainText(correction.text),
        datePublished: correction.date,
      })),
    }),
    ...(rating && {
      itemReviewed: { '@type': rating.itemType, name: rating.item },
      reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: rating.best, worstRating: 0 },
    }),
  };
}

export function listHead(list: ListPage): PageHead {
  const name = list.section === null ? null : sectionName(list.section);
  const paged = list.page > 1 ? ` (page ${list.page} of ${list.pageCount})` : '';
  const description =
    list.section === null
      ? site.description
      : (site.sections.find((section) => section.slug === list.section)?.description ?? `${name} stories`);
  return {
    title: name === null ? `${site.name}: latest news${paged}` : `${name}${paged} | ${site.name}`,
    description,
    path: listPath(list.section, list.page),
    type: 'website',
    image: pageImage(),
    feeds: list.section === null ? [siteFeed] : [sectionFeed(list.section), siteFeed],
  };
}

/** The app shell's (pipeline/serviceWorker.ts) and the dev server's page, before the app renders a route into it. */
export const shellHead: PageHead = {
  title: site.name,
  description: site.description,
  path: null,
  type: 'website',
  image: pageImage(),
  feeds: [],
};

export function messageHead(title: string): PageHead {
  return {
    title: `${title} | ${site.name}`,
    description: site.description,
    path: null,
    type: 'website',
    image: pageImage(),
    feeds: [siteFeed],
  };
}

/** The tags for a page's head, in the order they are written; the same list serves both renderers. */
export function headTags(head: PageHead): HeadTag[] {
  const meta = (key: 'name' | 'property', name: string, content: string): HeadTag => ({
    tag: 'meta',
    attrs: { [key]: name, content },
  });
  const url = head.path === null ? null : absoluteUrl(head.path);
  const tags: HeadTag[] = [
    meta('name', 'description', head.description),
    ...(url
      ? [{ tag: 'link', attrs: { rel: 'canonical', href: url } } as HeadTag, meta('property', 'og:url', url)]
      : []),
    meta('property', 'og:site_name', site.name),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title.replace(` | ${site.name}`, '')),
    meta('property', 'og:description', head.description),
    meta('property', 'og:image', head.image.url),
    meta('property', 'og:image:width', String(head.image.width)),
    meta('property', 'og:image:height', String(head.image.height)),
    meta('property', 'og:image:alt', head.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title.replace(` | ${site.name}`, '')),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.image.url),
    meta('name', 'twitter:image:alt', head.image.alt),
  ];
  if (head.path === null) tags.push(meta('name', 'robots', 'noindex'));
  if (head.article) {
    tags.push(
      meta('property', 'article:published_time', head.article.published),
      meta('property', 'article:modified_time', head.article.modified),
      meta('property', 'article:section', head.article.section),
      ...head.article.tags.map((tag) => meta('property', 'article:tag', tag)),
    );
  }
  for (const feed of head.feeds) {
    tags.push(
      { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: feed.title, href: feed.rss } },
      { tag: 'link', attrs: { rel: 'alternate', type: 'application/feed+json', title: feed.title, href: feed.json } },
    );
  }
  if (head.jsonLd) {
    tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, text: JSON.stringify(head.jsonLd) });
  }
  return tags;
}
