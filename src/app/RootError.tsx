import { useMessages } from '../i18n/useMessages';

/** The last line of defence, outside the layout: never a blank screen, even if the layout fails. */
export function RootError() {
  const { t } = useMessages();
  return (
    <main className="message-page" role="alert">
      <h1>{t('error.rootTitle')}</h1>
      <p>{t('error.root')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </p>
    </main>
  );
}
