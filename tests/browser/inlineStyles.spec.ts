import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browserFixtures';

/** Every pre-rendered page of the built site but the app shell, by its address. */
const pages = readdirSync(path.resolve(process.env.DISPATCH_OUT_DIR ?? 'dist'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.html') && file !== 'shell.html')
  .map(
    (file) =>
      `/${file
        .split(path.sep)
        .join('/')
        .replace(/index\.html$/, '')}`,
  )
  .sort();

/**
 * Applies the whole stylesheet as the app loader does, and names every pre-rendered element (its
 * ::before and ::after too) whose computed style that changed, with the declarations that did.
 */
const restyledByTheWholeStylesheet = (page: Page) =>
  page.evaluate(async () => {
    // A face that arrives between the two looks would change them: both are taken with every font in.
    await document.fonts.ready;
    const names = [...getComputedStyle(document.body)];
    // What the reader can see: not the closed display settings' panel, which the app's stylesheet
    // styles before the app shows its button (pipeline/criticalCss.ts, SHOWN_BY_THE_APP_CLASSES).
    const elements = [...document.querySelectorAll('#root, #root *')].filter((element) => element.checkVisibility());
    const pseudos = [null, '::before', '::after'];
    const snapshot = () =>
      elements.map((element) =>
        pseudos.map((pseudo) => {
          const style = getComputedStyle(element, pseudo);
          // A ::before or ::after with no content is not drawn: its content is all there is to compare.
          if (pseudo && /^(none|normal)$/.test(style.content)) return [`content:${style.content}`];
          return names.map((name) => `${name}:${style.getPropertyValue(name)}`);
        }),
      );
    const inlined = snapshot();
    // Without JavaScript, a page links the whole stylesheet for print only (in <noscript>; the 404
    // page, which has no app loader, plainly).
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[data-app-styles]')];
    if (links.length === 0) throw new Error('the page links no whole stylesheet to apply');
    await Promise.all(
      links.map((link) => {
        link.media = 'all';
        return link.sheet ? null : new Promise((resolve) => link.addEventListener('load', resolve));
      }),
    );
    await document.fonts.ready;
    return snapshot().flatMap((styles, i) =>
      styles.flatMap((declarations, j) => {
        const changed = declarations.filter((declaration, k) => declaration !== inlined[i]![j]![k]);
        if (changed.length === 0) return [];
        const element = elements[i]!;
        return [
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}${pseudos[j] ?? ''} ${changed.join('; ')}`,
        ];
      }),
    );
  });

test.describe('what a page inlines of the stylesheet', () => {
  // Without JavaScript nothing but the test applies the stylesheet; without motion no style changes as time passes.
  test.use({ javaScriptEnabled: false, reducedMotion: 'reduce' });

  test('is made for every page of the site', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  // All of it that applies to the page: applying the whole stylesheet changes no pre-rendered element.
  for (const address of pages) {
    test(`${address} looks the same before and after the whole stylesheet`, async ({ page }) => {
      await page.goto(address);
      expect(await restyledByTheWholeStylesheet(page)).toEqual([]);
    });
  }

  test('leaves out the parts for other kinds of page', async ({ page }) => {
    const inlined = async (address: string) => {
      await page.goto(address);
      return (await page.locator('head style').allTextContents()).join('');
    };
    const has = (css: string, text: string) => css.includes(text);
    const story = await inlined('/stories/defense-secretary-troops-not-withdrawing-iraq/');
    expect(has(story, '.story-nav'), 'the story inlines its own styles').toBe(true);
    expect(has(story, '.card-grid'), 'the story inlines the lists’ styles').toBe(false);
    const front = await inlined('/');
    expect(has(front, '.card-grid'), 'the front page inlines its own styles').toBe(true);
    expect(has(front, '.story-nav'), 'the front page inlines the story’s styles').toBe(false);
    expect(has(front, '.share-button'), 'the front page inlines the share buttons’ styles').toBe(false);
    // Every page has all the faces: declared later, by the whole stylesheet, one would be a second face.
    expect(has(front, '@font-face{font-family:Noto Naskh Arabic;'), 'the front page declares the Arabic faces').toBe(
      true,
    );
  });
});

test('with JavaScript, the loader links the whole stylesheet where a page links it for print', async ({ page }) => {
  // The media story inlines its blocks' styles after the site's: they must still come last.
  await page.goto('/stories/marrow-bay-first-winter-of-retreat/');
  const main = page.locator('head link[data-app-styles][href*="/assets/main-"]');
  await expect(main).toHaveAttribute('media', 'all');
  const order = await page.evaluate(() =>
    [...document.head.children]
      // Not the media chunk's own stylesheet, which the app links when it loads the chunk.
      .filter((element) => element.matches('style, link[href*="/assets/main-"], noscript[data-app-styles]'))
      .map((element) => element.tagName.toLowerCase()),
  );
  expect(order.slice(-3)).toEqual(['link', 'noscript', 'style']);
  expect(order.filter((tag) => tag === 'link')).toHaveLength(1);
});
