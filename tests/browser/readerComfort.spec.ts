import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { storySchema } from '../../src/data/schema';
import { readingMinutes } from '../../src/story/readingTime';
import { expect, hydrated, test } from '../support/browserFixtures';
import { referenceStory } from '../support/referenceStory';

const reference = referenceStory();
const storyUrl = `/stories/${reference.slug}/`;
// --paper in src/styles/tokens.css, as getComputedStyle reports it.
const LIGHT_PAPER = 'rgb(247, 245, 240)';
const DARK_PAPER = 'rgb(17, 19, 22)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** What <html> and the page looked like when the document was parsed, before any app script ran. */
async function recordFirstPaint(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.documentElement;
      (window as unknown as { firstPaint: object }).firstPaint = {
        theme: root.dataset.theme,
        textSize: root.dataset.textSize,
        background: getComputedStyle(document.body).backgroundColor,
        fontSize: getComputedStyle(root).fontSize,
      };
    });
  });
}

const firstPaint = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { firstPaint: { theme?: string; textSize?: string; background: string; fontSize: string } })
        .firstPaint,
  );

async function openDisplaySettings(page: Page) {
  await page.getByRole('button', { name: 'Display settings' }).click();
  return page.getByRole('group', { name: 'Display settings' });
}

test.describe('theme', () => {
  test('a reader who chooses Dark gets it from the first paint, on this page after a reload and on the next', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await recordFirstPaint(page);
    await page.goto(storyUrl);
    expect(await background(page)).toBe(LIGHT_PAPER);

    const settings = await openDisplaySettings(page);
    await settings.getByRole('radio', { name: 'Dark' }).check();
    expect(await background(page)).toBe(DARK_PAPER);

    await page.reload();
    expect(await firstPaint(page)).toMatchObject({ theme: 'dark', background: DARK_PAPER });
    await page.getByRole('button', { name: 'Display settings' }).click();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

    await page.goto('/');
    expect(await firstPaint(page)).toMatchObject({ theme: 'dark', background: DARK_PAPER });
  });

  test('with no choice made, the page follows the system; Light then overrides a dark system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await recordFirstPaint(page);
    await page.goto('/');
    expect(await firstPaint(page)).toMatchObject({ theme: undefined, background: DARK_PAPER });
    const settings = await openDisplaySettings(page);
    await expect(settings.getByRole('radio', { name: 'System' })).toBeChecked();

    await settings.getByRole('radio', { name: 'Light' }).check();
    expect(await background(page)).toBe(LIGHT_PAPER);
    await page.reload();
    expect(await firstPaint(page)).toMatchObject({ theme: 'light', background: LIGHT_PAPER });

    await openDisplaySettings(page);
    await page.getByRole('radio', { name: 'System' }).check();
    expect(await background(page)).toBe(DARK_PAPER);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_PAPER);
  });

  test('the settings work from the keyboard', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Display settings' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const settings = page.getByRole('group', { name: 'Display settings' });
    await expect(settings).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(settings.getByRole('radio', { name: 'System' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(settings.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(await background(page)).toBe(DARK_PAPER);
    await page.keyboard.press('Escape');
    await expect(settings).toBeHidden();
    await expect(toggle).toBeFocused();
  });
});

test('the settings’ code comes as the reader points at the button; a press before it arrives opens them once it has', async ({
  page,
}) => {
  const requested: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/ReaderSettingsPanel-[\w-]+\.js$/, async (route) => {
    requested.push(route.request().url());
    await held;
    await route.continue();
  });
  await page.goto('/');
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  expect(requested, 'loaded with the page').toEqual([]);

  const toggle = page.getByRole('button', { name: 'Display settings' });
  // Playwright points at the button before it presses it: the code is asked for, and held back.
  await toggle.click();
  await expect.poll(() => requested.length).toBe(1);
  const settings = page.getByRole('group', { name: 'Display settings' });
  await expect(settings).toBeHidden();
  release();
  await expect(settings.getByRole('radio', { name: 'System' })).toBeChecked();
  await settings.getByRole('radio', { name: 'Dark' }).check();
  expect(await background(page)).toBe(DARK_PAPER);
  // The button it opened from closes it, as it does every time after.
  await toggle.click();
  await expect(settings).toBeHidden();
  await toggle.click();
  await expect(settings.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('text size persists across a reload, from the first paint', async ({ page }) => {
  await recordFirstPaint(page);
  await page.goto(storyUrl);
  const bodySize = () =>
    page
      .locator('.story-body > p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  const before = await bodySize();

  const settings = await openDisplaySettings(page);
  await settings.getByRole('radio', { name: 'Extra large' }).check();
  expect(await bodySize()).toBeGreaterThan(before * 1.15);

  await page.reload();
  expect(await firstPaint(page)).toMatchObject({ textSize: 'x-large', fontSize: '20px' });
  expect(await bodySize()).toBeGreaterThan(before * 1.15);
});

test('the story shows its reading time in the byline', async ({ page }) => {
  const story = storySchema.parse(
    JSON.parse(readFileSync(path.resolve('content', 'stories', `${reference.slug}.json`), 'utf8')),
  );
  await page.goto(storyUrl);
  await expect(page.locator('.byline')).toContainText(`${readingMinutes(story)} min read`);
});

test('a reading-progress bar, hidden from assistive technology, fills as the reader scrolls', async ({ page }) => {
  await page.goto(storyUrl);
  const bar = page.locator('.reading-progress');
  await expect(bar).toHaveAttribute('aria-hidden', 'true');
  const width = () => bar.evaluate((element) => element.getBoundingClientRect().width);
  expect(await width()).toBe(0);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(width).toBe(page.viewportSize()!.width);
});

test.describe('accessibility', () => {
  // The 404 page answers with status 404, which the browser logs as a failed resource.
  test.use({ failingRequests: true });

  const pages = [
    ['front page', '/'],
    ['section page', '/sections/world/'],
    ['reference story', storyUrl],
    ['404 page', '/no-such-page/'],
  ] as const;

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, url] of pages) {
      test(`the ${name} has no axe violations (WCAG 2.2 AA) in ${colorScheme}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        await page.evaluate(() => document.fonts.ready);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations).toEqual([]);
      });
    }

    test(`the open display settings have no axe violations in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await openDisplaySettings(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations).toEqual([]);
    });
  }
});

test.describe('on a 320px-wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const url of ['/', '/sections/politics/', storyUrl, '/stories/corvel-salt-battery-plant-harran/']) {
    test(`${url} never scrolls sideways`, async ({ page }) => {
      await page.goto(url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});

test('the story page does not shift while it loads, its fonts arrive and the reader scrolls', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(storyUrl, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 400) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState('networkidle');
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
});
