import { useMessages } from '../i18n/useMessages';
import { ShareActions } from './ShareActions';

/** "Tell your friends": the story's share controls, under its body. */
export function ShareBar({ url, title }: { url: string; title: string }) {
  const { t } = useMessages();
  return (
    <section className="share-bar" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share-bar__heading">
        {t('share.heading')}
      </h2>
      <ShareActions shared={{ url, title }} subject={t('share.story', { headline: title })} />
    </section>
  );
}
