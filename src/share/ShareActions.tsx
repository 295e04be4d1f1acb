import { useEffect, useState, type MouseEvent } from 'react';
import { copyText } from './copyText';
import { ShareIcon, type ShareIconName } from './ShareIcon';
import { shareLinks, type Shared } from './shareLinks';
import { useHydrated } from '../lib/useHydrated';
import { useMessages } from '../i18n/useMessages';
import './share.css';

type CopyState = 'idle' | 'copied' | 'failed';

/** A share control with its icon and a word beside it; `name` says what it shares, for screen readers. */
function LabelledButton(props: {
  variant: 'labelled' | 'primary';
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
  name: string;
  icon: ShareIconName;
  label: string;
}) {
  return (
    <button
      type="button"
      className={`share-button share-button--${props.variant}`}
      onClick={props.onClick}
      aria-label={props.name}
    >
      <ShareIcon name={props.icon} />
      <span>{props.label}</span>
    </button>
  );
}

/** How long "Link copied" stays on screen. */
const CONFIRMATION_MS = 5000;

const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/**
 * The ways to pass something on: the device's own share sheet where there is one, Copy link, and
 * links to eight services. `subject` names what is shared in every control's accessible name
 * (Share “<headline>” on X), so a screen reader hears which story, or which quote, each one is for.
 */
export function ShareActions({ shared, subject }: { shared: Shared; subject: string }) {
  const { t } = useMessages();
  const hydrated = useHydrated();
  const webShare = hydrated && typeof navigator.share === 'function';
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(() => {
    if (copy !== 'copied') return;
    const timer = setTimeout(() => setCopy('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [copy]);

  async function copyLink() {
    setCopy((await copyText(shared.url)) ? 'copied' : 'failed');
  }

  async function share(event: MouseEvent<HTMLButtonElement>) {
    const button = event.currentTarget;
    try {
      await navigator.share({ title: shared.title, text: shared.text ?? shared.title, url: shared.url });
    } catch (error) {
      // The reader closed the share sheet: nothing went wrong. Anything else: copy the link instead.
      if (!isAbort(error)) await copyLink();
    } finally {
      // The share sheet takes focus away; the reader comes back to the button they pressed.
      button.focus();
    }
  }

  return (
    // data-ready: the controls work (their handlers are attached and the share sheet looked for).
    <div className="share-actions" data-ready={hydrated || undefined}>
      <div className="share-actions__row">
        {/* In the pre-rendered page too, hidden where scripting is off (share.css): hydrating adds
            nothing above what follows, so nothing moves. The share sheet's button, which only
            the browser can say it has, comes last, where it moves nothing either. */}
        <ul className="share-actions__main">
          <li>
            <LabelledButton
              variant="labelled"
              onClick={copyLink}
              name={t('share.copyLinkTo', { subject })}
              icon={copy === 'copied' ? 'copied' : 'link'}
              label={t('share.copyLink')}
            />
          </li>
          {webShare && (
            <li>
              <LabelledButton
                variant="primary"
                onClick={share}
                name={t('share.shareSubject', { subject })}
                icon="share"
                label={t('share.share')}
              />
            </li>
          )}
        </ul>
        <ul className="share-actions__services">
          {shareLinks(shared).map((target) => {
            // A mail link opens the mail app, not a page: it stays in this tab.
            const mail = target.href.startsWith('mailto:');
            return (
              <li key={target.id}>
                <a
                  className="share-button"
                  href={target.href}
                  {...(!mail && { target: '_blank', rel: 'noopener noreferrer' })}
                  aria-label={mail ? t('share.byEmail', { subject }) : t('share.on', { subject, service: target.name })}
                  data-tooltip={target.name}
                >
                  <ShareIcon name={target.id} />
                </a>
              </li>
            );
          })}
        </ul>
      </div>
      <p className="share-actions__status" role="status">
        {copy === 'copied' && t('share.copied')}
        {copy === 'failed' && t('share.copyFailed')}
      </p>
      {copy === 'failed' && (
        <input
          className="share-actions__url"
          type="url"
          readOnly
          value={shared.url}
          aria-label={t('share.linkField')}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
