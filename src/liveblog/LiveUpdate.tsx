import type { PublishedUpdate, StorySummary } from '../data/documents';
import { formatRelative } from '../lib/relativeTime';
import { useMessages } from '../i18n/useMessages';
import { ShareActions } from '../share/ShareActions';
import { ShareIcon } from '../share/ShareIcon';
import { Body } from '../story/Body';

/** An update's element id: what its permalink, `#update-<id>`, points at. */
export const updateElementId = (id: string): string => `update-${id}`;

/** Shares one update: a link to its own place on the page, folded under a small toggle; works without JavaScript. */
function UpdateShare({ update, story }: { update: PublishedUpdate; story: { url: string; title: string } }) {
  const { t } = useMessages();
  const subject = t('liveblog.subject', { time: update.clock });
  return (
    <details className="quote-share">
      <summary className="quote-share__toggle">
        <ShareIcon name="share" />
        {t('liveblog.share')}
        <span className="visually-hidden">{t('liveblog.shareHidden', { subject })}</span>
      </summary>
      <ShareActions
        shared={{
          url: `${story.url}#${updateElementId(update.id)}`,
          title: story.title,
          text: update.title ?? story.title,
        }}
        subject={subject}
      />
    </details>
  );
}

/** One update: its time (a permalink), how long ago, its title and author, its blocks and its share control. */
export function LiveUpdate({
  update,
  story,
  now,
  linked,
}: {
  update: PublishedUpdate;
  story: { url: string; title: string };
  now: number | null;
  /** The cards of the stories its related links point to (StoryPage.linked). */
  linked: StorySummary[];
}) {
  const { t } = useMessages();
  const id = updateElementId(update.id);
  const relative = now === null ? null : formatRelative(update.published, now, t);
  return (
    <article className={update.keyEvent ? 'live-update live-update--key' : 'live-update'} id={id} tabIndex={-1}>
      <p className="live-update__time">
        <a href={`#${id}`}>
          <time dateTime={update.published}>{update.clock}</time>
        </a>
        {/* Joins the line the time is on, so its arrival after hydration moves nothing. */}
        {relative && <span className="live-update__ago">{relative}</span>}
      </p>
      {update.title && <h2 className="live-update__title">{update.title}</h2>}
      {update.author && <p className="live-update__author">{update.author.name}</p>}
      <Body blocks={update.body} ids={`${id}-`} linked={linked} />
      <UpdateShare update={update} story={story} />
    </article>
  );
}
