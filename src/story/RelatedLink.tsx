import type { StorySummary } from '../data/documents';
import { isSafeHref } from '../data/safeValues';
import type { RelatedLink as RelatedLinkValue } from '../data/schema';
import { ResponsiveImage } from '../images/ResponsiveImage';
import { useMessages } from '../i18n/useMessages';
import { StoryLink } from '../lists/StoryLink';
import { linkHost } from './linkHost';

/** story.css lays the card's thumbnail out at 6rem (7.5rem on wide screens). */
const THUMBNAIL_SIZES = '(min-width: 40rem) 7.5rem, 6rem';

/**
 * A card for a related link in the body: another story of the site, shown from the story index
 * (kicker, headline, image), or an external page with its title and host.
 */
export function RelatedLink({ link, story }: { link: RelatedLinkValue; story: StorySummary | undefined }) {
  const { t } = useMessages();
  if (link.url !== undefined) {
    // Validation already rejects unsafe links; this keeps one from ever reaching an href.
    if (!isSafeHref(link.url)) return null;
    return (
      <div className="related-link related-link--external">
        <p className="related-link__label">{t('blocks.elsewhere')}</p>
        <a className="related-link__link" href={link.url}>
          <span className="related-link__headline">{link.title}</span>{' '}
          <span className="related-link__host">{linkHost(link.url)}</span>
        </a>
      </div>
    );
  }
  // A story that is not in the index (one with errors, left out by the dev server) has no card.
  if (!story) return null;
  return (
    <div className="related-link">
      <p className="related-link__label">{t('blocks.related')}</p>
      <StoryLink slug={story.slug} className="related-link__link">
        {story.image && (
          <ResponsiveImage className="related-link__image" image={story.image} alt="" sizes={THUMBNAIL_SIZES} />
        )}
        <span className="related-link__text">
          {story.kicker && <span className="related-link__kicker">{story.kicker}</span>}{' '}
          <span className="related-link__headline">{story.headline}</span>
        </span>
      </StoryLink>
    </div>
  );
}
