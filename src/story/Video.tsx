import { isSafeHref } from '../data/safeValues';
import type { Video as VideoValue } from '../data/schema';
import { responsiveSources } from '../images/imageVariants';
import { useMessages } from '../i18n/useMessages';
import { imageUrl } from '../site/assetUrl';
import { RichText } from './RichText';

/**
 * A local poster is shown as its 800-pixel JPEG variant, like an image's fallback: enough for a
 * player. The build checks that a poster is the size the video gives.
 */
function posterUrl(video: VideoValue): string | undefined {
  const sources = responsiveSources({ src: video.poster, width: video.width }, (path) => imageUrl(path) ?? path);
  return sources?.src ?? imageUrl(video.poster) ?? undefined;
}

/**
 * A self-hosted video with the browser's own controls. `preload="none"` and a required poster: the
 * page downloads nothing of the video (not even its length) until the reader presses play, and
 * the width and height reserve its box, so nothing moves when it starts. Captions and subtitles
 * are WebVTT tracks, offered in the player's menu.
 */
export function Video({ video, lead = false }: { video: VideoValue; lead?: boolean }) {
  const { t } = useMessages();
  return (
    <figure className={lead ? 'video video--lead' : 'video'}>
      {/* biome-ignore lint/a11y/useMediaCaption: the story's own tracks, captions among them, are rendered below */}
      <video
        className="video__player"
        controls
        preload="none"
        poster={posterUrl(video)}
        width={video.width}
        height={video.height}
        aria-label={video.title}
      >
        {video.sources.map((source) => {
          const src = imageUrl(source.src);
          return src && <source key={source.src} src={src} type={source.type} />;
        })}
        {video.tracks.map((track) => {
          const src = imageUrl(track.src);
          return (
            src && <track key={track.src} src={src} kind={track.kind} srcLang={track.srclang} label={track.label} />
          );
        })}
      </video>
      <figcaption>
        <span className="video__title">{video.title}</span>
        {video.caption && (
          <>
            {' '}
            <RichText text={video.caption} />
          </>
        )}
        {video.credit && <span className="picture__credit">{video.credit}</span>}
        {video.transcript && <Transcript href={video.transcript} label={t('media.transcript')} />}
      </figcaption>
    </figure>
  );
}

/** The link to a video's or a clip's words. Validation already rejects unsafe links; this keeps one from an href. */
export function Transcript({ href, label }: { href: string; label: string }) {
  if (!isSafeHref(href)) return null;
  return (
    <a className="media__transcript" href={href}>
      {label}
    </a>
  );
}
