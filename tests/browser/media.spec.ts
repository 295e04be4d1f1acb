import type { Page, Request } from '@playwright/test';
import { axeViolations, testAccessibleInEveryTheme } from '../support/accessibility';
import { expect, hydrated, test } from '../support/browserFixtures';
import { layoutShift, recordLayoutShifts } from '../support/layoutShift';

/**
 * The sample feature, which uses every media block: a lead video with captions and subtitles, a
 * video, a sound clip, YouTube, Mastodon and interactive embeds, a gallery, and wide, showcase and
 * thumbnail figures.
 */
const SAMPLE = '/stories/marrow-bay-first-winter-of-retreat/';
const GALLERY = 'The eastern shore this week';

/** Every request the page makes, from its first one. */
function requests(page: Page): Request[] {
  const made: Request[] = [];
  page.on('request', (request) => made.push(request));
  return made;
}

const isMedia = (request: Request) => /\.(webm|mp4|mp3|vtt)(\?|$)/.test(new URL(request.url()).pathname);
const isThirdParty = (request: Request, baseURL: string) => new URL(request.url()).origin !== new URL(baseURL).origin;

/** Scrolls through the whole page, so everything lazy would have loaded. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 500) await page.evaluate((top) => window.scrollTo(0, top), y);
}

test.describe('accessibility of the sample feature', () => {
  testAccessibleInEveryTheme(SAMPLE);
});

test('the Arabic sample, right to left, has no axe violations in dark on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/stories/wardan-salt-marsh-returns/');
  await hydrated(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('nothing of a video or a clip is downloaded until the reader presses play', async ({ page }) => {
  const made = requests(page);
  await page.goto(SAMPLE);
  await hydrated(page);
  await scrollThrough(page);
  await page.waitForLoadState('networkidle');
  expect(made.filter(isMedia).map((request) => request.url())).toEqual([]);

  const lead = page.locator('.video--lead video');
  await lead.scrollIntoViewIfNeeded();
  await lead.evaluate((video: HTMLVideoElement) => video.play());
  await expect
    .poll(() => made.filter(isMedia).map((request) => new URL(request.url()).pathname))
    .toContain('/images/media/marrow-bay-tide.webm');
  // Only the video asked for: the clip and the other video still wait.
  expect(made.filter(isMedia).some((request) => request.url().includes('marrow-bay-shore'))).toBe(false);
});

test("each video's poster is asked for once, at low priority, by the preload its player then uses", async ({
  page,
}) => {
  const made = requests(page);
  await page.goto(SAMPLE);
  await hydrated(page);
  const posters = await page
    .locator('video[poster]')
    .evaluateAll((videos) => videos.map((video) => (video as HTMLVideoElement).poster));
  expect(posters.length).toBeGreaterThan(1);
  const preloaded = await page
    .locator('link[rel="preload"][as="image"][fetchpriority="low"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(preloaded.sort()).toEqual([...posters].sort());
  for (const poster of posters) expect(made.filter((request) => request.url() === poster)).toHaveLength(1);
});

test('no request leaves the site until the reader loads an embed; then only its player is framed', async ({
  page,
  baseURL,
}) => {
  const made = requests(page);
  // The players' hosts are out of reach here: answer for them as they would, with a page of their own.
  await page
    .context()
    .route(/^https:\/\/(www\.youtube-nocookie\.com|graphics\.dispatch\.example\.com)\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Player</title><p>Player</p>' }),
    );
  await page.goto(SAMPLE);
  await hydrated(page);
  await scrollThrough(page);
  await page.waitForLoadState('networkidle');
  expect(made.filter((request) => isThirdParty(request, baseURL!)).map((request) => request.url())).toEqual([]);
  await expect(page.locator('iframe')).toHaveCount(0);

  await page.getByRole('button', { name: 'Load content from YouTube' }).click();
  const player = page.getByTitle('YouTube: Marrow Bay coastal options: public meeting, 18 September 2026');
  await expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Mb7tKq2xR9s');
  await expect(player.contentFrame().getByText('Player')).toBeVisible();
  await expect(player).toBeFocused();

  // By keyboard this time: the button is a button.
  await page.getByRole('button', { name: 'Load the interactive graphic' }).press('Enter');
  await expect(
    page.getByTitle('Where the tide will reach: Marrow Bay, 2030 to 2050').contentFrame().getByText('Player'),
  ).toBeVisible();
  const elsewhere = made
    .filter((request) => isThirdParty(request, baseURL!))
    .map((request) => new URL(request.url()).origin);
  expect([...new Set(elsewhere)].sort()).toEqual([
    'https://graphics.dispatch.example.com',
    'https://www.youtube-nocookie.com',
  ]);
  // The fixture fails the test on any CSP violation: these frames are allowed, and nothing else ran.
});

test('the page does not move as it loads and hydrates: the players and stills keep their boxes', async ({ page }) => {
  await recordLayoutShifts(page);
  await page.goto(SAMPLE);
  await hydrated(page);
  await scrollThrough(page);
  await page.waitForLoadState('networkidle');
  expect(await layoutShift(page)).toBe(0);
});

test.describe('the gallery', () => {
  test('a row moved a picture at a time by the buttons and the arrow keys', async ({ page }) => {
    await page.goto(SAMPLE);
    await hydrated(page);
    const list = page.getByRole('list', { name: GALLERY });
    await list.scrollIntoViewIfNeeded();
    const status = page.locator('.gallery__position');
    await expect(status).toHaveText('Image 1 of 3');
    const scrolled = () => list.evaluate((element) => Math.abs(element.scrollLeft));

    await page.getByRole('button', { name: 'Next image' }).click();
    await expect(status).toHaveText('Image 2 of 3');
    await expect.poll(scrolled).toBeGreaterThan(0);

    await list.focus();
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText('Image 3 of 3');
    await expect(page.getByRole('button', { name: 'Next image' })).toBeDisabled();
    await page.keyboard.press('Home');
    await expect(status).toHaveText('Image 1 of 3');
    await expect.poll(scrolled).toBe(0);
    // Each picture takes the row's whole width: one at a time.
    const [row, item] = await Promise.all([list.boundingBox(), list.getByRole('listitem').first().boundingBox()]);
    expect(Math.round(item!.width)).toBe(Math.round(row!.width));
  });

  test('presses made while the row is still scrolling each count: two quick Nexts move two pictures', async ({
    page,
  }) => {
    await page.goto(SAMPLE);
    await hydrated(page);
    await page.getByRole('list', { name: GALLERY }).scrollIntoViewIfNeeded();
    const next = page.getByRole('button', { name: 'Next image' });
    await next.click();
    await next.click();
    await expect(page.locator('.gallery__position')).toHaveText('Image 3 of 3');
    await expect(next).toBeDisabled();
  });

  test('in a right-to-left story the arrow keys follow the direction of the text', async ({ page }) => {
    await page.goto('/stories/wardan-salt-marsh-returns/');
    await hydrated(page);
    const list = page.getByRole('list', { name: 'الساحل الشمالي هذا الأسبوع' });
    await list.focus();
    // Left is forward in Arabic: the next picture is to the left, and the row scrolls to negative offsets.
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.gallery__position')).toHaveText('الصورة 2 من 3');
    await expect.poll(() => list.evaluate((element) => element.scrollLeft)).toBeLessThan(0);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.gallery__position')).toHaveText('الصورة 1 من 3');
    // The Previous button stands at the start (the right), its arrow pointing that way.
    const [previous, next] = await Promise.all([
      page.getByRole('button', { name: 'الصورة السابقة' }).boundingBox(),
      page.getByRole('button', { name: 'الصورة التالية' }).boundingBox(),
    ]);
    expect(previous!.x).toBeGreaterThan(next!.x);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every picture, player and embed copy is in the page; nothing offers what needs a script', async ({ page }) => {
    await page.goto(SAMPLE);
    const article = page.getByRole('article');
    await expect(article.locator('video')).toHaveCount(2);
    await expect(article.locator('video track[srclang="en"]')).toHaveCount(2);
    await expect(article.locator('audio')).toHaveCount(1);
    // The gallery is a list, one picture under the other, all of them visible.
    const items = article.getByRole('list', { name: GALLERY }).getByRole('listitem');
    await expect(items).toHaveCount(3);
    const boxes = await items.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect()));
    expect(boxes[1]!.top).toBeGreaterThanOrEqual(boxes[0]!.bottom);
    expect(boxes[1]!.left).toBe(boxes[0]!.left);
    await expect(page.getByRole('button', { name: 'Next image' })).toBeHidden();
    // Embeds are their copies and a link to the original; the buttons that would load them are hidden.
    await expect(article.getByRole('link', { name: 'View on YouTube' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=Mb7tKq2xR9s',
    );
    await expect(article.getByRole('link', { name: 'View on Mastodon' })).toBeVisible();
    await expect(article.getByRole('link', { name: 'Open the interactive graphic' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load content from YouTube' })).toBeHidden();
    await expect(article.locator('iframe')).toHaveCount(0);
    await expect(article.locator('.picture--showcase img')).toBeVisible();
  });
});

test('on a phone, wide and showcase figures run edge to edge and the page never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(SAMPLE);
  await hydrated(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  for (const display of ['wide', 'showcase']) {
    const box = await page.locator(`.picture--${display} img`).boundingBox();
    expect([Math.round(box!.x), Math.round(box!.width)]).toEqual([0, 375]);
  }
  const thumbnail = await page.locator('.picture--thumbnail').boundingBox();
  expect(thumbnail!.width).toBeLessThan(375 / 2);
});

test('printed, the story keeps its pictures and the embeds say where the originals are', async ({ page }) => {
  await page.goto(SAMPLE);
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Load content from YouTube' })).toBeHidden();
  await expect(page.locator('.gallery__controls')).toBeHidden();
  const cite = await page
    .locator('.embed--youtube .embed__quote')
    .evaluate((element) => getComputedStyle(element, '::after').content);
  expect(cite).toBe('"https://www.youtube.com/watch?v=Mb7tKq2xR9s"');
});

test('a reader who arrives by a link in the app gets the media blocks and their styles too', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.evaluate(() => {
    (window as unknown as { marker: string }).marker = 'same document';
  });
  await page
    .getByRole('link', { name: /Marrow Bay’s first winter of retreat/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Marrow Bay’s first winter of retreat');
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same document');
  await expect(page.getByRole('button', { name: 'Load content from YouTube' })).toBeVisible();
  // media.css arrived with the chunk: the gallery is a row.
  await expect(page.getByRole('list', { name: GALLERY })).toHaveCSS('display', 'grid');
});
