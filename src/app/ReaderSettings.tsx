import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useMessages } from '../i18n/useMessages';
import { preloadOnIntent } from '../lib/preloadOnIntent';
import './readerSettings.css';

const PANEL_ID = 'reader-settings';

type Panel = typeof import('./ReaderSettingsPanel');
const loadPanel = (): Promise<Panel> => import('./ReaderSettingsPanel');

/**
 * Theme and text size, in a popover under a masthead button. The button stays hidden until the
 * app has mounted it: it does nothing without the app's script, as on the script-free 404 page.
 * What the popover holds (ReaderSettingsPanel.tsx) is a chunk of its own, asked for as the reader
 * points at the button, focuses it or touches it, so a press finds it there; a press that comes
 * first opens the popover once it has arrived.
 */
export function ReaderSettings() {
  const { t } = useMessages();
  const [ready, setReady] = useState(false);
  const [panel, setPanel] = useState<Panel | null>(null);
  const popover = useRef<HTMLFieldSetElement>(null);

  useEffect(() => setReady(true), []);

  const load = () =>
    loadPanel().then((loaded) => {
      // Rendered before the popover opens: the keyboard goes straight into its choices.
      flushSync(() => setPanel(loaded));
    });
  const preload = () => void load().catch(() => {});
  const openWhenLoaded = (event: MouseEvent<HTMLButtonElement>) => {
    if (panel) return;
    event.preventDefault();
    const button = event.currentTarget;
    // Offline before the service worker keeps the chunk, the press does nothing and can be made again.
    void load()
      .then(() => popover.current?.showPopover({ source: button }))
      .catch(() => {});
  };

  return (
    <div className="reader-settings" data-ready={ready || undefined}>
      <button
        type="button"
        className="reader-settings__toggle"
        popoverTarget={PANEL_ID}
        onClick={openWhenLoaded}
        {...preloadOnIntent(preload)}
      >
        <span className="reader-settings__icon" aria-hidden="true">
          Aa
        </span>
        <span className="visually-hidden">{t('settings.label')}</span>
        <span aria-hidden="true">{t('settings.toggle')}</span>
      </button>
      <fieldset
        ref={popover}
        id={PANEL_ID}
        popover="auto"
        className="reader-settings__panel"
        aria-label={t('settings.label')}
      >
        {panel && <panel.ReaderSettingsPanel />}
      </fieldset>
    </div>
  );
}
