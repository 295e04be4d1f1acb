import type { StorySummary } from '../data/documents';
import { isSafeHref } from '../data/safeValues';
import type { RelatedLink } from '../data/schema';
import { useMessages } from '../i18n/useMessages';
import { StoryLink } from '../lists/StoryLink';
import { linkHost } from './linkHost';

/** The list of related links under the standfirst: stories by their headlines, external pages by title and host. */
export function StandfirstLinks({ links, linked }: { links: RelatedLink[]; linked: StorySummary[] }) {
  const { t } = useMessages();
  const items = links.flatMap((link, i) => {
    if (link.url !== undefined) {
      if (!isSafeHref(link.url)) return [];
      return [
        <li key={i}>
          <a href={link.url}>{link.title}</a> <span className="standfirst-links__host">{linkHost(link.url)}</span>
        </li>,
      ];
    }
    const story = linked.find((summary) => summary.slug === link.story);
    return story
      ? [
          <li key={i}>
            <StoryLink slug={story.slug}>{story.headline}</StoryLink>
          </li>,
        ]
      : [];
  });
  if (items.length === 0) return null;
  return (
    <nav className="standfirst-links" aria-label={t('blocks.moreOnThisStory')}>
      <ul>{items}</ul>
    </nav>
  );
}
