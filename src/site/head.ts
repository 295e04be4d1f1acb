import type { ListPage, Translation } from '../data/documents';
import type { Story } from '../data/schema';
import { storyDescription } from '../data/storyDescription';
import { plainText } from '../data/storyText';
import { socialCard, socialCardPath } from '../share/socialCard';
import { translatorFor } from '../i18n/useMessages';
import { type Edition, mainEdition, site, sectionName } from './config';
import { editionDescription, sectionDescription } from './descriptions';
import { editionByKey } from './editions';
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
  /** The page in every language it is in, itself included (`x-default`: the original), as hreflang links. */
  languages?: { hreflang: string; url: string }[];
  /** The name of the site (the edition's) its title ends with. */
  siteName: string;
  /** The page's language and direction: `<html lang dir>`, og:locale, JSON-LD inLanguage. */
  language: string;
  direction: 'ltr' | 'rtl';
}

export const inEdition = (edition: Edition) => ({
  siteName: edition.name,
  language: edition.language,
  direction: edition.direction,
});

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

/** An edition's feed of its latest stories. */
export const editionFeed = (edition: Edition = mainEdition) => ({
  title: translatorFor(edition).t('head.latestStories', { site: edition.name }),
  rss: absoluteUrl(feedPath(null, 'rss', edition.key)),
  json: absoluteUrl(feedPath(null, 'json', edition.key)),
});

export function sectionFeed(section: string, edition: Edition = mainEdition) {
  return {
    title: `${edition.name}: ${sectionName(section, edition)}`,
    rss: absoluteUrl(feedPath(section, 'rss', edition.key)),
    json: absoluteUrl(feedPath(section, 'json', edition.key)),
  };
}

const siteImage = {
  url: absoluteUrl(`/${defaultImage.path}`),
  width: defaultImage.width,
  height: defaultImage.height,
  alt: defaultImage.alt,
};

export const pageImage = (image?: { src: string; width: number; height: number; alt: string }, fallback = siteImage) =>
  image && /^\/images\//.test(image.src)
    ? { url: absoluteUrl(image.src), width: image.width, height: image.height, alt: image.alt }
    : fallback;

/** A story without an image of its own is shown by its social card, drawn at build time. */
const storyCard = (story: Story) => ({
  url: absoluteUrl(socialCardPath(story.slug)),
  ...socialCard,
  alt: `${story.headline} (${site.name})`,
});

/** Every version of a story, for search engines: itself, its translations and the original as the default. */
function storyLanguages(story: Story, language: string, translations: Translation[]): PageHead['languages'] {
  if (translations.length === 0) return undefined;
  const url = (slug: string) => absoluteUrl(storyPath(slug));
  return [
    ...[{ slug: story.slug, language }, ...translations].map((version) => ({
      hreflang: version.language,
      url: url(version.slug),
    })),
    { hreflang: 'x-default', url: url(story.translationOf ?? story.slug) },
  ];
}

/**
 * A story's head; a published story brings its language and direction, worked out by the build,
 * and its page document the versions in other languages.
 */
export function storyHead(
  story: Story & { direction?: 'ltr' | 'rtl' | undefined },
  translations: Translation[] = [],
): PageHead {
  const path = storyPath(story.slug);
  const edition = editionByKey(story.edition);
  const language = story.language ?? edition.language;
  const languages = storyLanguages(story, language, translations);
  const section = sectionName(story.section, edition);
  // Previews show the story's 1200×630 card, which carries its lead image where it has one: the
  // shape every service crops to. A remote lead image is not drawn into the card, but one whose
  // CDN offers a rendition 1200 pixels wide or more is shown itself. JSON-LD names the lead image too.
  const lead = story.image;
  const preview = lead?.renditions?.find(({ width }) => width >= 1200);
  const image =
    lead && preview
      ? {
          url: preview.src,
          width: preview.width,
          height: Math.round((preview.width * lead.height) / lead.width),
          alt: lead.alt,
        }
      : storyCard(story);
  const leadImage = lead && !preview && pageImage(lead);
  const modified = story.updated ?? story.published;
  const description = storyDescription(story);
  return {
    title: `${story.headline} | ${edition.name}`,
    description,
    path,
    type: 'article',
    image,
    article: { published: story.published, modified, section, tags: story.tags },
    feeds: [editionFeed(edition), sectionFeed(story.section, edition)],
    ...(languages && { languages }),
    siteName: edition.name,
    language,
    direction: story.direction ?? edition.direction,
    jsonLd: {
      '@context': 'https://schema.org',
      // A rated story is a critic's review: schema.org's ReviewNewsArticle is both a NewsArticle and a Review.
      '@type': story.rating ? 'ReviewNewsArticle' : 'NewsArticle',
      headline: story.headline,
      description,
      image: leadImage ? [image.url, leadImage.url] : [image.url],
      datePublished: story.published,
      dateModified: modified,
      articleSection: section,
      inLanguage: language,
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
  const edition = editionByKey(list.edition);
  const { t } = translatorFor(edition);
  const name = list.section === null ? null : sectionName(list.section, edition);
  const paged = (title: string) =>
    list.page > 1 ? t('head.paged', { title, page: list.page, pageCount: list.pageCount }) : title;
  const description =
    list.section === null
      ? editionDescription(edition)
      : (sectionDescription(edition, list.section) ?? t('head.sectionStories', { section: name ?? '' }));
  return {
    title: name === null ? paged(t('head.latest', { site: edition.name })) : `${paged(name)} | ${edition.name}`,
    description,
    path: listPath(list.section, list.page, edition.key),
    type: 'website',
    image: pageImage(),
    feeds: list.section === null ? [editionFeed(edition)] : [sectionFeed(list.section, edition), editionFeed(edition)],
    ...inEdition(edition),
  };
}

/** The app shell's (pipeline/serviceWorker.ts) and the dev server's page, before the app renders a route into it. */
export const shellHead: PageHead = {
  title: site.name,
  description: editionDescription(mainEdition),
  path: null,
  type: 'website',
  image: pageImage(),
  feeds: [],
  ...inEdition(mainEdition),
};

export function messageHead(title: string, edition: Edition = mainEdition): PageHead {
  return {
    title: `${title} | ${edition.name}`,
    description: editionDescription(edition),
    path: null,
    type: 'website',
    image: pageImage(),
    feeds: [editionFeed(edition)],
    ...inEdition(edition),
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
    // Open Graph writes locales with an underscore: ar_EG, en_GB.
    meta('property', 'og:locale', head.language.replace('-', '_')),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title.replace(` | ${head.siteName}`, '')),
    meta('property', 'og:description', head.description),
    meta('property', 'og:image', head.image.url),
    meta('property', 'og:image:width', String(head.image.width)),
    meta('property', 'og:image:height', String(head.image.height)),
    meta('property', 'og:image:alt', head.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title.replace(` | ${head.siteName}`, '')),
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
  for (const { hreflang, url: href } of head.languages ?? []) {
    tags.push({ tag: 'link', attrs: { rel: 'alternate', hreflang, href } });
  }
  if (head.jsonLd) {
    tags.push({ tag: 'script', attrs: { type: 'application/ld+json' }, text: JSON.stringify(head.jsonLd) });
  }
  return tags;
}
