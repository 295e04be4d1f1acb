import { testAccessibleInEveryTheme } from '../support/accessibility';
import { expect, hydrated, test } from '../support/browserFixtures';

/**
 * The sample review, which uses every text and trust block: related links, a table, boxes, line
 * breaks, a rich sub-heading, the author's role and dateline, a rating and a correction.
 */
const SAMPLE = '/stories/flood-year-harbour-playhouse-review/';
const TABLE = 'Where The Flood Year plays next, with the cheapest full-price ticket';

test.describe('accessibility of the sample review', () => {
  testAccessibleInEveryTheme(SAMPLE);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every block is in the pre-rendered page', async ({ page }) => {
    await page.goto(SAMPLE);
    const article = page.getByRole('article');
    await expect(article.getByRole('navigation', { name: 'More on this story' }).getByRole('link')).toHaveCount(2);
    await expect(article.getByText('Rated 4 out of 5')).toBeAttached();
    await expect(article.getByText('By Ines Calloway (Theatre critic, reporting from Marrow Bay)')).toBeVisible();
    await expect(article.getByRole('heading', { level: 2, name: 'A town that plays itself' })).toBeVisible();
    await expect(
      article.getByRole('link', { name: /^Analysis Marrow Bay votes to let the sea back in/ }),
    ).toBeVisible();
    await expect(article.getByRole('link', { name: /^The Flood Year: tickets and access information/ })).toBeVisible();
    await expect(article.getByRole('region', { name: TABLE }).getByRole('row')).toHaveCount(5);
    for (const name of ['What Marrow Bay decided', 'The Flood Year at a glance', 'Should you go?'])
      await expect(article.getByRole('complementary', { name })).toBeVisible();
    // The letter keeps its lines: four breaks inside one quotation.
    await expect(article.locator('.blockquote br')).toHaveCount(4);
    await expect(article.getByRole('region', { name: 'Correction' })).toContainText('23 November 2026 at 09:10 UTC');
  });
});

test.describe('on a 320px-wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the page never scrolls sideways; the table scrolls in its own box, by keyboard too', async ({ page }) => {
    await page.goto(SAMPLE);
    await hydrated(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const region = page.getByRole('region', { name: TABLE });
    const scroll = () =>
      region.evaluate((element) => ({ left: element.scrollLeft, wide: element.scrollWidth > element.clientWidth }));
    expect(await scroll()).toEqual({ left: 0, wide: true });
    await region.focus();
    await expect(region).toBeFocused();
    const outline = await region.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Scrolling either way: right to left pages scroll to negative offsets.
    await expect.poll(async () => Math.abs((await scroll()).left)).toBeGreaterThan(0);
  });
});

test('a related story card opens that story in the app', async ({ page }) => {
  await page.goto(SAMPLE);
  await hydrated(page);
  await page.getByRole('link', { name: /^Review The Lantern Quartet's Tidewater/ }).click();
  await expect(page).toHaveURL('/stories/lantern-quartet-tidewater-review/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "The Lantern Quartet's Tidewater is a quiet, salt-stung triumph",
  );
});

test('the correction notice leads to the corrections at the end', async ({ page }) => {
  await page.goto(SAMPLE);
  await hydrated(page);
  await page.getByRole('link', { name: 'See the correction' }).click();
  await expect(page).toHaveURL(/#corrections$/);
  await expect(page.getByRole('region', { name: 'Correction' })).toBeInViewport();
});

test('printed, the rating is in words and the table is whole', async ({ page }) => {
  await page.goto(SAMPLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.rating__stars')).toBeHidden();
  await expect(page.getByText('Rated 4 out of 5')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'More on this story' })).toBeHidden();
  const table = page.getByRole('region', { name: TABLE });
  expect(await table.evaluate((element) => getComputedStyle(element).overflowX)).toBe('visible');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('printed, the story still leaves out its share bar: the page links the print styles itself', async ({
    page,
  }) => {
    await page.goto(SAMPLE);
    const share = page.getByRole('region', { name: 'Tell your friends' });
    await expect(share).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(share).toBeHidden();
    await expect(page.locator('.rating__stars')).toBeHidden();
  });
});
