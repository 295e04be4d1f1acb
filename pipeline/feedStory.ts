import type { PublishedCorrection, PublishedStory } from '../src/data/documents.ts';
import type { Block, Image, RelatedLink, RichText, Video } from '../src/data/schema.ts';

/**
 * What a story's feed item is made from (pipeline/feedContent.tsx): what its page shows from the
 * standfirst to the corrections. Kept with the story's facts and in the story cache, like its
 * search record, so writing a feed reads and checks no story file again.
 */
export interface FeedStory {
  slug: string;
  edition?: string;
  language: string;
  direction: 'ltr' | 'rtl';
  standfirst?: string;
  rating?: PublishedStory['rating'];
  standfirstLinks: RelatedLink[];
  image?: Image;
  leadVideo?: Video;
  body: Block[];
  /** A live story's key points; its updates are items of its own feed (pipeline/liveFeed.ts). */
  keyPoints?: RichText[];
  corrections: PublishedCorrection[];
}

export function feedStory(story: PublishedStory): FeedStory {
  const { slug, language, direction, standfirstLinks, body, corrections } = story;
  const feed: FeedStory = { slug, language, direction, standfirstLinks, body, corrections };
  if (story.edition !== undefined) feed.edition = story.edition;
  if (story.standfirst !== undefined) feed.standfirst = story.standfirst;
  if (story.rating !== undefined) feed.rating = story.rating;
  if (story.image !== undefined) feed.image = story.image;
  if (story.leadVideo !== undefined) feed.leadVideo = story.leadVideo;
  if (story.live?.summary?.length) feed.keyPoints = story.live.summary;
  return feed;
}
