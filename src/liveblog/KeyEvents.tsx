import type { KeyEvent } from '../data/documents';
import { useMessages } from '../i18n/useMessages';
import { storyPath } from '../site/paths';
import { pageHref } from './livePaths';
import { updateElementId } from './LiveUpdate';

/** The key events as jump links, newest first: down the page on a phone, a strip across it on a wide screen. */
export function KeyEvents({ slug, events }: { slug: string; events: KeyEvent[] }) {
  const { t } = useMessages();
  if (events.length === 0) return null;
  return (
    <nav className="key-events" aria-labelledby="key-events-heading">
      <h2 id="key-events-heading" className="key-events__heading">
        {t('liveblog.keyEvents')}
      </h2>
      <ol className="key-events__list">
        {events.map((event) => {
          const hash = `#${updateElementId(event.id)}`;
          const content = (
            <>
              <time dateTime={event.published}>{event.clock}</time> {event.title}
            </>
          );
          return (
            <li key={event.id}>
              {event.page === null ? (
                <a href={hash}>{content}</a>
              ) : (
                <a href={`${pageHref(storyPath(slug, event.page))}${hash}`}>{content}</a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
