import { afterEach, describe, expect, test, vi } from 'vitest';
import { applyTextSize, applyTheme, currentPreferences, storageKeys } from '../../src/app/readerPreferences';
import { themeScript } from '../../src/app/themeScript';

const root = document.documentElement;
// The script runs as the browser would run it: as text, not as the module's code.
const runHeadScript = () => new Function(themeScript)();

afterEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.textSize;
});

describe('the head script', () => {
  test('puts the stored theme and text size on <html>, where the stylesheets read them', () => {
    localStorage.setItem(storageKeys.theme, 'dark');
    localStorage.setItem(storageKeys.textSize, 'x-large');
    runHeadScript();
    expect(root.dataset.theme).toBe('dark');
    expect(root.dataset.textSize).toBe('x-large');
    expect(currentPreferences(root)).toEqual({ theme: 'dark', textSize: 'x-large' });
  });

  test('leaves the defaults, and anything it does not know, off the page', () => {
    localStorage.setItem(storageKeys.theme, 'sepia');
    localStorage.setItem(storageKeys.textSize, 'medium');
    runHeadScript();
    expect(root.dataset.theme).toBeUndefined();
    expect(root.dataset.textSize).toBeUndefined();
    expect(currentPreferences(root)).toEqual({ theme: 'system', textSize: 'medium' });
  });

  test('does nothing, and throws nothing, when storage is off', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(runHeadScript).not.toThrow();
    expect(root.dataset.theme).toBeUndefined();
  });

  test('reads back what the settings panel stores', () => {
    applyTheme(root, 'light');
    applyTextSize(root, 'small');
    delete root.dataset.theme;
    delete root.dataset.textSize;
    runHeadScript();
    expect(currentPreferences(root)).toEqual({ theme: 'light', textSize: 'small' });

    applyTheme(root, 'system');
    expect(localStorage.getItem(storageKeys.theme)).toBeNull();
    expect(root.dataset.theme).toBeUndefined();
  });
});
