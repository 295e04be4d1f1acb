import type { StoryPage } from '../data/documents';
import { useStoredList } from '../lib/storedList';
import { useMessages } from '../i18n/useMessages';
import { savedStories } from './savedStories';
import './offline.css';

/** Saving is in the Saved page's chunk (saveStory.ts): asked for as the reader points at the button. */
const saving = () => import('./saveStory');
const preload = () => void saving().catch(() => {});

/**
 * The images the reader's browser chose for this story (the variant it loaded, or would load), so
 * the saved copy has pictures offline. Only the site's own: remote images are not kept.
 */
function storyImages(): string[] {
  const images = document.querySelectorAll<HTMLImageElement>('article.story img');
  return [...images]
    .map((img) => img.currentSrc || img.src)
    .filter((url) => new URL(url).origin === window.location.origin);
}

/** Keeps the story on this device for reading later, offline too; disabled until the page has hydrated. */
export function SaveButton({ page }: { page: StoryPage }) {
  const { t } = useMessages();
  const saved = useStoredList(savedStories);
  const { slug } = page.story;
  const isSaved = saved?.some((entry) => entry.story.slug === slug) ?? false;
  const toggle = () => {
    // The images the page shows as the reader presses.
    const images = isSaved ? [] : storyImages();
    void saving().then(({ removeStory, saveStory }) => (isSaved ? removeStory(slug) : saveStory(page, images)));
  };
  return (
    <p className="save-story">
      <button
        type="button"
        className="button button--quiet"
        onClick={toggle}
        onPointerEnter={preload}
        onFocus={preload}
        onTouchStart={preload}
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
