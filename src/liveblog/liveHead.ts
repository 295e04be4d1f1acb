import type { LivePage, PublishedUpdate } from '../data/documents';
import type { Story } from '../data/schema';
import { plainText } from '../data/storyText';
import { translatorFor } from '../i18n/useMessages';
import { editionByKey } from '../site/editions';
import type { PageHead } from '../site/head';
import { absoluteUrl, storyPath } from '../site/paths';
import { liveFeedPath } from './livePaths';

/** What JSON-LD says of one update: a posting of its own, at its own place on the story's page. */
function blogUpdate(slug: string, update: PublishedUpdate) {
  const url = absoluteUrl(`${storyPath(slug)}#update-${update.id}`);
  const first = update.body.find((block) => block.type === 'paragraph');
  const words = first ? plainText(first.text) : null;
  return {
    '@type': 'BlogPosting',
    '@id': url,
    url,
    headline: update.title ?? (words && words.length <= 110 ? words : `${(words ?? update.clock).slice(0, 109)}…`),
    datePublished: update.published,
    ...(update.updated && { dateModified: update.updated }),
    ...(words && { articleBody: words }),
    ...(update.author && { author: { '@type': 'Person', name: update.author.name } }),
  };
}

/**
 * A live story's head, from the story's own: a LiveBlogPosting (when its coverage started, and
 * ended; the updates on this page), modified when its newest update was, its own feed first, and
 * an older page's own address and title.
 */
export function liveHead(head: PageHead, story: Story, live: LivePage): PageHead {
  const { slug } = story;
  const older = live.page;
  const path = older === null ? storyPath(slug) : storyPath(slug, older);
  const edition = editionByKey(story.edition);
  const { t } = translatorFor(edition);
  const title =
    older === null
      ? head.title
      : `${t('liveblog.pageTitle', { headline: story.headline, part: t('liveblog.page', { page: older }) })} | ${edition.name}`;
  return {
    ...head,
    title,
    path,
    ...(head.article && { article: { ...head.article, modified: live.lastUpdated } }),
    feeds: [
      {
        title: story.headline,
        rss: absoluteUrl(liveFeedPath(slug, 'rss')),
        json: absoluteUrl(liveFeedPath(slug, 'json')),
      },
      ...head.feeds,
    ],
    jsonLd: {
      ...head.jsonLd,
      '@type': 'LiveBlogPosting',
      dateModified: live.lastUpdated,
      mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(path) },
      coverageStartTime: story.published,
      ...(story.live?.status === 'ended' && { coverageEndTime: live.lastUpdated }),
      liveBlogUpdate: [...(live.pinned ? [live.pinned] : []), ...live.updates].map((update) =>
        blogUpdate(slug, update),
      ),
    },
  };
}
