import type { AudioBlock } from '../data/schema';
import { useMessages } from '../i18n/useMessages';
import { imageUrl } from '../site/assetUrl';
import { clockTime, isoDuration } from './mediaTime';
import { Transcript } from './Video';

/** A sound clip with the browser's own controls: nothing is downloaded until the reader presses play. */
export function Audio({ audio }: { audio: AudioBlock }) {
  const { t } = useMessages();
  return (
    <figure className="audio">
      <figcaption className="audio__caption">
        <span className="audio__title">{audio.title}</span>{' '}
        <time className="audio__duration" dateTime={isoDuration(audio.duration)}>
          {clockTime(audio.duration)}
        </time>
        {audio.credit && <span className="picture__credit">{audio.credit}</span>}
      </figcaption>
      {/* biome-ignore lint/a11y/useMediaCaption: a clip's words are in its transcript; <audio> shows no captions */}
      <audio className="audio__player" controls preload="none" aria-label={audio.title}>
        {audio.sources.map((source) => {
          const src = imageUrl(source.src);
          return src && <source key={source.src} src={src} type={source.type} />;
        })}
      </audio>
      {audio.transcript && <Transcript href={audio.transcript} label={t('media.transcript')} />}
    </figure>
  );
}
