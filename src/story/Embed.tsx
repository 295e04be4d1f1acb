import { use, useState } from 'react';
import { embedFrameUrl, PROVIDER_NAMES } from '../data/embedProviders';
import { isSafeHref } from '../data/safeValues';
import type { EmbedBlock } from '../data/schema';
import { ResponsiveImage } from '../images/ResponsiveImage';
import { useEdition, useMessages } from '../i18n/useMessages';
import { embedDate } from './embedDate';
import { EmbedDaysContext } from './EmbedDaysContext';

/** media.css lays an embed's still out at the text column's width. */
const THUMBNAIL_SIZES = '(min-width: 42rem) 38rem, 100vw';

/** Frames for posts and graphics are as tall as the story says, or this. */
const DEFAULT_HEIGHT = 600;

/** Only what a player needs: no top navigation, no downloads, no forms posting elsewhere. */
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';

/** 16:9 players, sized by media.css; the others take the story's height. */
const isPlayer = (provider: EmbedBlock['provider']) => provider === 'youtube' || provider === 'vimeo';

/** The button the reader pressed is gone: focus goes to what it loaded, once, when it appears. */
const focusWhenShown = (element: HTMLIFrameElement | null) => element?.focus();

/**
 * Another service's video, post or a publisher's interactive graphic, without tracking: the page
 * shows the story's own copy of it (title or text, author, date, still, link), and only a click on
 * "Load content from YouTube" frames the provider's player, from the address built from the id in
 * the story's URL. Without JavaScript the button is hidden (media.css) and the link remains.
 */
export function Embed({ embed }: { embed: EmbedBlock }) {
  const { t } = useMessages();
  const edition = useEdition();
  const [loaded, setLoaded] = useState(false);
  const frame = embedFrameUrl(embed.provider, embed.url);
  const interactive = embed.provider === 'interactive';
  const provider = PROVIDER_NAMES[embed.provider];
  const name = embed.title ?? embed.text ?? '';
  if (loaded && frame) {
    return (
      <div className={`embed embed--loaded embed--${embed.provider}`}>
        <iframe
          ref={focusWhenShown}
          className={isPlayer(embed.provider) ? 'embed__frame embed__frame--player' : 'embed__frame'}
          src={frame}
          title={interactive ? name : t('embed.frameTitle', { provider, title: name })}
          height={isPlayer(embed.provider) ? undefined : (embed.height ?? DEFAULT_HEIGHT)}
          sandbox={SANDBOX}
          allow="fullscreen; picture-in-picture; encrypted-media"
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  // Worded by the build; only an update that came by a live poll, after the story's document, is worded here.
  const days = use(EmbedDaysContext);
  const date = embed.date ? (days[embed.date] ?? embedDate(embed.date, edition)) : null;
  return (
    <div className={`embed embed--${embed.provider}`}>
      <figure className="embed__copy">
        {embed.thumbnail && (
          <ResponsiveImage
            className="embed__thumbnail"
            image={embed.thumbnail}
            alt={embed.thumbnail.alt}
            sizes={THUMBNAIL_SIZES}
          />
        )}
        <blockquote className="embed__quote" cite={isSafeHref(embed.url) ? embed.url : undefined}>
          {embed.title && <p className="embed__title">{embed.title}</p>}
          {embed.text && <p className="embed__text">{embed.text}</p>}
        </blockquote>
        {(embed.author || date) && (
          <figcaption className="embed__source">
            {embed.author}
            {embed.author && date && t('story.separator')}
            {date && embed.date && <time dateTime={embed.date}>{date}</time>}
          </figcaption>
        )}
      </figure>
      <p className="embed__actions">
        {isSafeHref(embed.url) && (
          <a className="embed__link" href={embed.url} rel="nofollow noopener">
            {interactive ? t('embed.openInteractive') : t('embed.viewOn', { provider })}
          </a>
        )}
        {frame && (
          <button type="button" className="button embed__load" onClick={() => setLoaded(true)}>
            {interactive ? t('embed.loadInteractive') : t('embed.load', { provider })}
          </button>
        )}
      </p>
      {!interactive && <p className="embed__notice">{t('embed.notice', { provider })}</p>}
    </div>
  );
}
