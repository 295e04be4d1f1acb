import type { RichText as RichTextValue } from '../data/schema';
import { RichText } from './RichText';

export function Paragraph({ id, text }: { id: string; text: RichTextValue }) {
  return (
    <p id={id}>
      <RichText text={text} />
    </p>
  );
}
