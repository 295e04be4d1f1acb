import { documentMarker, expect, hydrated, markDocument, test } from '../support/browserFixtures';
import { referenceStory } from '../support/referenceStory';

const reference = referenceStory();

test('a reader opens the front page, reads the reference story, moves on and comes back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Latest news');
  await markDocument(page);

  await page.getByRole('link', { name: reference.headline }).click();
  const story = page.locator('article.story');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(reference.headline);
  await expect(page).toHaveURL(`/stories/${reference.slug}/`);
  await expect(page).toHaveTitle(new RegExp(`^${reference.headline.replace(/\./g, '\\.')}`));
  await expect(story.getByText(reference.kicker, { exact: true })).toBeVisible();
  await expect(story.locator('.story-body > p')).toHaveText(reference.paragraphs);
  await expect(story.locator('figcaption').filter({ hasText: 'Key figure:' })).toContainText(
    reference.caption.slice('Key figure: '.length),
  );
  await expect(story.locator('.pullquote')).toHaveCount(2);
  await expect(story.getByRole('heading', { name: 'Tell your friends' })).toBeVisible();
  await expect(story.getByText('No comments')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.mouse.wheel(0, 4000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  // Down to the next story's link, as the reader scrolls to it (a click would scroll there itself).
  const next = page.locator('.story-nav__next a');
  await next.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);

  const nextHeadline = (await next.textContent())!;
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextHeadline);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await documentMarker(page)).toBe('same document');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(reference.headline);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextHeadline);
  expect(await documentMarker(page)).toBe('same document');
});

test('a deep link opens the story directly, and a reload shows it again', async ({ page }) => {
  const response = await page.goto(`/stories/${reference.slug}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(reference.headline);
  await expect(page.locator('.story-body > p')).toHaveCount(reference.paragraphs.length);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(reference.headline);
});

test('sections list their own stories and lead back to them', async ({ page }) => {
  await page.goto('/');
  await markDocument(page);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Science');
  await expect(page).toHaveURL('/sections/science/');
  const cards = page.locator('.card');
  await expect(cards.first()).toBeVisible();
  await cards.first().getByRole('link').click();
  await expect(page.locator('article.story')).toBeVisible();
  await expect(page.locator('.story-nav')).toContainText('All Science stories');
  expect(await documentMarker(page)).toBe('same document');
});

test.describe('addresses that lead nowhere', () => {
  // The browser logs the 404 response as a console error; that response is the point here.
  test.use({ failingRequests: true });

  test('an unknown story URL shows the not-found page, with status 404', async ({ page }) => {
    const response = await page.goto('/stories/no-such-story/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the front page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Latest news');
  });

  test('a client-side link to a story that does not exist shows the not-found page', async ({ page }) => {
    await page.goto('/');
    await markDocument(page);
    // A history entry pushed by hand is what a stale in-app link amounts to: the router takes it.
    await page.evaluate(() => {
      window.history.pushState({}, '', '/stories/gone-missing/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    expect(await documentMarker(page)).toBe('same document');
  });
});

const headCode = (path: string) => /^\/assets\/pageHeads-[\w-]+\.js$/.test(path);

test('hovering a story link prefetches it and the head code, so the click needs no further request', async ({
  page,
}) => {
  await page.goto('/');
  await hydrated(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const link = page.getByRole('link', { name: reference.headline });
  await link.hover();
  await expect.poll(() => requests).toContain(`/data/stories/${reference.slug}.json`);
  await expect.poll(() => requests.some(headCode)).toBe(true);
  requests.length = 0;
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(reference.headline);
  await expect(page).toHaveTitle(new RegExp(`^${reference.headline.replace(/\./g, '\\.')}`));
  expect(requests.filter((path) => path.startsWith('/data/') || headCode(path))).toEqual([]);
});

test('a page loads no head code until the reader moves on; each page then gets its own head', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter(headCode)).toEqual([]);
  const frontTitle = await page.title();
  const canonical = page.locator('head link[rel="canonical"]');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science' }).click();
  await expect(page).toHaveTitle(/^Science \| /);
  await expect(canonical).toHaveAttribute('href', /\/sections\/science\/$/);
  expect(scripts.filter(headCode)).toHaveLength(1);

  // Back on the page it was rendered as, the head is that page's again.
  await page.goBack();
  await expect(page).toHaveTitle(frontTitle);
  await expect(canonical).toHaveAttribute('href', /\/$/);
  await expect(canonical).not.toHaveAttribute('href', /sections/);
});
