import type { RichText as RichTextValue } from '../data/schema';
import { RichText } from './RichText';

export function BlockQuote({ text, attribution }: { text: RichTextValue; attribution?: string | undefined }) {
  return (
    <figure className="blockquote">
      <blockquote>
        <p>
          <RichText text={text} />
        </p>
      </blockquote>
      {attribution && <figcaption>{attribution}</figcaption>}
    </figure>
  );
}
