import { useId } from 'react';
import type { AsideBlock } from '../data/schema';
import { assertUnreachable } from '../lib/assertUnreachable';
import { BodyList } from './BodyList';
import { Figure } from './Figure';
import { Paragraph } from './Paragraph';
import { SubHeading } from './SubHeading';

type InnerBlock = AsideBlock['blocks'][number];

function renderInner(block: InnerBlock, key: number) {
  switch (block.type) {
    case 'paragraph':
      return <Paragraph key={key} text={block.text} />;
    case 'heading':
      // Under the box's own title, a sub-heading (a question, in a Q&A) is one level down.
      return <SubHeading key={key} text={block.text} level={3} />;
    case 'list':
      return <BodyList key={key} style={block.style} items={block.items} />;
    case 'figure':
      return <Figure key={key} image={block.image} />;
    default:
      return assertUnreachable(block);
  }
}

/** A box beside the story's flow: an explainer, key facts, a Q&A or a guide, named by its title. */
export function Aside({ aside }: { aside: AsideBlock }) {
  const titleId = useId();
  return (
    <aside className={aside.style ? `box box--${aside.style}` : 'box'} aria-labelledby={titleId}>
      <h2 id={titleId} className="box__title">
        {aside.title}
      </h2>
      {aside.blocks.map(renderInner)}
    </aside>
  );
}
