import type { StoryInput } from '../src/data/schema.ts';

export const BIG_STORY_SLUG = 'five-thousand-paragraphs';
export const BIG_STORY_HEADLINE = 'A story of five thousand paragraphs';

/**
 * A story far longer than any real one: numbered paragraphs of ordinary length, every tenth with
 * emphasis and a link, and a sub-heading every hundred. The input of the big-story test and of
 * `npm run bench:big`.
 */
export function bigStory(paragraphs = 5_000): StoryInput {
  const body: StoryInput['body'] = [];
  for (let n = 1; n <= paragraphs; n++) {
    if (n % 100 === 1) body.push({ type: 'heading', text: `Part ${Math.ceil(n / 100)}` });
    const sentence = `Paragraph ${n}. The committee met again on Tuesday to go through the figures line by line, and its members agreed that the report would be published in full before the end of the month.`;
    body.push({
      type: 'paragraph',
      text:
        n % 10 === 0
          ? [
              sentence,
              ' ',
              { type: 'em', children: ['A note'] },
              ' with ',
              { type: 'link', href: 'https://example.com/notes', children: ['a link'] },
              '.',
            ]
          : sentence,
    });
  }
  return {
    version: 1,
    slug: BIG_STORY_SLUG,
    headline: BIG_STORY_HEADLINE,
    section: 'world',
    published: '2026-11-24T12:00:00Z',
    body,
  };
}
