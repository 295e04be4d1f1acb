import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { documentMarker, expect, markDocument, test } from '../support/browserFixtures';
import { referenceStory } from '../support/referenceStory';
import { contentStories, SITE_URL } from '../support/builtSite';
import { layoutShift, recordLayoutShifts } from '../support/layoutShift';

const reference = referenceStory();
const canonical = (slug: string) => `${SITE_URL}/stories/${slug}/`;
const outDir = path.resolve(process.env.DISPATCH_OUT_DIR ?? 'dist');

/** A highlighted element has a background; the page's own is transparent. */
async function expectHighlighted(element: Locator) {
  await expect(element).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
}

async function expectNotHighlighted(element: Locator) {
  await expect(element).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
}

/** Waits until the share bar's controls work: the page has them before, and they work once the app runs. */
const shareBar = async (page: Page) => {
  const bar = page.getByRole('region', { name: 'Tell your friends' });
  await expect(bar.locator('.share-actions[data-ready]')).toHaveCount(1);
  await expect(bar.getByRole('button', { name: /^Copy link/ })).toBeVisible();
  return bar;
};

/** The width of what each share icon in the bar draws: 0 for an icon whose symbol is missing. */
const iconWidths = (bar: Locator) =>
  bar.locator('svg.share-icon use').evaluateAll((uses) => uses.map((use) => (use as SVGUseElement).getBBox().width));

test.describe('the share icons', () => {
  test('are drawn on a pre-rendered page from the symbols it carries, with nothing to fetch', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`/stories/${reference.slug}/`);
    const bar = await shareBar(page);
    const widths = await iconWidths(bar);
    expect(widths.length).toBeGreaterThan(5);
    for (const width of widths) expect(width).toBeGreaterThan(10);
    expect(requested).not.toContain('/share-icons.svg');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('are drawn all the same, and the controls that need it are not shown', async ({ page }) => {
      await page.goto(`/stories/${reference.slug}/`);
      const bar = page.getByRole('region', { name: 'Tell your friends' });
      const widths = await iconWidths(bar.locator('.share-actions__services'));
      expect(widths.length).toBeGreaterThan(5);
      for (const width of widths) expect(width).toBeGreaterThan(10);
      // In the page (so hydrating it moves nothing), but not for a reader without scripting.
      await expect(bar.getByRole('button', { name: /^Copy link/ })).toHaveCount(0);
      await expect(bar.locator('.share-actions__main')).toBeHidden();
    });
  });

  test('are drawn on a story the app renders after a page without them', async ({ page }) => {
    await page.goto('/');
    await markDocument(page);
    expect(await page.locator('#share-icons').count()).toBe(0);
    await page.getByRole('link', { name: reference.headline }).click();
    const bar = await shareBar(page);
    await expect.poll(async () => Math.min(...(await iconWidths(bar)))).toBeGreaterThan(10);
    expect(await page.locator('#share-icons').count()).toBe(1);
    expect(await documentMarker(page)).toBe('same document');
  });
});

test('the app starting with the share bar on screen moves nothing', async ({ page }) => {
  await recordLayoutShifts(page);
  // The app's script waits until the reader has scrolled to the share bar.
  let scrolled!: () => void;
  const onScreen = new Promise<void>((resolve) => {
    scrolled = resolve;
  });
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    await onScreen;
    await route.continue();
  });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/stories/${reference.slug}/`);
  const bar = page.getByRole('region', { name: 'Tell your friends' });
  await bar.scrollIntoViewIfNeeded();
  await expect(bar.locator('.share-actions[data-ready]')).toHaveCount(0);
  scrolled();
  await expect(bar.locator('.share-actions[data-ready]')).toHaveCount(1);
  expect(await layoutShift(page)).toBe(0);
});

test.describe('Copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('puts the canonical URL on the clipboard and says "Link copied", by pointer', async ({ page }) => {
    await page.goto(`/stories/${reference.slug}/`);
    const bar = await shareBar(page);
    const button = bar.getByRole('button', { name: `Copy link to “${reference.headline}”` });
    await button.click();
    await expect(bar.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical(reference.slug));
    await expect(button).toBeFocused();
  });

  test('works from the keyboard alone: Tab to the button, press Enter', async ({ page }) => {
    await page.goto(`/stories/${reference.slug}/`);
    const bar = await shareBar(page);
    const button = bar.getByRole('button', { name: `Copy link to “${reference.headline}”` });
    // Through the masthead, the story's links and each quote's share toggle, to the share bar.
    for (
      let presses = 0;
      presses < 100 && !(await button.evaluate((element) => element === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(button).toBeFocused();
    await expect(button).toHaveCSS('outline-style', 'solid');
    await page.keyboard.press('Enter');
    await expect(bar.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical(reference.slug));
    await expect(button).toBeFocused();
  });
});

test('Share hands the headline and the canonical URL to the device share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.share = async (data?: ShareData) => {
      (window as unknown as { shared?: ShareData | undefined }).shared = data;
    };
  });
  await page.goto(`/stories/${reference.slug}/`);
  const bar = await shareBar(page);
  const button = bar.getByRole('button', { name: `Share “${reference.headline}”` });
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
    title: reference.headline,
    text: reference.headline,
    url: canonical(reference.slug),
  });
  await expect(button).toBeFocused();
});

test('the share bar has no Share button where the browser has no share sheet', async ({ page }) => {
  await page.goto(`/stories/${reference.slug}/`);
  const bar = await shareBar(page);
  await expect(bar.getByRole('button', { name: `Share “${reference.headline}”` })).toHaveCount(0);
  await expect(
    bar.getByRole('link', { name: `Share “${reference.headline}” on X (opens in a new tab)` }),
  ).toHaveAttribute('href', /^https:\/\/x\.com\/intent\/post\?/);
});

test.describe('a shared quote', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('links to the quote: opened, the page scrolls to it and highlights it', async ({ page }) => {
    await page.goto(`/stories/${reference.slug}/`);
    await shareBar(page);
    await page.getByText(/^Share this quote: “There's been no decision/).click();
    await page.getByRole('button', { name: /^Copy link to the quote “There's been no decision/ }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(
      new RegExp(
        `^${canonical(reference.slug).replace(/[.?]/g, '\\$&')}#quote-1:~:text=There's%20been%20no%20decision`,
      ),
    );

    await page.goto('/');
    await page.goto(link.slice(SITE_URL.length));
    const figure = page.locator('#quote-1');
    await expect(figure).toContainText("There's been no decision whatsoever to leave Iraq, period");
    // Chromium keeps the text directive to itself: the page sees only the quote's id.
    expect(await page.evaluate(() => location.hash)).toBe('#quote-1');
    await expect(figure).toBeInViewport();
    await expectHighlighted(figure);
  });
});

