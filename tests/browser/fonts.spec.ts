import type { Page } from '@playwright/test';
import { expect, hydrated, test } from '../support/browserFixtures';

const slug = 'comet-kestrel-explainer';

/** The font files the page asks for, by file name, in the order asked. */
function fontRequests(page: Page): string[] {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname.split('/').at(-1)!);
  });
  return fonts;
}

test('an English story downloads its two Latin faces and no font of another script', async ({ page }) => {
  const fonts = fontRequests(page);
  await page.goto(`/stories/${slug}/`);
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.wheel(0, 5000);
  await page.waitForLoadState('networkidle');
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((name) => !/^(newsreader|public-sans)-latin-/.test(name))).toEqual([]);
  // Nor does the service worker fetch them for offline reading behind the reader's back.
  const worker = await (await page.request.get('/sw.js')).text();
  expect(worker).toMatch(/newsreader-latin-wght-normal-[\w-]+\.woff2/);
  expect(worker).not.toContain('noto-');
});

test('text in another script loads that script’s faces and no others', async ({ page }) => {
  const fonts = fontRequests(page);
  await page.goto(`/stories/${slug}/`);
  await page.evaluate(() => document.fonts.ready);
  // A Kyrgyz quotation and an Arabic one, as a story in any language may hold, at the end of the
  // page (outside the app, which hydrates its own HTML).
  await page.evaluate(() => {
    const end = document.body.lastElementChild!;
    for (const [lang, dir, text] of [
      ['ky', 'ltr', 'Бишкекте жаңы көпүрө ачылды.'],
      ['ar', 'rtl', 'البرلمان يقر قانون المكتبات الريفية.'],
    ]) {
      const quote = document.createElement('p');
      Object.assign(quote, { lang, dir, textContent: text });
      end.after(quote);
    }
  });
  const expected = ['noto-naskh-arabic-arabic', 'noto-serif-cyrillic-ext', 'noto-serif-cyrillic'];
  await expect
    .poll(() => [...new Set(fonts.filter((name) => !/^(newsreader|public-sans)-latin-/.test(name)))].sort(), {
      timeout: 15_000,
    })
    .toEqual(expected.map((name) => expect.stringMatching(new RegExp(`^${name}-wght-normal-[\\w-]+\\.woff2$`))));
});

test('a page in Japanese or Chinese sets its text, Latin letters and digits too, in one CJK face', async ({ page }) => {
  await page.goto(`/stories/${slug}/`);
  const firstFace = (language: string) =>
    page.evaluate((lang) => {
      document.documentElement.lang = lang;
      // The story's text inherits the body's face.
      return getComputedStyle(document.body).fontFamily.split(',')[0]!.trim();
    }, language);
  expect(await firstFace('ja')).toBe('"Noto Serif JP"');
  expect(await firstFace('zh-Hans')).toBe('"Noto Serif SC"');
  expect(await firstFace('en')).toBe('Newsreader');
});

test('each face is declared once, so applying the whole stylesheet never swaps in a font the page went without', async ({
  page,
}) => {
  // A font arriving after the first paint is left out (font-display: optional); a second
  // declaration of it, when the app loader applies the stylesheet, would be a new face and draw it.
  await page.goto(`/stories/${slug}/`);
  await hydrated(page);
  const faces = await page.evaluate(() =>
    [...document.fonts].map((face) => [face.family, face.style, face.weight, face.unicodeRange].join(' ')),
  );
  expect(faces.length).toBeGreaterThan(4);
  expect(faces.filter((face, i) => faces.indexOf(face) !== i)).toEqual([]);
});

test('a Japanese page brings its own Japanese faces, only the slices its text uses; other pages none', async ({
  page,
}) => {
  const fonts = fontRequests(page);
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname);
  });
  await page.goto('/stories/corvel-salt-battery-plant-harran/');
  await hydrated(page);
  expect(stylesheets.filter((path) => path.startsWith('/fonts/'))).toEqual([]);

  // A client navigation to the Japanese version links the faces, as loading that page does.
  await page.getByRole('link', { name: 'Read in 日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // check() is true, too, while no face of that family is declared yet: wait for ja.css's faces first.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          [...document.fonts].some((face) => face.family.includes('Noto Serif JP')) &&
          document.fonts.check('700 16px "Noto Serif JP"', '塩電池工場'),
      ),
    )
    .toBe(true);
  expect(stylesheets).toContain('/fonts/ja.css');
  const japanese = fonts.filter((name) => /^noto-(sans|serif)-jp-/.test(name));
  expect(japanese.length).toBeGreaterThan(0);
  // About a hundred slices per face and weight exist; a story needs a fraction of them.
  expect(japanese.length).toBeLessThan(150);
  expect(fonts.filter((name) => /-sc-/.test(name))).toEqual([]);
});

test('a Japanese page links its faces without holding up the first paint, and at once without JavaScript', async ({
  page,
}) => {
  await page.goto('/stories/harran-salt-battery-plant-japanese/');
  await expect(page.locator('head link[data-script-fonts]')).toHaveAttribute('href', '/fonts/ja.css');
  // Applied by the app loader after the first paint, like the whole stylesheet.
  await expect(page.locator('head link[data-script-fonts]')).toHaveAttribute('media', 'all');
  // Without JavaScript, <noscript> links them (and the whole stylesheet, for print).
  const noscripts = await page.locator('head noscript').evaluateAll((elements) => elements.map((e) => e.innerHTML));
  expect(noscripts.filter((html) => html.includes('href="/fonts/ja.css"'))).toHaveLength(1);
});
