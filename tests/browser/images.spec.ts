import { expect, test } from '../support/browserFixtures';
import { layoutShift, recordLayoutShifts } from '../support/layoutShift';

const slug = 'comet-kestrel-explainer';

test.beforeEach(async ({ page }) => {
  await recordLayoutShifts(page);
});

test('the lead image is a <picture> in AVIF and WebP, loads a variant sized for the screen, and moves nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/stories/${slug}/`);
  const picture = page.locator('.picture--lead picture');
  await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute(
    'srcset',
    /-400\.avif 400w, .*-1600\.avif 1600w$/,
  );
  await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /-800\.webp 800w/);
  const img = picture.locator('img');
  await expect(img).toHaveAttribute('width', '1600');
  await expect(img).toHaveAttribute('height', '900');
  await expect(img).toHaveAttribute('fetchpriority', 'high');
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect
    .poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
    .toBeGreaterThan(0);

  const loaded = await img.evaluate((element: HTMLImageElement) => element.currentSrc);
  expect(loaded).toMatch(/\/images\/kestrel-ridge-sky-\d+\.avif$/);
  const response = await page.request.get(loaded);
  expect(response.headers()['content-type']).toBe('image/avif');

  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  expect(await layoutShift(page)).toBe(0);
});

test('figures further down wait until they are scrolled near', async ({ page }) => {
  await page.goto('/stories/corvel-salt-battery-plant-harran/');
  const figure = page.locator('.story-body .picture img').first();
  await expect(figure).toHaveAttribute('loading', 'lazy');
  await expect(figure).toHaveAttribute('srcset', /-1200\.jpg 1200w$/);
});

test('story cards on the front page load small variants, and the page does not shift', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const card = page.locator('.card-grid .card__image').first();
  await card.scrollIntoViewIfNeeded();
  await expect
    .poll(() => card.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
    .toBeGreaterThan(0);
  const { currentSrc, naturalWidth } = await card.evaluate((element: HTMLImageElement) => ({
    currentSrc: element.currentSrc,
    naturalWidth: element.naturalWidth,
  }));
  expect(currentSrc).toMatch(/-(400|800)\.avif$/);
  expect(naturalWidth).toBeLessThanOrEqual(800);
  expect(await layoutShift(page)).toBe(0);
});

test('the original image stays at its address', async ({ request }) => {
  const response = await request.get('/images/kestrel-ridge-sky.jpg');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/jpeg');
});
