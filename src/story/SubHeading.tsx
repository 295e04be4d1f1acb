import type { RichText as RichTextValue } from '../data/schema';
import { RichText } from './RichText';

export function SubHeading({ text, level = 2 }: { text: RichTextValue; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Heading className="subheading">
      <RichText text={text} />
    </Heading>
  );
}
