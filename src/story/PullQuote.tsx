import { useContext } from 'react';
import { QuoteShare } from '../share/QuoteShare';
import { StoryShareContext } from '../share/StoryShareContext';

export function PullQuote({ id, text, attribution }: { id: string; text: string; attribution?: string | undefined }) {
  const story = useContext(StoryShareContext);
  return (
    <>
      <figure className="pullquote" id={id}>
        <blockquote>
          <p>{text}</p>
        </blockquote>
        {attribution && <figcaption>{attribution}</figcaption>}
      </figure>
      {story && <QuoteShare id={id} text={text} attribution={attribution} story={story} />}
    </>
  );
}
