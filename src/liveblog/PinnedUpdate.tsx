import type { PublishedUpdate, StorySummary } from '../data/documents';
import { useMessages } from '../i18n/useMessages';
import { Body } from '../story/Body';
import { updateElementId } from './LiveUpdate';

/** A pinned post longer than this many blocks shows its start, and the rest behind "Read the whole post". */
const PINNED_OPEN_BLOCKS = 2;

/** The pinned post, above the updates; folded when long, with <details>, so it folds without JavaScript too. */
export function PinnedUpdate({ update, linked }: { update: PublishedUpdate; linked: StorySummary[] }) {
  const { t } = useMessages();
  const id = updateElementId(update.id);
  const long = update.body.length > PINNED_OPEN_BLOCKS + 1;
  return (
    <article className="live-update live-update--pinned" id={id} tabIndex={-1}>
      <p className="live-update__time">
        <span className="live-update__label">{t('liveblog.pinned')}</span>
        <a href={`#${id}`}>
          <time dateTime={update.published}>{update.clock}</time>
        </a>
      </p>
      {update.title && <h2 className="live-update__title">{update.title}</h2>}
      <Body blocks={long ? update.body.slice(0, PINNED_OPEN_BLOCKS) : update.body} ids={`${id}-`} linked={linked} />
      {long && (
        <details className="live-update__more">
          <summary>{t('liveblog.readMore')}</summary>
          <Body blocks={update.body.slice(PINNED_OPEN_BLOCKS)} ids={`${id}-more-`} linked={linked} />
        </details>
      )}
    </article>
  );
}
