import type { StorySummary } from '../content/schema';
import { formatDate } from '../lib/formatDate';
import { imageUrl } from '../site/assetUrl';
import { StoryLink } from './StoryLink';

export function StoryCard({ story, lead = false, headingLevel = 2 }: { story: StorySummary; lead?: boolean; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const src = story.image ? imageUrl(story.image.src) : null;
  return (
    <article className={lead ? 'card card--lead' : 'card'}>
      {story.image && src && (
        <img
          className="card__image"
          src={src}
          alt=""
          width={story.image.width}
          height={story.image.height}
          loading={lead ? 'eager' : 'lazy'}
          decoding="async"
        />
      )}
      <div className="card__text">
        {story.kicker && <p className={story.breaking ? 'kicker kicker--breaking' : 'kicker'}>{story.kicker}</p>}
        <Heading className="card__headline">
          <StoryLink slug={story.slug} className="card__link">
            {story.headline}
          </StoryLink>
        </Heading>
        {story.standfirst && <p className="card__standfirst">{story.standfirst}</p>}
        <p className="card__meta">
          <time dateTime={story.published}>{formatDate(story.published)}</time>
        </p>
      </div>
    </article>
  );
}
