import { publishStory } from '../../pipeline/publishStory.ts';
import {
  DOCUMENT_FORMAT,
  type ListPage,
  type PublishedStory,
  standalonePage,
  type StoryPage,
} from '../../src/data/documents';
import { type StoryInput, storySchema } from '../../src/data/schema';

/** The smallest valid story; each invalid fixture in the schema tests breaks it in one way. */
export const minimalStory = {
  version: 1,
  slug: 'a-story',
  headline: 'A headline',
  section: 'world',
  published: '2026-11-24T18:42:00Z',
  body: [{ type: 'paragraph', text: 'One paragraph.' }],
} as const satisfies StoryInput;

/** A story as the build publishes it: checked by the schema, its dates worded. */
export const publishedStory = (input: StoryInput): PublishedStory => publishStory(storySchema.parse(input));

/** A story page document with nowhere to go next, as the build would write it. */
export const storyPageOf = (input: StoryInput, nav: Partial<Omit<StoryPage, 'story' | 'format'>> = {}): StoryPage => ({
  ...standalonePage(publishedStory(input)),
  ...nav,
});

/** A list page document; the first page of one by default. */
export const listPageOf = (
  list: Omit<ListPage, 'format' | 'page' | 'pageCount' | 'edition'> & Partial<ListPage>,
): ListPage => ({
  format: DOCUMENT_FORMAT,
  edition: '',
  page: 1,
  pageCount: 1,
  ...list,
});
