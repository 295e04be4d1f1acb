import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Parser from 'rss-parser';
import { SITE_URL } from '../support/builtSite';
import { documentMarker, expect, hydrated, markDocument, test } from '../support/browserFixtures';

/** The sample stories' tags, bylines and dates, read from the content folder the site was built from. */
const stories = readdirSync('content/stories')
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const story = JSON.parse(readFileSync(path.join('content/stories', name), 'utf8'));
    return story as {
      slug: string;
      headline: string;
      edition?: string;
      tags: string[];
      authors: { name: string }[];
      published: string;
    };
  });
const site = JSON.parse(readFileSync('content/site.json', 'utf8')) as {
  authors: { name: string; role: string; bio?: string }[];
};
const main = stories.filter((story) => story.edition === undefined);
const tagged = (tag: string) => main.filter((story) => story.tags.includes(tag));
// The main edition's tag on the most stories: a topic page with several stories to list.
const busiest = [...new Set(main.flatMap((story) => story.tags))].sort(
  (a, b) => tagged(b).length - tagged(a).length,
)[0]!;
const staff = site.authors.find(
  (author) => author.bio && main.some((story) => story.authors.some((a) => a.name === author.name)),
)!;
const arabicTagged = stories.find((story) => story.edition === 'ar')!;

test('a story links its tags to topic pages, opened without reloading the document', async ({ page }) => {
  const story = tagged(busiest)[0]!;
  await page.goto(`/stories/${story.slug}/`);
  await markDocument(page);
  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: busiest, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(busiest);
  expect(await documentMarker(page)).toBe('same document');
  const headlines = await page.locator('.card__headline').allTextContents();
  expect(headlines.sort()).toEqual(
    tagged(busiest)
      .map((s) => s.headline)
      .sort(),
  );
  await expect(page).toHaveTitle(`${busiest} | Dispatch`);
});

test('a byline links a staff author to their page: role, bio and their stories', async ({ page }) => {
  const story = main.find((s) => s.authors.some((a) => a.name === staff.name))!;
  await page.goto(`/stories/${story.slug}/`);
  await markDocument(page);
  await page.locator('.byline').getByRole('link', { name: staff.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(staff.name);
  expect(await documentMarker(page)).toBe('same document');
  await expect(page.getByText(staff.role, { exact: true })).toBeVisible();
  await expect(page.getByText(staff.bio!)).toBeVisible();
  const theirs = main.filter((s) => s.authors.some((a) => a.name === staff.name)).map((s) => s.headline);
  expect((await page.locator('.card__headline').allTextContents()).sort()).toEqual(theirs.sort());
});

test('the archive lists each month with its count, and a month its stories', async ({ page }) => {
  await page.goto('/');
  await markDocument(page);
  await page.locator('.site-footer').getByRole('link', { name: 'Archive' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive');
  const months = new Map<string, typeof main>();
  for (const story of main) {
    const key = story.published.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), story]);
  }
  // Every sample is dated well inside its month, so its UTC month is the site's (UTC) one.
  const [newest, inIt] = [...months.entries()].sort(([a], [b]) => b.localeCompare(a))[0]!;
  const links = page.locator('.archive-months a');
  await expect(links).toHaveCount(months.size);
  await links.first().click();
  await expect(page).toHaveURL(`/archive/${newest.replace('-', '/')}/`);
  // The URL changes before the month's page is committed: wait for its cards, not for the URL alone.
  await expect(page.locator('.card__headline')).toHaveCount(inIt.length);
  expect(await documentMarker(page)).toBe('same document');
  expect((await page.locator('.card__headline').allTextContents()).sort()).toEqual(inIt.map((s) => s.headline).sort());
});

test('a topic in Arabic script has its page in the Arabic edition, right to left', async ({ page }) => {
  const tag = arabicTagged.tags[0]!;
  await page.goto(`/stories/${arabicTagged.slug}/`);
  await hydrated(page);
  await page.getByRole('navigation', { name: 'موضوعات' }).getByRole('link', { name: tag }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tag);
  expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`/ar/topics/${tag}/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // And the address works as a first visit too.
  await page.goto(`/ar/topics/${encodeURIComponent(tag)}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tag);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('topic, author and archive pages read as plain HTML', async ({ page }) => {
    await page.goto(`/topics/${busiest.toLowerCase().replace(/ /g, '-')}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(busiest);
    await expect(page.locator('.card__headline')).toHaveCount(tagged(busiest).length);
    await page.goto('/archive/');
    await expect(page.locator('.archive-months a').first()).toBeVisible();
  });
});

test('topic, author and month feeds parse, and the sitemap lists their pages', async ({ request, baseURL }) => {
  const parser = new Parser();
  const key = busiest.toLowerCase().replace(/ /g, '-');
  const rss = await parser.parseURL(`${baseURL}/topics/${key}/feed.xml`);
  expect(rss.items.map((item) => item.title).sort()).toEqual(
    tagged(busiest)
      .map((s) => s.headline)
      .sort(),
  );
  const json = await (await request.get(`/topics/${key}/feed.json`)).json();
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items).toHaveLength(tagged(busiest).length);
  const arabic = await parser.parseURL(`${baseURL}/ar/topics/${encodeURIComponent(arabicTagged.tags[0]!)}/feed.xml`);
  expect(arabic.items.map((item) => item.title)).toContain(arabicTagged.headline);
  const sitemaps = await (await request.get('/sitemap.xml')).text();
  const lists = [...sitemaps.matchAll(/<loc>([^<]+sitemap-lists[^<]+)<\/loc>/g)].map((match) => match[1]!);
  const urls = (await Promise.all(lists.map(async (url) => (await request.get(new URL(url).pathname)).text()))).join(
    '',
  );
  expect(urls).toContain(`<loc>${SITE_URL}/topics/${key}/</loc>`);
  expect(urls).toContain(`<loc>${SITE_URL}/archive/</loc>`);
  expect(urls).toContain(`<loc>${encodeURI(`${SITE_URL}/ar/topics/${arabicTagged.tags[0]}/`)}</loc>`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`topic, author and archive pages have no axe violations in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const url of [
      `/topics/${busiest.toLowerCase().replace(/ /g, '-')}/`,
      '/archive/',
      `/authors/${staff.name.toLowerCase().replace(/ /g, '-')}/`,
    ]) {
      await page.goto(url);
      await hydrated(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations, url).toEqual([]);
    }
  });
}
