import type { RichText as RichTextValue } from '../data/schema';
import { RichText } from './RichText';

export function BodyList({ style, items }: { style: 'bulleted' | 'numbered'; items: RichTextValue[] }) {
  const List = style === 'numbered' ? 'ol' : 'ul';
  return (
    <List className="body-list">
      {items.map((item, i) => (
        <li key={i}>
          <RichText text={item} />
        </li>
      ))}
    </List>
  );
}
