import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page, Response } from '@playwright/test';
import { serve } from '../../scripts/serve.ts';
import { testAccessibleInEveryTheme } from '../support/accessibility';
import { documentMarker, expect, hydrated, markDocument, routeData, test } from '../support/browserFixtures';
import { layoutShift, recordLayoutShifts } from '../support/layoutShift';

/** The sample live story: 45 updates (one pinned), so its oldest 20 are on an older page. */
const SLUG = 'storm-oriel-corran-valley-live';
const LIVE = `/stories/${SLUG}/`;
const POLL = `**/data/live/${SLUG}.json`;
/** An update on the older page, and one at the story's address. */
const ARCHIVED = '0620-schools-closed';
const RECENT = '0815-insurance';

/** Makes the page poll after `firstMs`, backing off to `longestMs`, instead of 15 s to 2 min; before it loads. */
async function pollEvery(page: Page, firstMs: number, longestMs: number): Promise<void> {
  await page.addInitScript(
    (poll) => {
      window.dispatchLivePoll = poll;
    },
    { firstMs, longestMs },
  );
}

/** Every answer to the page's polls, as it arrives. */
function recordPolls(page: Page): Response[] {
  const polls: Response[] = [];
  page.on('response', (response) => {
    if (response.url().includes(`/data/live/${SLUG}.json`)) polls.push(response);
  });
  return polls;
}

/** Makes the tab hidden, as switching to another tab does. */
const hideTab = (page: Page) =>
  page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });

test.describe('the sample live story', () => {
  testAccessibleInEveryTheme(LIVE);

  test('says it is live, with the key points, the pinned post, key events and the newest updates first', async ({
    page,
  }) => {
    await page.goto(LIVE);
    const article = page.getByRole('article').first();
    await expect(article.locator('.kicker--live')).toHaveText('Live');
    await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
    await expect(page.locator('.live-update--pinned').getByRole('heading')).toHaveText('What we know so far');
    const keyEvents = page.getByRole('navigation', { name: 'Key events' }).getByRole('link');
    await expect(keyEvents.first()).toContainText('Crisis centre: no deaths, 41 rescued');
    const times = await page
      .locator('.liveblog__updates .live-update time')
      .evaluateAll((elements) => elements.map((element) => Date.parse(element.getAttribute('datetime')!)));
    expect(times.length).toBeGreaterThanOrEqual(20);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    await expect(page.locator(`#update-${RECENT} .live-update__time a`)).toHaveText('08:15');
    await expect(page.locator(`#update-${RECENT} .live-update__ago`)).toContainText('ago');
  });

  test('its JSON-LD is a LiveBlogPosting with its coverage start and its updates', async ({ page }) => {
    await page.goto(LIVE);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('LiveBlogPosting');
    expect(jsonLd.coverageStartTime).toBe('2026-11-28T05:40:00Z');
    expect(jsonLd.coverageEndTime).toBeUndefined();
    expect(jsonLd.liveBlogUpdate.length).toBeGreaterThan(20);
    for (const update of jsonLd.liveBlogUpdate) {
      expect(update['@type']).toBe('BlogPosting');
      expect(update.url).toMatch(new RegExp(`/stories/${SLUG}/#update-[a-z0-9-]+$`));
      expect(Date.parse(update.datePublished)).not.toBeNaN();
      expect(update.headline.length).toBeGreaterThan(0);
    }
  });

  test('its feed has one item per update, each linking to the update', async ({ request }) => {
    const feed = await (await request.get(`${LIVE}feed.json`)).json();
    expect(feed.items).toHaveLength(45);
    expect(feed.items[0].url).toMatch(new RegExp(`#update-${RECENT}$`));
    const rss = await (await request.get(`${LIVE}feed.xml`)).text();
    expect(rss.match(/<item>/g)).toHaveLength(45);
  });

  test('the front page and its card say it is live', async ({ page }) => {
    await page.goto('/');
    const card = page.locator('.card').filter({ has: page.getByRole('link', { name: /^Storm Oriel live/ }) });
    await expect(card.locator('.kicker')).toHaveText('Live');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the page is complete as of the build and says when it was last updated', async ({ page }) => {
      await page.goto(LIVE);
      await expect(page.getByText('Last updated 29 November 2026 at 08:15 UTC')).toBeVisible();
      await expect(page.locator('.liveblog__updates > li')).toHaveCount(24);
      await expect(page.getByRole('link', { name: 'Older updates' })).toHaveAttribute(
        'href',
        `/stories/${SLUG}/updates/1/`,
      );
      await page.getByRole('link', { name: 'Older updates' }).click();
      await expect(page.locator('.liveblog__updates > li')).toHaveCount(20);
      await expect(page.locator(`#update-${ARCHIVED}`)).toBeAttached();
    });
  });

  test("an update's permalink, opened cold, scrolls to it and highlights it, also from an older page", async ({
    page,
  }) => {
    await page.goto(`${LIVE}#update-${RECENT}`);
    await hydrated(page);
    await expect(page.locator(`#update-${RECENT}`)).toHaveClass(/is-linked/);
    await expect(page.locator(`#update-${RECENT}`)).toBeInViewport();

    await page.goto(`${LIVE}#update-${ARCHIVED}`);
    await expect(page).toHaveURL(`${LIVE}updates/1/#update-${ARCHIVED}`);
    const archived = page.locator(`#update-${ARCHIVED}`);
    await expect(archived).toHaveClass(/is-linked/);
    await expect(archived).toBeInViewport();
  });
});