test.describe('a link to a paragraph', () => {
  test('scrolls to it and highlights it on a fresh load', async ({ page }) => {
    await page.goto(`/stories/${reference.slug}/#p-5`);
    const paragraph = page.locator('#p-5');
    await expect(paragraph).toHaveText(reference.paragraphs[4]!);
    await expect(paragraph).toBeInViewport();
    await expectHighlighted(paragraph);
    await shareBar(page);
    await expect(paragraph).toBeInViewport();
    await expectHighlighted(paragraph);
    await expectNotHighlighted(page.locator('#p-6'));
  });

  test('scrolls to it and highlights it after the app has navigated to the story', async ({ page }) => {
    await page.goto('/');
    await markDocument(page);
    await page.getByRole('link', { name: reference.headline }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reference.headline);

    // A link within the page, or an address the reader edits: a fragment navigation, no reload.
    await page.evaluate(() => {
      location.hash = '#p-5';
    });
    await expect(page.locator('#p-5')).toBeInViewport();
    await expectHighlighted(page.locator('#p-5'));

    await page.evaluate(() => {
      location.hash = '#p-12';
    });
    await expect(page.locator('#p-12')).toBeInViewport();
    await expectHighlighted(page.locator('#p-12'));
    await expectNotHighlighted(page.locator('#p-5'));

    await page.goBack();
    await expect(page.locator('#p-5')).toBeInViewport();
    await expectHighlighted(page.locator('#p-5'));
    expect(await documentMarker(page)).toBe('same document');
  });

  test('is highlighted again when Back returns to it from another story', async ({ page }) => {
    await page.goto(`/stories/${reference.slug}/#p-5`);
    await shareBar(page);
    await markDocument(page);
    const next = page.locator('.story-nav__next a');
    const nextHeadline = (await next.textContent())!;
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextHeadline);
    await expectNotHighlighted(page.locator('#p-1'));

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reference.headline);
    await expectHighlighted(page.locator('#p-5'));
    expect(await documentMarker(page)).toBe('same document');
  });
});

test.describe('social cards', () => {
  for (const story of contentStories()) {
    test(`${story.slug} has a 1200×630 JPEG card`, async ({ request }) => {
      const metadata = await sharp(path.join(outDir, 'cards', `${story.slug}.jpg`)).metadata();
      expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
        format: 'jpeg',
        width: 1200,
        height: 630,
      });
      const response = await request.get(`/cards/${story.slug}.jpg`);
      expect(response.headers()['content-type']).toBe('image/jpeg');
    });

    test(`${story.slug}'s link previews show its card`, async ({ page }) => {
      await page.goto(`/stories/${story.slug}/`);
      const card = `${SITE_URL}/cards/${story.slug}.jpg`;
      await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', card);
      await expect(page.locator('head meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
      await expect(page.locator('head meta[property="og:image:height"]')).toHaveAttribute('content', '630');
      await expect(page.locator('head meta[name="twitter:image"]')).toHaveAttribute('content', card);
    });
  }
});
