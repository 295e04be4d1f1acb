import { documentMarker, expect, hydrated, markDocument, routeData, test } from './fixtures';
import type { Page, Route } from '@playwright/test';

const slug = 'comet-kestrel-explainer';
const headline = 'Comet Kestrel: what it is, when to look, and why astronomers are excited';

/** Opens the front page, makes the story's data fail in the given way, and clicks through to it. */
async function openFailingStory(page: Page, fail: (route: Route) => Promise<void>) {
  await page.goto('/');
  await hydrated(page);
  await routeData(page, `**/data/stories/${slug}.json`, fail);
  await page.getByRole('link', { name: headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Could not load this page');
}

async function retryAndRead(page: Page) {
  await page.context().unroute(`**/data/stories/${slug}.json`);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
}

test.describe('when a story cannot be loaded, the reader sees why and can retry', () => {
  test.use({ failingRequests: true });

  test('network failure', async ({ page }) => {
    await openFailingStory(page, (route) => route.abort('internetdisconnected'));
    await expect(page.getByRole('alert')).toContainText('could not reach the server');
    await retryAndRead(page);
  });

  test('server error', async ({ page }) => {
    await openFailingStory(page, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await expect(page.getByRole('alert')).toContainText('503');
    await retryAndRead(page);
  });

  test('malformed JSON', async ({ page }) => {
    await openFailingStory(page, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"story": {"headl' }),
    );
    await expect(page.getByRole('alert')).toContainText('arrived damaged');
    await retryAndRead(page);
  });

  test('JSON that is not a story', async ({ page }) => {
    await openFailingStory(page, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ story: { headline: 42 } }),
      }),
    );
    await expect(page.getByRole('alert')).toContainText('does not match the story format');
    await retryAndRead(page);
  });
});

test.describe('when the content worker cannot start', () => {
  test.use({ failingRequests: true });

  test('stories still load, checked on the main thread instead', async ({ page }) => {
    let workerRequested = false;
    await page.context().route('**/assets/contentWorker-*.js', (route) => {
      workerRequested = true;
      return route.fulfill({ status: 404, body: 'gone' });
    });
    await page.goto('/');
    await markDocument(page);
    await page.getByRole('link', { name: headline }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    expect(workerRequested).toBe(true);
    expect(await documentMarker(page)).toBe('same document');
  });
});
