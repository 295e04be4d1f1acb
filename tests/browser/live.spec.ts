import type { Page } from '@playwright/test';
import { expect, hydrated, routeData, test } from '../support/browserFixtures';
import { layoutShift, recordLayoutShifts } from '../support/layoutShift';

// These tests rewrite the front page's document in flight, which a service worker would answer past.
test.use({ serviceWorkers: 'block' });

const breaking = {
  slug: 'defense-secretary-troops-not-withdrawing-iraq',
  headline: 'Defense Secretary Says U.S. Troops Are Not Withdrawing From Iraq',
};

const newStory = {
  slug: 'harbour-lights-return',
  breaking: false,
  headline: 'Harbour lights return after a decade in the dark',
  section: 'culture',
  published: '2030-01-01T08:00:00Z',
};

/** From now on, the front page's document has one more story than the page was built with. */
async function publishStory(page: Page): Promise<void> {
  await routeData(page, '**/data/front/1.json', async (route) => {
    const response = await route.fetch();
    const front = await response.json();
    await route.fulfill({ response, json: { ...front, stories: [newStory, ...front.stories] } });
  });
}

test('new stories are offered as a button, and the page does not move until the reader asks', async ({ page }) => {
  await page.clock.install();
  await recordLayoutShifts(page);
  await page.goto('/');
  await hydrated(page);
  const headlines = page.locator('.card__headline');
  const firstHeadline = await headlines.first().textContent();
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const scrolled = await page.evaluate(() => window.scrollY);

  await publishStory(page);
  const checked = page.waitForResponse('**/data/front/1.json');
  await page.clock.runFor(61_000);
  await checked;

  const notice = page.getByRole('button', { name: '1 new story' });
  await expect(notice).toBeVisible();
  await expect(headlines.first()).toHaveText(firstHeadline!);
  await expect(page.getByText(newStory.headline)).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  expect(await layoutShift(page)).toBe(0);

  await notice.click();
  await expect(page.getByRole('link', { name: newStory.headline })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test("an edition's front page hears of its own edition's new stories, not another's", async ({ page }) => {
  const arabicStory = {
    ...newStory,
    slug: 'harbour-lights-return-ar',
    headline: 'أضواء الميناء تعود بعد عقد من الظلام',
    section: 'world',
    edition: 'ar',
  };
  await page.clock.install();
  await page.goto('/ar/');
  await hydrated(page);
  const notice = page.locator('.new-stories__button');
  // A story published in the main edition is news for its readers, not for the Arabic edition's.
  await publishStory(page);
  const checked = page.waitForResponse('**/data/ar/front/1.json');
  await page.clock.runFor(61_000);
  await checked;
  await expect(notice).toHaveCount(0);

  await routeData(page, '**/data/ar/front/1.json', async (route) => {
    const response = await route.fetch();
    const front = await response.json();
    await route.fulfill({ response, json: { ...front, stories: [arabicStory, ...front.stories] } });
  });
  const checkedAgain = page.waitForResponse('**/data/ar/front/1.json');
  await page.clock.runFor(61_000);
  await checkedAgain;
  await expect(notice).toHaveCount(1);
  await notice.click();
  await expect(page.getByRole('link', { name: arabicStory.headline })).toBeVisible();
});

test('the front page does not check for news while the tab is hidden', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await hydrated(page);
  // Past the page's idle work (the breaking-news check), before the reader switches tabs.
  await page.clock.runFor(3_000);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.clock.runFor(5 * 61_000);
  expect(requests.filter((path) => path.startsWith('/data/'))).toEqual([]);

  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await expect.poll(() => requests).toContain('/data/front/1.json');
});

/** Waits for the banner's idle check of the front page, and for React to draw what it found. */
async function afterBreakingCheck(page: Page, open: () => Promise<unknown>): Promise<void> {
  const checked = page.waitForResponse('**/data/front/1.json');
  await open();
  await checked;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test("an edition's pages announce its own breaking news, not another edition's", async ({ page }) => {
  const banner = page.getByRole('complementary', { name: 'أخبار عاجلة' });
  const arabicStory = '/stories/wardan-solar-desalination-plan/';
  const checked = page.waitForResponse('**/data/ar/front/1.json');
  await page.goto(arabicStory);
  await checked;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // The main edition's breaking story is not the Arabic edition's news.
  await expect(page.getByRole('link', { name: breaking.headline })).toHaveCount(0);

  // Once a story on the Arabic front breaks, Arabic pages announce it.
  let breakingArabic = '';
  await routeData(page, '**/data/ar/front/1.json', async (route) => {
    const response = await route.fetch();
    const front = await response.json();
    const [first, ...rest] = front.lead ? [front.lead, ...front.stories] : front.stories;
    breakingArabic = first.headline;
    await route.fulfill({ response, json: { ...front, lead: null, stories: [{ ...first, breaking: true }, ...rest] } });
  });
  const checkedAgain = page.waitForResponse('**/data/ar/front/1.json');
  await page.goto('/ar/sections/world/');
  await checkedAgain;
  await expect(banner.getByRole('link', { name: breakingArabic })).toBeVisible();
});

test('a breaking story is announced on other pages, and stays dismissed after a reload', async ({ page }) => {
  const banner = page.getByRole('complementary', { name: 'Breaking news' });

  await afterBreakingCheck(page, () => page.goto(`/stories/${breaking.slug}/`));
  await expect(banner, 'not on the breaking story itself').toHaveCount(0);

  await recordLayoutShifts(page);
  await page.goto('/stories/comet-kestrel-explainer/');
  await expect(banner.getByRole('link', { name: breaking.headline })).toBeVisible();
  expect(await layoutShift(page), 'the banner moves nothing when it appears').toBe(0);
  await banner.getByRole('button', { name: 'Dismiss breaking news' }).click();
  await expect(banner).toHaveCount(0);

  await afterBreakingCheck(page, () => page.reload());
  await expect(banner).toHaveCount(0);
  await afterBreakingCheck(page, () => page.goto('/sections/science/'));
  await expect(banner).toHaveCount(0);
});