test.describe('polling', () => {
  // The service worker would stand between the page and the routes below.
  test.use({ serviceWorkers: 'block' });

  test('an unchanged poll is a 304 without a body; polling stops while the tab is hidden', async ({ page }) => {
    await pollEvery(page, 300, 1_000);
    const polls = recordPolls(page);
    await page.goto(LIVE);
    await hydrated(page);
    await expect.poll(() => polls.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    expect(polls[0]!.status()).toBe(200);
    const first = await polls[0]!.request().sizes();
    expect(first.responseBodySize).toBeGreaterThan(100);
    expect(first.responseBodySize).toBeLessThan(1_000);
    for (const poll of polls.slice(1, 4)) {
      expect(poll.status()).toBe(304);
      expect((await poll.request().sizes()).responseBodySize).toBe(0);
    }

    await hideTab(page);
    const whenHidden = polls.length;
    // Four times the longest wait between polls; one already asked for may still answer.
    await page.waitForTimeout(4_000);
    expect(polls.length - whenHidden).toBeLessThanOrEqual(1);
  });

  test('when the story ends, the page says so and stops polling', async ({ page }) => {
    await pollEvery(page, 300, 300);
    const polls = recordPolls(page);
    let served = 0;
    await routeData(page, POLL, async (route) => {
      served += 1;
      const response = await route.fetch();
      const poll = await response.json();
      await route.fulfill({ json: { ...poll, status: 'ended' }, headers: { etag: '"ended"' } });
    });
    await page.goto(LIVE);
    await hydrated(page);
    await expect(page.getByRole('note')).toHaveText('This live coverage has ended');
    const whenEnded = served;
    await page.waitForTimeout(2_000);
    expect(served).toBe(whenEnded);
    expect(polls.length).toBe(whenEnded);
  });
});

test.describe('polling, with the reader at the top of the page', () => {
  test.use({ serviceWorkers: 'block' });

  test('a new update goes in at the top of the updates, announced once, and nothing on screen moves', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await pollEvery(page, 500, 500);
    await recordLayoutShifts(page);
    const fresh = {
      id: '0900-water-falling',
      published: '2026-11-29T09:00:00Z',
      clock: '09:00',
      publishedTime: '29 November 2026 at 09:00 UTC',
      keyEvent: false,
      title: 'The water is falling in Lowford',
      body: [{ type: 'paragraph', text: 'The Meadows estate is draining, firefighters say.' }],
    };
    // From now on the story has one more update than the page was built with.
    await routeData(page, POLL, async (route) => {
      const poll = await (await route.fetch()).json();
      const latest = [{ id: fresh.id, published: fresh.published }, ...poll.latest];
      await route.fulfill({ json: { ...poll, latest }, headers: { etag: '"with-fresh"' } });
    });
    await page.goto(LIVE);
    await hydrated(page);
    await routeData(page, `**/data/stories/${SLUG}.json`, async (route) => {
      const document = await (await route.fetch()).json();
      await route.fulfill({
        json: { ...document, live: { ...document.live, updates: [fresh, ...document.live.updates] } },
      });
    });
    const inserted = page.locator(`#update-${fresh.id}`);
    await expect(inserted).toBeAttached({ timeout: 5_000 });
    await expect(page.locator('.liveblog__updates > li').first().locator('article')).toHaveId(`update-${fresh.id}`);
    await expect(page.getByRole('button', { name: /new update/ })).toHaveCount(0);
    await expect(page.locator('.liveblog__notice')).toHaveText('1 new update');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await layoutShift(page)).toBe(0);
  });
});

