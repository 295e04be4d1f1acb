import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { isSlug } from '../data/safeValues';
import { storedList, useStoredList } from '../lib/storedList';
import { useIdle } from '../lib/useIdle';
import { useEdition, useMessages } from '../i18n/useMessages';
import { StoryLink } from '../lists/StoryLink';
import { listPath, storyPath } from '../site/paths';
import { breakingStory } from './frontChanges';
import { latestFrontQuery } from './latestFront';

/** Slugs of the breaking stories the reader has dismissed, newest first; a few are plenty. */
const dismissed = storedList<string>('dispatch:dismissed-breaking', (stored) =>
  Array.isArray(stored) && stored.every(isSlug) ? stored : [],
);
const REMEMBERED = 20;

/**
 * A breaking story, announced on every page until the reader dismisses it, except its own page
 * and the front page, which leads with it. It learns of it from the front page's document,
 * fetched once the browser is idle: one small request off the critical path, shared with the
 * front page's check for new stories. It is fixed to the bottom of the screen, so appearing late
 * moves nothing on the page.
 */
export function BreakingBanner() {
  const { t } = useMessages();
  // The breaking news of the edition the page is in, as its front page leads with it.
  const edition = useEdition().key;
  const queryClient = useQueryClient();
  const idle = useIdle();
  const { data: front } = useQuery({ ...latestFrontQuery(queryClient, edition), enabled: idle });
  const dismissedSlugs = useStoredList(dismissed);
  const { pathname } = useLocation();
  const story = front ? breakingStory(front) : null;
  // Its own page, and the front page, which leads with a breaking story (StoryIndex), show it already.
  const shownAlready =
    story !== null && (pathname === storyPath(story.slug) || pathname === listPath(null, 1, edition));
  if (!idle || !story || !dismissedSlugs || dismissedSlugs.includes(story.slug) || shownAlready) return null;
  const dismiss = () => dismissed.write([story.slug, ...dismissedSlugs].slice(0, REMEMBERED));
  return (
    <aside className="breaking-banner" aria-label={t('live.breakingLabel')}>
      <p className="breaking-banner__text">
        <span className="breaking-banner__label">{t(story.live ? 'liveblog.kicker' : 'live.breaking')}</span>{' '}
        <StoryLink slug={story.slug} className="breaking-banner__link">
          {story.headline}
        </StoryLink>
      </p>
      <button
        type="button"
        className="breaking-banner__dismiss"
        onClick={dismiss}
        aria-label={t('live.dismissBreaking')}
      >
        <span aria-hidden="true">×</span>
      </button>
    </aside>
  );
}
