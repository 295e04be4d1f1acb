import AxeBuilder from '@axe-core/playwright';
import { documentMarker, expect, hydrated, markDocument, test } from '../support/browserFixtures';

const arabicStory = '/stories/wardan-solar-desalination-plan/';
const japaneseStory = '/stories/harran-salt-battery-plant-japanese/';

test.describe('an Arabic story', () => {
  test('is right to left, in Arabic, interface included', async ({ page }) => {
    await page.goto(arabicStory);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 2, name: 'شارك أصدقاءك' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'اقتصاد' })).toBeVisible();
    await expect(page.getByText('قراءة في دقيقة واحدة')).toBeVisible();
    // The English product name inside the Arabic sentence is isolated and marked as English.
    await expect(page.locator('.story-body bdi[lang="en"]')).toHaveText('Solar Desal 2');
  });

  test('lays its lines out from the right: the first word at the right edge, the full stop after the year on the left', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(arabicStory);
    const geometry = await page
      .locator('.story-body > p')
      .first()
      .evaluate((paragraph) => {
        const text = paragraph.firstChild as Text;
        const range = document.createRange();
        const rect = (from: number, to: number) => {
          range.setStart(text, from);
          range.setEnd(text, to);
          return range.getBoundingClientRect();
        };
        const content = text.data;
        const firstWord = rect(0, content.indexOf(' '));
        const year = content.lastIndexOf('2016');
        const box = paragraph.getBoundingClientRect();
        const style = getComputedStyle(paragraph);
        return {
          paragraphRight: box.right - Number.parseFloat(style.paddingRight),
          firstWordRight: firstWord.right,
          yearLeft: rect(year, year + 4).left,
          stopRight: rect(content.length - 1, content.length).right,
          sameLine: Math.abs(rect(year, year + 4).top - rect(content.length - 1, content.length).top) < 2,
        };
      });
    expect(Math.abs(geometry.paragraphRight - geometry.firstWordRight)).toBeLessThan(2);
    // "… عام 2016." : read right to left, the year comes before the full stop, which is left of it.
    expect(geometry.sameLine).toBe(true);
    expect(geometry.stopRight).toBeLessThanOrEqual(geometry.yearLeft + 1);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations (WCAG 2.2 AA) in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(arabicStory);
      await page.evaluate(() => document.fonts.ready);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations).toEqual([]);
    });
  }
});

test('the Arabic edition has its own front page, and going to it turns the page right to left', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByRole('navigation', { name: 'Editions' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL('/ar/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('آخر الأخبار');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page
    .getByRole('link', { name: /مجلس الوردان/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('مجلس الوردان');
  await expect(page.getByRole('heading', { level: 2, name: 'شارك أصدقاءك' })).toBeVisible();
  await page.getByRole('navigation', { name: 'الطبعات' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Latest news');
});

test('a Japanese story is marked Japanese and says honestly how long it takes to read', async ({ page }) => {
  await page.goto(japaneseStory);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // Counting spaces would make this long story "1 minute"; Intl.Segmenter counts its words.
  const reading = await page.locator('.byline__reading').textContent();
  const minutes = Number(/(\d+)分で読めます/.exec(reading ?? '')?.[1]);
  expect(minutes).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('heading', { level: 2, name: '友だちに知らせる' })).toBeVisible();
});

test('a story and its translation link to each other, and the link switches the page’s language in place', async ({
  page,
}) => {
  const englishStory = '/stories/corvel-salt-battery-plant-harran/';
  await page.goto(englishStory);
  await hydrated(page);
  await markDocument(page);
  const versions = page.getByRole('navigation', { name: 'This story in other languages' });
  const japanese = versions.getByRole('link', { name: 'Read in 日本語' });
  await expect(japanese).toHaveAttribute('hreflang', 'ja');
  await expect(japanese.locator('span')).toHaveAttribute('lang', 'ja');

  await japanese.click();
  await expect(page).toHaveURL(japaneseStory);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  expect(await documentMarker(page), 'a client-side navigation').toBeDefined();
  // Back the other way, worded in Japanese, the language named in itself.
  const english = page.getByRole('navigation', { name: 'この記事の他の言語版' }).getByRole('link');
  await expect(english).toHaveText('Englishで読む');
  await expect(english).toHaveAttribute('hreflang', 'en');
  const original = await page.locator('head link[hreflang="x-default"]').getAttribute('href');
  expect(new URL(original!).pathname).toBe(englishStory);
});
