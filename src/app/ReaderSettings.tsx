import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/useMessages';
import { ChoiceGroup } from './ChoiceGroup';
import {
  applyTextSize,
  applyTheme,
  currentPreferences,
  defaultTextSize,
  defaultTheme,
  textSizes,
  themes,
  type TextSize,
  type Theme,
} from './readerPreferences';
import './readerSettings.css';

const PANEL_ID = 'reader-settings';

/**
 * Theme and text size, in a popover under a masthead button. The server cannot know what a reader
 * chose, so the first render shows the defaults and the choice is read from <html> (where the
 * head script put it) once mounted. Until then the button stays hidden: it does nothing without
 * the app's script, as on the script-free 404 page.
 */
export function ReaderSettings() {
  const { t } = useMessages();
  const [ready, setReady] = useState(false);
  const [theme, setTheme] = useState<Theme>(defaultTheme);
  const [textSize, setTextSize] = useState<TextSize>(defaultTextSize);

  useEffect(() => {
    const current = currentPreferences(document.documentElement);
    setTheme(current.theme);
    setTextSize(current.textSize);
    setReady(true);
  }, []);

  const chooseTheme = (value: Theme) => {
    applyTheme(document.documentElement, value);
    setTheme(value);
  };
  const chooseTextSize = (value: TextSize) => {
    applyTextSize(document.documentElement, value);
    setTextSize(value);
  };

  return (
    <div className="reader-settings" data-ready={ready || undefined}>
      <button type="button" className="reader-settings__toggle" popoverTarget={PANEL_ID}>
        <span className="reader-settings__icon" aria-hidden="true">
          Aa
        </span>
        <span className="visually-hidden">{t('settings.label')}</span>
        <span aria-hidden="true">{t('settings.toggle')}</span>
      </button>
      <fieldset id={PANEL_ID} popover="auto" className="reader-settings__panel" aria-label={t('settings.label')}>
        <ChoiceGroup
          legend={t('settings.theme')}
          name="theme"
          options={themes}
          value={theme}
          onChange={chooseTheme}
          label={(option) => t(`settings.theme.${option}`)}
        />
        <ChoiceGroup
          legend={t('settings.textSize')}
          name="text-size"
          options={textSizes}
          value={textSize}
          onChange={chooseTextSize}
          label={(option) => (
            <>
              <span className={`reader-settings__sample reader-settings__sample--${option}`} aria-hidden="true">
                A
              </span>
              {t(`settings.textSize.${option}`)}
            </>
          )}
        />
      </fieldset>
    </div>
  );
}
