import { useMessages } from '../i18n/useMessages';
import { ShareActions } from './ShareActions';
import { ShareIcon } from './ShareIcon';
import { quoteText, quoteUrl } from './shareLinks';

/** The first words of a quote, enough to tell two quotes apart in a control's name. */
const opening = (quote: string): string => {
  const words = quote.split(/\s+/);
  return words.length <= 8 ? quote : `${words.slice(0, 8).join(' ')}…`;
};

/**
 * Shares one pull quote: its words, and a link that scrolls to it and highlights it. Folded away
 * under a small toggle so it does not get in the way of reading; works without JavaScript.
 */
export function QuoteShare({
  id,
  text,
  attribution,
  story,
}: {
  id: string;
  text: string;
  attribution?: string | undefined;
  story: { url: string; title: string };
}) {
  const { t } = useMessages();
  return (
    <details className="quote-share">
      <summary className="quote-share__toggle">
        <ShareIcon name="share" />
        {t('share.quote')}
        <span className="visually-hidden">{t('share.quoteHidden', { opening: opening(text) })}</span>
      </summary>
      <ShareActions
        shared={{
          url: quoteUrl(story.url, id, text, attribution),
          title: story.title,
          text: quoteText(text, attribution),
        }}
        subject={t('share.quoteSubject', { opening: opening(text) })}
      />
    </details>
  );
}