test.describe('a new update, published while the page is open', () => {
  test.describe.configure({ mode: 'serial' });
  // Builds its own copy of the sample site: the shared dist/ and content/ are never touched.
  const work = mkdtempSync(path.join(os.tmpdir(), 'dispatch-live-browser-'));
  const content = path.join(work, 'content');
  const outDir = path.join(work, 'dist');
  let server: Server;
  let origin: string;

  const build = () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['pipeline/start.mjs', 'build'], {
        env: { ...process.env, DISPATCH_CONTENT: content, DISPATCH_OUT_DIR: outDir },
        stdio: 'ignore',
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build exited with ${code}`))));
    });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    cpSync('content', content, { recursive: true });
    await build();
    server = await serve({ dir: outDir, port: 0 });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(() => {
    server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  test.use({ serviceWorkers: 'block' });

  test('is offered as "1 new update" within a poll, shown on a click, with no reload and no shift', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const INTERVAL = 1_000;
    // No back-off here: "within one poll interval" of the build is then a fixed time.
    await pollEvery(page, INTERVAL, INTERVAL);
    await recordLayoutShifts(page);
    const polls = recordPolls(page);
    await page.goto(`${origin}${LIVE}`);
    await markDocument(page);
    await page.locator(`#update-${RECENT}`).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await expect.poll(() => polls.length).toBeGreaterThan(1);
    const title = await page.title();

    writeFileSync(
      path.join(content, 'stories', SLUG, 'updates', '20261129T0850-0850-roads-reopen.json'),
      JSON.stringify({
        id: '0850-roads-reopen',
        published: '2026-11-29T08:50:00Z',
        title: 'Valley road reopens between Lowford and Stanmere',
        body: [
          { type: 'paragraph', text: 'Police have reopened the valley road at the Corran Bend after the water fell.' },
        ],
      }),
    );
    await build();
    const button = page.getByRole('button', { name: '1 new update' });
    // One interval, and the story's document fetched after the poll (slow on a loaded machine).
    await expect(button).toBeVisible({ timeout: INTERVAL + 2_000 });
    await expect(page).toHaveTitle(`(1) ${title}`);
    await expect(page.locator('#update-0850-roads-reopen')).toHaveCount(0);
    expect(await layoutShift(page)).toBe(0);

    await button.click();
    const fresh = page.locator('#update-0850-roads-reopen');
    await expect(fresh.getByRole('heading')).toHaveText('Valley road reopens between Lowford and Stanmere');
    await expect(fresh).toBeInViewport();
    await expect(fresh).toBeFocused();
    await expect(page).toHaveTitle(title);
    expect(await documentMarker(page)).toBe('same document');
    expect(await layoutShift(page)).toBe(0);
  });
});

test.describe('offline', () => {
  // Offline, the browser logs every request that fails (the polls among them): that is the point here.
  test.use({ failingRequests: true });

  test('a live story read online opens offline as last seen, and says it is offline', async ({ page, context }) => {
    await page.goto(LIVE);
    await hydrated(page);
    const headline = await page.getByRole('heading', { level: 1 }).textContent();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect
      .poll(() => page.evaluate((dataPath) => caches.match(dataPath).then(Boolean), `/data/stories/${SLUG}.json`))
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline!);
    await expect(page.locator(`#update-${RECENT}`)).toBeVisible();
    await expect(page.getByText('Last updated 29 November 2026 at 08:15 UTC')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  });
});
