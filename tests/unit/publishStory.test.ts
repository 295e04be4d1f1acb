import { expect, test } from 'vitest';
import { dateWording, publishStory } from '../../pipeline/publishStory.ts';
import { storySchema } from '../../src/data/schema';

const story = storySchema.parse({
  version: 1,
  slug: 'harbour-wall',
  headline: 'Harbour wall gives way in storm',
  section: 'world',
  published: '2026-11-24T18:42:00+00:00',
  updated: '2026-11-25T00:30:00+02:00',
  body: [{ type: 'paragraph', text: 'The wall went at dawn.' }],
  comments: [{ author: 'Ana', posted: '2026-11-24T20:05:00Z', text: 'Terrible.' }],
});

test('the build words every date of a story in the site time zone, day and time', () => {
  const published = publishStory(story, dateWording('en-GB', 'UTC'));
  expect(published.publishedDay).toBe('24 November 2026');
  expect(published.publishedTime).toBe('24 November 2026 at 18:42 UTC');
  // Written at +02:00, shown in the site's zone: the day before, at 22:30.
  expect(published.updatedTime).toBe('24 November 2026 at 22:30 UTC');
  expect(published.comments).toEqual([expect.objectContaining({ postedTime: '24 November 2026 at 20:05 UTC' })]);
  expect(published.readingMinutes).toBe(1);
  // The checked story is carried whole, beside its worded dates.
  expect(published).toMatchObject({ published: story.published, updated: story.updated, body: story.body });
});

test('any time zone and language Intl knows', () => {
  const words = dateWording('de-DE', 'America/New_York');
  expect(words.day('2026-07-01T02:00:00Z')).toBe('30. Juni 2026');
  expect(words.time('2026-07-01T12:00:00Z')).toMatch(/^1\. Juli 2026 um 08:00 (GMT-4|EDT)$/);
});

test('a story without an update or comments gets no worded update', () => {
  const plain = publishStory({ ...story, updated: undefined, comments: 3 } as typeof story);
  expect(plain).not.toHaveProperty('updatedTime');
  expect(plain.comments).toBe(3);
});

test('a live story is read with its updates: its reading time is the whole coverage so far', () => {
  const sentence = 'The river rose another ten centimetres at the Stanmere gauge in the last hour. ';
  const live = storySchema.parse({
    ...story,
    comments: undefined,
    live: {
      status: 'live',
      // Twelve updates of about 300 words: over a quarter of an hour of reading.
      updates: Array.from({ length: 12 }, (_, n) => ({
        id: `u${n}`,
        published: new Date(Date.parse('2026-11-24T19:00:00Z') + n * 600_000).toISOString(),
        body: [{ type: 'paragraph', text: sentence.repeat(20) }],
      })),
    },
  });
  expect(publishStory(live).readingMinutes).toBeGreaterThanOrEqual(15);
  expect(publishStory(story).readingMinutes).toBe(1);
});

test("the build words the day of each dated embed, in the site's time zone; a story with none carries no list", () => {
  const withEmbeds = storySchema.parse({
    ...story,
    body: [
      ...story.body,
      {
        type: 'embed',
        provider: 'youtube',
        url: 'https://www.youtube.com/watch?v=Mb7tKq2xR9s',
        title: 'Public meeting',
        date: '2026-09-18T23:30:00-02:00',
      },
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=Mb7tKq2xR9t', title: 'Undated' },
    ],
  });
  // 23:30 at -02:00 is the next day in UTC.
  expect(publishStory(withEmbeds, dateWording('en-GB', 'UTC')).embedDays).toEqual({
    '2026-09-18T23:30:00-02:00': '19 September 2026',
  });
  expect(publishStory(story, dateWording('en-GB', 'UTC'))).not.toHaveProperty('embedDays');
});
