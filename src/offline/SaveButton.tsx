import type { StoryPage } from '../data/documents';
import { preloadOnIntent } from '../lib/preloadOnIntent';
import { useStoredList } from '../lib/storedList';
import { useMessages } from '../i18n/useMessages';
import { savedStories } from './savedStories';
import './offline.css';

/** Saving is in the Saved page's chunk (saveStory.ts): asked for as the reader points at the button. */
const saving = () => import('./saveStory');
const preload = () => void saving().catch(() => {});

/** Keeps the story on this device for reading later, offline too; disabled until the page has hydrated. */
export function SaveButton({ page }: { page: StoryPage }) {
  const { t } = useMessages();
  const saved = useStoredList(savedStories);
  const { slug } = page.story;
  const isSaved = saved?.some((entry) => entry.story.slug === slug) ?? false;
  const toggle = () =>
    void saving()
      .then(({ removeStory, saveStory }) => (isSaved ? removeStory(slug) : saveStory(page)))
      // Offline before the service worker keeps the chunk: the button stays as it was, to press again.
      .catch(() => {});
  return (
    <p className="save-story">
      <button
        type="button"
        className="button button--quiet"
        onClick={toggle}
        {...preloadOnIntent(preload)}
        disabled={saved === null}
      >
        <svg className="save-story__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M3.5 1.5h9v13L8 11l-4.5 3.5z"
            fill={isSaved ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinejoin="round"
          />
        </svg>
        {isSaved ? t('saved.remove') : t('saved.save')}
      </button>
      <span className="visually-hidden" role="status">
        {isSaved ? t('saved.savedStatus') : ''}
      </span>
    </p>
  );
}
