import type { StorySummary } from '../data/documents';
import { ResponsiveImage } from '../images/ResponsiveImage';
import { sectionName } from '../site/config';
import { editionByKey } from '../site/editions';
import { StoryLink } from './StoryLink';
import { useMessages } from '../i18n/useMessages';

/** As lists.css lays cards out: a thumbnail on phones, then two and four columns; the lead 3/5 wide. */
const CARD_SIZES = '(min-width: 64rem) 20rem, (min-width: 40rem) 50vw, 6.5rem';
const LEAD_CARD_SIZES = '(min-width: 80rem) 47rem, (min-width: 40rem) 60vw, 100vw';

export function StoryCard({
  story,
  lead = false,
  headingLevel = 2,
}: {
  story: StorySummary;
  lead?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useMessages();
  const kicker = story.live ? t('liveblog.kicker') : story.kicker;
  return (
    <article className={lead ? 'card card--lead' : 'card'}>
      {story.image && (
        <ResponsiveImage
          className="card__image"
          image={story.image}
          alt=""
          sizes={lead ? LEAD_CARD_SIZES : CARD_SIZES}
          priority={lead}
        />
      )}
      <div className="card__text">
        {kicker && <p className={story.breaking || story.live ? 'kicker kicker--breaking' : 'kicker'}>{kicker}</p>}
        <Heading className="card__headline">
          <StoryLink slug={story.slug} className="card__link">
            {story.headline}
          </StoryLink>
        </Heading>
        {story.standfirst && <p className="card__standfirst">{story.standfirst}</p>}
        <p className="card__meta">
          <time dateTime={story.published}>{story.publishedDay}</time>{' '}
          <span className="card__section">{sectionName(story.section, editionByKey(story.edition))}</span>
        </p>
      </div>
    </article>
  );
}
