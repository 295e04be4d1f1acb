import type { Page } from '@playwright/test';
import { expect, hydrated, test } from '../support/browserFixtures';
import { contentStories } from '../support/builtSite';

const stories = contentStories();
const story = stories.find((s) => s.slug === 'comet-kestrel-explainer')!;
const unvisited = stories.find((s) => s.slug === 'aldmoor-pass-closed-after-floods')!;

// Offline, the browser logs every request that fails; those failures are the point here.
test.use({ failingRequests: true });

/** Waits until the service worker is installed and has kept what the page needs offline. */
async function waitUntilKept(page: Page, dataPath: string): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate((path) => caches.match(path).then(Boolean), dataPath)).toBe(true);
}

const offlineNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'You are offline — showing saved stories' });

test('a story read online opens offline, after a reload and from the front page', async ({ page, context }) => {
  await page.goto('/');
  // Read in the app, as a reader does once it has loaded (it loads after the first paint).
  await hydrated(page);
  await page.getByRole('link', { name: story.headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
  await waitUntilKept(page, `/data/stories/${story.slug}.json`);
  await expect.poll(() => page.evaluate(() => caches.match('/data/front/1.json').then(Boolean))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
  await expect(page.locator('.story-body > p')).toHaveText(story.paragraphs);
  await expect(offlineNotice(page)).toBeVisible();
  const leadImage = page.locator('.picture--lead img');
  await expect
    .poll(() => leadImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Front page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Latest news');
  await page.getByRole('link', { name: story.headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
});

test('offline, a story never opened shows why it cannot be read, not a blank page', async ({ page, context }) => {
  await page.goto(`/stories/${story.slug}/`);
  await waitUntilKept(page, `/data/stories/${story.slug}.json`);

  await context.setOffline(true);
  await page.goto(`/stories/${unvisited.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Could not load this page');
  await expect(page.getByRole('alert')).toContainText('could not reach the server');
  await expect(offlineNotice(page)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Saved' })).toBeVisible();
});

test('a saved story is listed on the Saved page, opens offline, and can be removed', async ({ page, context }) => {
  await page.goto(`/stories/${story.slug}/`);
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
  await waitUntilKept(page, `/data/stories/${story.slug}.json`);

  await page.getByRole('link', { name: 'Saved' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved stories');
  await expect(page.getByRole('heading', { level: 2, name: story.headline })).toBeVisible();

  // The saved copy does not depend on the cache of recent reading, which may have expired it.
  await page.evaluate(() => caches.delete('dispatch-data'));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved stories');
  await page.getByRole('link', { name: story.headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
  await expect(page.locator('.story-body > p')).toHaveText(story.paragraphs);

  await page.goBack();
  await page.getByRole('button', { name: `Remove ${story.headline}` }).click();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.reload();
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
});

test('the Saved page is pre-rendered, and fills in from this device after hydration', async ({ page }) => {
  const response = await page.goto('/saved/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved stories');
  await expect(page.getByText('Nothing saved yet.')).toBeVisible();
});
