import { useCallback, useEffect, useRef, useState } from 'react';
import type { LivePage, PublishedUpdate, StoryPage } from '../data/documents';
import type { Block } from '../data/schema';
import { useHydrated } from '../lib/useHydrated';
import { useMinuteClock } from '../lib/useMinuteClock';
import { useMessages } from '../i18n/useMessages';
import { RichText } from '../story/RichText';
import { absoluteUrl, storyPath } from '../site/paths';
import { KeyEvents } from './KeyEvents';
import { pageHref } from './livePaths';
import { LiveUpdate, updateElementId } from './LiveUpdate';
import { titleWithCount } from './livePolling';
import { PinnedUpdate } from './PinnedUpdate';
import { useLivePoll } from './useLivePoll';
import { useUpdateTarget } from './useUpdateTarget';
import './liveblog.css';

/** The kicker of a live story while it is live: "Live", with a marker that pulses (unless the reader asks for less motion). */
export function LiveKicker() {
  const { t } = useMessages();
  return (
    <p className="kicker kicker--breaking kicker--live">
      <span className="kicker__pulse" aria-hidden="true" />
      {t('liveblog.kicker')}
    </p>
  );
}

/** Whether the top of the updates is below the screen: updates put there move nothing the reader sees. */
const aboveTheUpdates = (list: HTMLElement | null): boolean =>
  list !== null && list.getBoundingClientRect().top >= window.innerHeight;

/**
 * A live story's updates under its body: the key points, the pinned post, the key events, then
 * the updates newest first, and links to the older pages. At the story's own address it polls for
 * new updates while the story is live: they go in at the top while the reader is still above them
 * (nothing on screen moves), otherwise they wait behind an "N new updates" button (and the tab's
 * title counts them), which shows them and takes the reader there. One status message tells a
 * screen reader about each arrival, however many updates it brings.
 */
type LivePageDocument = StoryPage & { live: NonNullable<StoryPage['live']> };

export function LiveBlog({ page }: { page: LivePageDocument }) {
  // Each page of updates (another story's, or an older page) starts with its own updates.
  return <LiveUpdates key={`${page.story.slug}/${page.live.page}`} page={page} />;
}

function LiveUpdates({ page }: { page: LivePageDocument }) {
  const { t, rich, number } = useMessages();
  const { story, live } = page;
  const hydrated = useHydrated();
  const now = useMinuteClock();
  const [shown, setShown] = useState(live.updates);
  const [waiting, setWaiting] = useState<PublishedUpdate[]>([]);
  const [arrived, setArrived] = useState(0);
  const [ended, setEnded] = useState(story.live?.status === 'ended');
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useUpdateTarget(story.slug, live.pageOf);

  const seen = useRef(new Set<string>());
  seen.current = new Set([...shown, ...waiting].map((update) => update.id));
  if (live.pinned) seen.current.add(live.pinned.id);

  const onUpdates = useCallback((fresh: PublishedUpdate[]) => {
    if (aboveTheUpdates(list.current)) {
      setShown((before) => [...fresh, ...before]);
      setArrived(fresh.length);
    } else setWaiting((before) => [...fresh, ...before]);
  }, []);
  useLivePoll({
    slug: story.slug,
    enabled: hydrated && !ended && live.page === null,
    seen: () => seen.current,
    onUpdates,
    onEnded: () => setEnded(true),
  });

  useEffect(() => {
    if (waiting.length === 0) return;
    document.title = titleWithCount(document.title, waiting.length, number);
    return () => {
      document.title = titleWithCount(document.title, 0);
    };
  }, [waiting.length, number]);

  useEffect(() => {
    if (focusId === null) return;
    const target = document.getElementById(updateElementId(focusId));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
    setFocusId(null);
  }, [focusId]);

  const showWaiting = () => {
    setShown((before) => [...waiting, ...before]);
    setFocusId(waiting[0]!.id);
    setWaiting([]);
    setArrived(0);
  };

  const shared = { url: absoluteUrl(storyPath(story.slug)), title: story.headline };
  const summary = live.page === null ? story.live?.summary : undefined;
  return (
    <section className="liveblog" aria-labelledby="liveblog-heading">
      {ended && (
        <p className="liveblog__ended" role="note">
          {t('liveblog.ended')}
        </p>
      )}
      <h2 id="liveblog-heading" className={live.page === null ? 'visually-hidden' : 'liveblog__heading'}>
        {live.page === null ? t('liveblog.kicker') : t('liveblog.page', { page: live.page })}
      </h2>
      {live.page === null && (
        <p className="liveblog__updated">
          {rich('liveblog.lastUpdated', { time: <time dateTime={live.lastUpdated}>{live.lastUpdatedTime}</time> })}
        </p>
      )}
      {summary && summary.length > 0 && (
        <section className="key-points" aria-labelledby="key-points-heading">
          <h2 id="key-points-heading" className="key-points__heading">
            {t('liveblog.keyPoints')}
          </h2>
          <ul>
            {summary.map((point, i) => (
              <li key={i}>
                <RichText text={point} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {live.pinned && <PinnedUpdate update={live.pinned} linked={page.linked} />}
      <KeyEvents slug={story.slug} events={live.keyEvents} />
      <div className="liveblog__notice" role="status">
        {waiting.length > 0 ? (
          <button type="button" className="new-stories__button" onClick={showWaiting}>
            <span aria-hidden="true">↑ </span>
            {t('liveblog.newUpdates', { count: waiting.length })}
          </button>
        ) : (
          arrived > 0 && <span className="visually-hidden">{t('liveblog.newUpdates', { count: arrived })}</span>
        )}
      </div>
      <ol className="liveblog__updates" ref={list}>
        {shown.map((update) => (
          <li key={update.id}>
            <LiveUpdate update={update} story={shared} now={now} linked={page.linked} />
          </li>
        ))}
      </ol>
      {(live.older !== null || live.page !== null) && (
        <nav className="liveblog__pages" aria-label={t('pagination.label')}>
          {live.page !== null && <a href={pageHref(storyPath(story.slug, live.newer))}>{t('liveblog.newer')}</a>}
          {live.older !== null && <a href={pageHref(storyPath(story.slug, live.older))}>{t('liveblog.older')}</a>}
        </nav>
      )}
    </section>
  );
}

export { liveHead } from './liveHead';

/** Whether a page of updates (the pinned one included) has a text or trust block: src/story/lazyTextBlocks.ts. */
export function updatesUse(live: LivePage, uses: (body: Block[]) => boolean): boolean {
  return [...live.updates, ...(live.pinned ? [live.pinned] : [])].some((update) => uses(update.body));
}
