import type { Story } from './schema';
import { plainText } from './storyText';

const DESCRIPTION_LENGTH = 200;

/** What a preview or a feed says of a story: its standfirst, or the start of its first paragraph. */
export function storyDescription(story: Story): string {
  if (story.standfirst) return story.standfirst;
  const first = story.body.find((block) => block.type === 'paragraph');
  const text = first ? plainText(first.text) : story.headline;
  return text.length > DESCRIPTION_LENGTH ? `${text.slice(0, DESCRIPTION_LENGTH - 3).replace(/\s+\S*$/, '')}…` : text;
}
