import { Feed } from 'feed';
import type { PublishedStory, PublishedUpdate, StorySummary } from '../src/data/documents.ts';
import type { Block } from '../src/data/schema.ts';
import { storyDescription } from '../src/data/storyDescription.ts';
import { plainText } from '../src/data/storyText.ts';
import { site } from '../src/site/config.ts';
import { liveFeedPath } from '../src/liveblog/livePaths.ts';
import { absoluteUrl, storyPath } from '../src/site/paths.ts';
import { updateFeedHtml } from './feedContent.tsx';
import { keyEventTitle } from './liveDocuments.ts';
import type { OutputWriter } from './output/job.ts';

/** An update's text as a feed carries it: its paragraphs, quotes and list items, one per line. */
function updateText(body: Block[]): string {
  return body
    .flatMap((block) => {
      switch (block.type) {
        case 'paragraph':
        case 'blockquote':
          return [plainText(block.text)];
        case 'pullquote':
          return [block.text];
        case 'list':
          return block.items.map((item) => `• ${plainText(item)}`);
        default:
          return [];
      }
    })
    .join('\n\n');
}

interface LiveFeedItem {
  id: string;
  title: string;
  text: string;
  html: string;
  published: string;
  modified: string;
  author: string | null;
}

/**
 * One item per update, newest first; each links to the update's own place on the story's page.
 * `linked` holds the cards of the stories the updates' related links point to.
 */
export function liveFeedItems(story: PublishedStory, linked: StorySummary[] = []): LiveFeedItem[] {
  const url = absoluteUrl(storyPath(story.slug));
  return [...(story.live?.updates ?? [])].reverse().map((update: PublishedUpdate) => ({
    id: `${url}#update-${update.id}`,
    title: keyEventTitle(update),
    text: updateText(update.body),
    html: updateFeedHtml(update, story, linked),
    published: update.published,
    modified: update.updated ?? update.published,
    author: update.author?.name ?? null,
  }));
}

/** A live story's RSS 2.0 and JSON Feed 1.1, beside its page: `/stories/<slug>/feed.xml` and `feed.json`. */
export function writeLiveFeed(story: PublishedStory, linked: StorySummary[], out: OutputWriter): void {
  const home = absoluteUrl(storyPath(story.slug));
  const rssUrl = absoluteUrl(liveFeedPath(story.slug, 'rss'));
  const jsonUrl = absoluteUrl(liveFeedPath(story.slug, 'json'));
  const items = liveFeedItems(story, linked);
  const description = storyDescription(story);
  const feed = new Feed({
    id: home,
    title: story.headline,
    description,
    link: home,
    language: story.language,
    copyright: `© ${site.name}`,
    updated: new Date(items[0]?.modified ?? story.published),
    generator: site.name,
    feedLinks: { rss: rssUrl, json: jsonUrl },
  });
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: item.id,
      link: item.id,
      date: new Date(item.modified),
      published: new Date(item.published),
      description: item.text,
      content: item.html,
      ...(item.author && { author: [{ name: item.author }] }),
    });
  }
  out.file(liveFeedPath(story.slug, 'rss').slice(1), feed.rss2());
  out.file(
    liveFeedPath(story.slug, 'json').slice(1),
    JSON.stringify(
      {
        version: 'https://jsonfeed.org/version/1.1',
        title: story.headline,
        description,
        home_page_url: home,
        feed_url: jsonUrl,
        language: story.language,
        items: items.map((item) => ({
          id: item.id,
          url: item.id,
          title: item.title,
          content_html: item.html,
          content_text: item.text,
          date_published: item.published,
          date_modified: item.modified,
          ...(item.author && { authors: [{ name: item.author }] }),
        })),
      },
      null,
      2,
    ),
  );
}
