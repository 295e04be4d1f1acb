import type { ListPage, StorySummary } from '../data/documents';

const storiesOf = (list: ListPage): StorySummary[] => (list.lead ? [list.lead, ...list.stories] : list.stories);

/** The stories on `latest` that the reader has not been shown on `shown`, newest first. */
export function newStories(shown: ListPage, latest: ListPage): StorySummary[] {
  const seen = new Set(storiesOf(shown).map((story) => story.slug));
  return storiesOf(latest).filter((story) => !seen.has(story.slug));
}

/** The breaking story a front page leads with, if it has one, or else a story being covered live. */
export function breakingStory(list: ListPage): StorySummary | null {
  const stories = storiesOf(list);
  return stories.find((story) => story.breaking) ?? stories.find((story) => story.live) ?? null;
}
