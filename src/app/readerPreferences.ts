/**
 * The reader's display preferences: what they can choose, where the choice is kept, and how it
 * reaches the page (attributes on <html> that the stylesheets read). The inline head script
 * (themeScript.ts) and the settings panel (ReaderSettings.tsx) both work from these.
 */

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const textSizes = ['small', 'medium', 'large', 'x-large'] as const;
export type TextSize = (typeof textSizes)[number];

export const defaultTheme: Theme = 'system';
export const defaultTextSize: TextSize = 'medium';

export const storageKeys = { theme: 'dispatch-theme', textSize: 'dispatch-text-size' } as const;

/** `<html data-theme="dark" data-text-size="large">`; a default choice leaves its attribute off. */
export const rootAttributes = { theme: 'theme', textSize: 'textSize' } as const;

const isTheme = (value: string | undefined): value is Theme => themes.includes(value as Theme);
const isTextSize = (value: string | undefined): value is TextSize => textSizes.includes(value as TextSize);

/** What the page currently shows, as the head script (or an earlier choice) left it on <html>. */
export function currentPreferences(root: HTMLElement): { theme: Theme; textSize: TextSize } {
  const theme = root.dataset[rootAttributes.theme];
  const textSize = root.dataset[rootAttributes.textSize];
  return {
    theme: isTheme(theme) ? theme : defaultTheme,
    textSize: isTextSize(textSize) ? textSize : defaultTextSize,
  };
}

function apply(root: HTMLElement, attribute: string, key: string, value: string, fallback: string): void {
  if (value === fallback) delete root.dataset[attribute];
  else root.dataset[attribute] = value;
  try {
    if (value === fallback) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage can be off (private modes, blocked cookies): the choice still holds for this page.
  }
}

export function applyTheme(root: HTMLElement, theme: Theme): void {
  apply(root, rootAttributes.theme, storageKeys.theme, theme, defaultTheme);
}

export function applyTextSize(root: HTMLElement, textSize: TextSize): void {
  apply(root, rootAttributes.textSize, storageKeys.textSize, textSize, defaultTextSize);
}
