import type { RichText as RichTextValue } from '../data/schema';
import { RichText } from './RichText';

/** A paragraph of the body has an id (its anchor); one inside a box has none. */
export function Paragraph({ id, text }: { id?: string; text: RichTextValue }) {
  return (
    <p id={id}>
      <RichText text={text} />
    </p>
  );
}
