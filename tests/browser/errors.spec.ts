import type { Page, Route } from '@playwright/test';
import { documentMarker, expect, hydrated, markDocument, routeData, test } from '../support/browserFixtures';

const slug = 'comet-kestrel-explainer';
const headline = 'Comet Kestrel: what it is, when to look, and why astronomers are excited';
const storyData = `**/data/stories/${slug}.json`;

/** Opens the front page, makes the story's data fail in the given way, and clicks through to it. */
async function openFailingStory(page: Page, fail: (route: Route) => Promise<void> | void) {
  await page.goto('/');
  await hydrated(page);
  await routeData(page, storyData, fail);
  await page.getByRole('link', { name: headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Could not load this page');
}

async function retryAndRead(page: Page) {
  await page.context().unroute(storyData);
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
}

/** The story's own document with another format number, as another build would write it. */
async function withFormat(route: Route, format: (current: number) => number) {
  const response = await route.fetch();
  const document = await response.json();
  await route.fulfill({ response, json: { ...document, format: format(document.format) } });
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

  test('JSON that is not one of the site’s documents', async ({ page }) => {
    let requests = 0;
    await openFailingStory(page, (route) => {
      requests++;
      return route.fulfill({ json: { story: { headline: 42 } } });
    });
    await expect(page.getByRole('alert')).toContainText('arrived damaged');
    await expect(page.getByRole('alert')).toContainText('not one of this site’s documents');
    // Asked for once more from the network, in case the first answer was an old copy.
    expect(requests).toBe(2);
    await retryAndRead(page);
  });

  test('a document that never answers: the error view within 15 s of the click, and Retry works', async ({ page }) => {
    let requests = 0;
    await page.goto('/');
    await hydrated(page);
    // Never fulfilled: the request hangs until the page gives up on it.
    await routeData(page, storyData, () => {
      requests++;
    });
    const clicked = Date.now();
    await page.getByRole('link', { name: headline }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Could not load this page', { timeout: 15_000 });
    expect(Date.now() - clicked).toBeLessThan(15_000);
    await expect(page.getByRole('alert')).toContainText('taking too long');
    // Not asked for again by itself: the reader decides.
    expect(requests).toBe(1);
    await retryAndRead(page);
  });
});

test.describe('a document of another format than this app reads', () => {
  test('an old copy answered once is fetched again from the network, and the story shows', async ({ page }) => {
    let requests = 0;
    await page.goto('/');
    await markDocument(page);
    await routeData(page, storyData, async (route) => {
      requests++;
      if (requests === 1) await withFormat(route, (current) => current - 1);
      else await route.fallback();
    });
    await page.getByRole('link', { name: headline }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    expect(requests).toBe(2);
    expect(await documentMarker(page)).toBe('same document');
  });

  test('a newer format on every request: the page is loaded afresh, once, and shows the story', async ({ page }) => {
    let requests = 0;
    await page.goto('/');
    await markDocument(page);
    await routeData(page, storyData, async (route) => {
      requests++;
      await withFormat(route, (current) => current + 1);
    });
    await page.getByRole('link', { name: headline }).click();
    await expect(page).toHaveURL(new RegExp(`/stories/${slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    // A new document: the pre-rendered page. Its own document is of the newer format too (asked
    // for twice again), so it is not hydrated; it is read as rendered, and not loaded yet again.
    expect(await documentMarker(page)).toBeUndefined();
    await expect.poll(() => requests).toBe(4);
    await page.waitForLoadState('networkidle');
    expect(requests).toBe(4);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);

    // Back to it from the front page a moment later: loading afresh again would loop, so the reader is asked.
    await page.goto('/');
    await markDocument(page);
    await page.getByRole('link', { name: headline }).click();
    await expect(page.getByRole('alert')).toContainText('The site has been updated since this page was opened');
    expect(await documentMarker(page)).toBe('same document');
    await page.getByRole('button', { name: 'Load the new version' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
    expect(await documentMarker(page)).toBeUndefined();
    // The page loaded afresh asks for its document (twice, as before) and stays as rendered.
    await expect.poll(() => requests).toBe(8);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  });
});
