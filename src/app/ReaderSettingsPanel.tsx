import { useState } from 'react';
import { useMessages } from '../i18n/useMessages';
import { ChoiceGroup } from './ChoiceGroup';
import {
  applyTextSize,
  applyTheme,
  currentPreferences,
  type TextSize,
  type Theme,
  textSizes,
  themes,
} from './readerPreferences';

/**
 * What the display settings popover holds: theme and text size. A chunk of its own, loaded as the
 * reader points at or focuses the masthead's button (ReaderSettings.tsx), and only ever rendered
 * in the browser, so it starts from what <html> shows (where the head script put the choice).
 */
export function ReaderSettingsPanel() {
  const { t } = useMessages();
  const [theme, setTheme] = useState<Theme>(() => currentPreferences(document.documentElement).theme);
  const [textSize, setTextSize] = useState<TextSize>(() => currentPreferences(document.documentElement).textSize);

  const chooseTheme = (value: Theme) => {
    applyTheme(document.documentElement, value);
    setTheme(value);
  };
  const chooseTextSize = (value: TextSize) => {
    applyTextSize(document.documentElement, value);
    setTextSize(value);
  };

  return (
    <>
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
    </>
  );
}
