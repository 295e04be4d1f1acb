import { useStoredList } from '../lib/storedList';
import { StoryLink } from '../lists/StoryLink';
import { removeStory } from '../offline/saveStory';
import { savedStories } from '../offline/savedStories';
import { useMessages } from '../i18n/useMessages';

const focusHeading = () => document.querySelector<HTMLElement>('main h1')?.focus();

/**
 * The stories saved on this device. The page is pre-rendered without them (the server cannot
 * know them); they appear once it has hydrated, from localStorage, and open offline. Its code is
 * a chunk of its own, with saving (src/offline/saveStory.ts); its styles are every page's
 * (src/app/routes.tsx), so the pre-rendered page paints with them.
 */
export function SavedPage() {
  const { t } = useMessages();
  const saved = useStoredList(savedStories);
  return (
    <div className="saved-page">
      <h1 tabIndex={-1}>{t('saved.title')}</h1>
      <p className="saved-page__intro">{t('saved.intro')}</p>
      <noscript>
        <p>{t('saved.noScript')}</p>
      </noscript>
      {saved?.length === 0 && <p>{t('saved.empty')}</p>}
      {saved && saved.length > 0 && (
        <ul className="saved-list">
          {saved.map(({ story }) => (
            <li key={story.slug} className="saved-list__item">
              <h2 className="saved-list__headline">
                <StoryLink slug={story.slug}>{story.headline}</StoryLink>
              </h2>
              {story.standfirst && <p className="saved-list__standfirst">{story.standfirst}</p>}
              <p className="saved-list__meta">
                <time dateTime={story.published}>{story.publishedDay}</time>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => void removeStory(story.slug).then(focusHeading)}
                >
                  {t('saved.removeOne')}
                  <span className="visually-hidden"> {story.headline}</span>
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
