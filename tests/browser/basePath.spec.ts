import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import path from 'node:path';
import { dateWording } from '../../pipeline/publishStory.ts';
import { serve } from '../../scripts/serve.ts';
import { documentMarker, expect, hydrated, markDocument, test } from '../support/browserFixtures';
import { crawl, SITE_URL } from '../support/builtSite';

const BASE = '/news/';
const TIME_ZONE = 'America/New_York';
const port = Number(process.env.PORT ?? 4173) + 50;
const outDir = path.resolve('tmp', `base-path-dist-${port}`);
let server: Server;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync(process.execPath, ['--import', 'tsx', 'pipeline/build.ts'], {
    env: { ...process.env, DISPATCH_BASE_PATH: BASE, DISPATCH_TIME_ZONE: TIME_ZONE, DISPATCH_OUT_DIR: outDir },
    stdio: 'pipe',
  });
  server = await serve({ dir: outDir, port, basePath: BASE });
});

test.afterAll(() => {
  server?.close();
});

test.use({ baseURL: `http://127.0.0.1:${port}` });

test('a site built for a sub-path works under that path', async ({ page }) => {
  await page.goto(`${BASE}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Latest news');
  await markDocument(page);
  const link = page.locator('.card__link').first();
  const headline = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  expect(new URL(page.url()).pathname).toMatch(/^\/news\/stories\/[a-z0-9-]+\/$/);
  expect(await documentMarker(page)).toBe('same document');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE_URL}${new URL(page.url()).pathname}`,
  );

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  await page
    .getByRole('banner')
    .getByRole('link', { name: /Dispatch/ })
    .first()
    .click();
  await expect(page).toHaveURL(BASE);
});

test('every link of the sub-path build stays under it and resolves', async ({ request }) => {
  const { seen, broken } = await crawl(request, BASE);
  expect(broken).toEqual([]);
  expect([...seen].filter((url) => !url.startsWith(BASE))).toEqual([]);
});

test('dates read in the configured time zone, pre-rendered and hydrated alike', async ({ page }) => {
  await page.goto(BASE);
  await page.locator('.card__link').first().click();
  const time = page.locator('.byline__time time').first();
  const published = (await time.getAttribute('datetime'))!;
  // Worded as the build words dates (tests/unit/publishStory.test.ts checks the wording), in New York's zone.
  const expected = dateWording('en-GB', TIME_ZONE).time(published);
  expect(expected).toMatch(/ GMT-[45]$/);
  await expect(time).toHaveText(expected);

  // The same text in the pre-rendered page, and no hydration mismatch (the fixture fails on one).
  await page.reload();
  await hydrated(page);
  await expect(time).toHaveText(expected);
  const html = await (await page.request.get(page.url())).text();
  expect(html).toContain(`>${expected}</time>`);
});
