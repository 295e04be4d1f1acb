import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { serve } from '../../scripts/serve.ts';
import { expect, hydrated, routeData, test } from '../support/browserFixtures';

/**
 * A site built from hostile but valid content (tests/fixtures/hostile-content: one story per
 * family of cross-site-scripting payload, the payload in every string field, headline included),
 * served with the production headers. Whatever the payload, nothing runs, the reader sees it as
 * text, and the Content-Security-Policy never has to step in.
 */
const CONTENT = 'tests/fixtures/hostile-content';
const OUT_DIR = 'tmp/xss-dist';
const PORT = Number(process.env.XSS_PORT ?? 4185);

/** Newest first, as the site orders them. */
const stories = readdirSync(path.join(CONTENT, 'stories'))
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      JSON.parse(readFileSync(path.join(CONTENT, 'stories', name), 'utf8')) as {
        slug: string;
        headline: string;
        published: string;
      },
  )
  .sort((a, b) => Date.parse(b.published) - Date.parse(a.published))
  .map(({ slug, headline }) => ({ slug, payload: headline }));

/** Elements a payload would have made, had it become markup. */
const INJECTED = [
  'iframe, object, embed, base, math, body style, meta[http-equiv], img[src="x"], img[src="X"]',
  '[onerror], [onload], [onclick], [onmouseover], [srcdoc]',
].join(', ');

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });

let server: Server;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await promisify(execFile)('npx', ['tsx', 'pipeline/build.ts'], {
    env: { ...process.env, DISPATCH_CONTENT: CONTENT, DISPATCH_OUT_DIR: OUT_DIR },
    maxBuffer: 16 * 1024 * 1024,
  });
  server = await serve({ dir: OUT_DIR, port: PORT });
});

test.afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
});

/** Fails on any dialog (every payload calls alert) and answers it, so a page never hangs on one. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.locator(INJECTED).count()).toBe(0);
  // The one inline script a page's body may hold is the app loader, its last element (src/site/documentHtml.ts).
  const inlineScripts = await page.evaluate(() =>
    [...document.body.querySelectorAll('script:not([src]):not([type$="json"])')].map((script) => ({
      last: script === document.body.lastElementChild,
      loader: /^\(function\(\)\{var w=2,k=0;function go\(\)\{var h=\["[^"]+\.css"\],d=document,/.test(
        script.textContent ?? '',
      ),
    })),
  );
  expect(inlineScripts).toEqual([{ last: true, loader: true }]);
  expect(dialogs).toEqual([]);
}

test('the site is served with its Content-Security-Policy, and a blocked inline script is reported', async ({
  page,
  problems,
}) => {
  const response = await page.goto('/');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
  await hydrated(page);
  // A positive control: an inline script is blocked and reported, so "no reports" below means something.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
  });
  await expect
    .poll(() => problems.filter((problem) => problem.startsWith('CSP violation: script-src')))
    .toHaveLength(1);
  await expect.poll(() => problems.filter((problem) => problem.includes('Content Security Policy'))).toHaveLength(1);
  expect(await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  problems.length = 0;
});

for (const { slug, payload } of stories) {
  test(`${slug}: pre-rendered and hydrated, the payload is text and nothing runs`, async ({ page }) => {
    const dialogs = watchDialogs(page);
    await page.goto(`/stories/${slug}/`);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload);
    await expect(page.locator('article').getByText(payload, { exact: true }).first()).toBeVisible();
    await expect(page).toHaveTitle(`${payload} | Dispatch`);
    expect(await page.evaluate(() => (window as { xssFired?: unknown }).xssFired)).toBeUndefined();
    await expectNothingRan(page, dialogs);
  });
}

test('client-side navigation through every hostile story renders each payload as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto(`/stories/${stories[0]!.slug}/`);
  await hydrated(page);
  // "Next story" goes to the next older one: each step fetches its JSON and renders it in the browser.
  for (const { slug, payload } of stories.slice(1)) {
    await page.locator('.story-nav__next a').click();
    await expect(page).toHaveURL(`/stories/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload);
    await expect(page).toHaveTitle(`${payload} | Dispatch`);
  }
  expect(await page.evaluate(() => (window as { xssFired?: unknown }).xssFired)).toBeUndefined();
  await expectNothingRan(page, dialogs);
});

test('a story JSON with unsafe links that skipped the build never puts one in an href', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const [first, second] = stories;
  await page.goto(`/stories/${first!.slug}/`);
  await hydrated(page);
  const original = JSON.parse(readFileSync(path.join(OUT_DIR, 'data', 'stories', `${second!.slug}.json`), 'utf8'));
  original.story.authors = [{ name: 'Mallory', url: 'javascript:alert(1)' }];
  original.story.body.unshift({
    type: 'paragraph',
    text: [{ type: 'link', href: 'JaVaScRiPt:alert(1)', children: ['click me'] }],
  });
  // Of this site's format, so the browser trusts its shape: the links are still checked as they render.
  await routeData(page, `**/data/stories/${second!.slug}.json`, (route) => route.fulfill({ json: original }));
  await page.locator('.story-nav__next a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(original.story.headline);
  await expect(page.locator('article').getByText('click me')).toBeVisible();
  await expect(page.locator('article').getByText('Mallory')).toBeVisible();
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(await page.getByRole('link', { name: /click me|Mallory/ }).count()).toBe(0);
  await expectNothingRan(page, dialogs);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { slug, payload } of stories) {
    test(`${slug}: the pre-rendered page shows the payload as text`, async ({ page, request }) => {
      const html = await (await request.get(`/stories/${slug}/`)).text();
      // Escaped wherever it is written: as text, in attributes and in the embedded JSON.
      if (payload.includes('<')) expect(html).not.toContain(payload);
      const dialogs = watchDialogs(page);
      await page.goto(`/stories/${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload);
      await expect(page.locator('article img').first()).toHaveAttribute('alt', payload);
      await expectNothingRan(page, dialogs);
    });
  }
});

test('topic pages named by hostile tags, and a hostile staff profile, show every payload as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const { slug, payload } = stories.find((story) => story.slug === 'hostile-script-tag')!;
  await page.goto(`/stories/${slug}/`);
  await hydrated(page);
  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: payload, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload);
  await expect(page).toHaveTitle(`${payload} | Dispatch`);
  await expectNothingRan(page, dialogs);
  // The byline's author has a profile in the fixture's site.json: role and bio are payloads too.
  await page.goto(`/stories/${slug}/`);
  await hydrated(page);
  await page.locator('.byline').getByRole('link', { name: payload }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(payload);
  await expect(page.locator('.author-profile__role')).toHaveText(payload);
  await expect(page.locator('.author-profile__bio')).toHaveText(payload);
  expect(await page.evaluate(() => (window as { xssFired?: unknown }).xssFired)).toBeUndefined();
  await expectNothingRan(page, dialogs);
});

test('search results quote hostile stories as text: titles, kickers and excerpts', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/search/?q=alert');
  await expect(page.locator('.search-result').first()).toBeVisible();
  const titles = await page.locator('.search-result h2').allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  for (const title of titles) expect(stories.map((story) => story.payload)).toContain(title);
  await expect(page.locator('.search-result mark').first()).toHaveText(/alert/i);
  expect(await page.evaluate(() => (window as { xssFired?: unknown }).xssFired)).toBeUndefined();
  await expectNothingRan(page, dialogs);
});
