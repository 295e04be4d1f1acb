import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { contentStories } from '../support/builtSite';
import { documentMarker, expect, markDocument, test } from '../support/browserFixtures';

// Live stories' update files included: their words are the story's too.
const files = readdirSync('content/stories', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.json'))
  .map((name) => readFileSync(path.join('content/stories', name), 'utf8'));
const main = contentStories().filter((story) => story.edition === undefined);

/** A word of one main-edition story's body that no other story file contains anywhere. */
function uniqueWord(): { word: string; story: (typeof main)[number] } {
  for (const story of main) {
    for (const word of story.paragraphs.join(' ').match(/\p{L}{7,}/gu) ?? []) {
      const lower = word.toLowerCase();
      if (files.filter((text) => text.toLowerCase().includes(lower)).length === 1) return { word: lower, story };
    }
  }
  throw new Error('no sample story has a word of its own');
}
const { word, story } = uniqueWord();

test('search from the masthead: a word from one story’s body finds it first, and it opens without a reload', async ({
  page,
}) => {
  await page.goto('/');
  await markDocument(page);
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await page.getByLabel('Search stories').fill(word);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results?$/);
  const first = page.locator('.search-result').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(story.headline);
  // A match is marked in the excerpt, as text: the word or another of its stem ("damaged" for "damaging").
  await expect(first.locator('mark').first()).toHaveText(new RegExp(`^${word.slice(0, 5)}`, 'i'));
  // The address carries the search, so it can be shared.
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=${word}$`));
  await first.getByRole('link', { name: story.headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
  expect(await documentMarker(page)).toBe('same document');
});

test('a shared search address shows its results, and the arrow keys move from the box to them', async ({ page }) => {
  await page.goto(`/search/?q=${word}`);
  await expect(page.getByLabel('Search stories')).toHaveValue(word);
  await expect(page.locator('.search-result').first().getByRole('heading')).toHaveText(story.headline);
  await page.getByLabel('Search stories').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: story.headline }).first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByLabel('Search stories')).toBeFocused();
});

test('the section and year filters narrow the results to what they name', async ({ page }) => {
  await page.goto('/search/?q=the');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(/^\d+ results?$/);
  const all = Number((await status.textContent())!.match(/\d+/)![0]);
  const section = page.getByRole('combobox', { name: 'Section' });
  const choices = await section.locator('option').allTextContents();
  expect(choices.length).toBeGreaterThan(2);
  const chosen = choices[1]!;
  await section.selectOption(chosen);
  await expect(page).toHaveURL(/section=/);
  await expect.poll(async () => Number((await status.textContent())?.match(/\d+/)?.[0])).toBeLessThan(all);
  const sections = await page.locator('.search-result .card__section').allTextContents();
  expect(sections.length).toBeGreaterThan(0);
  expect(new Set(sections)).toEqual(new Set([chosen]));
  // Every sample is from one year: its filter would filter nothing, so it is not offered.
  const years = new Set(
    main.map((s) => JSON.parse(files.find((f) => f.includes(`"${s.slug}"`))!).published.slice(0, 4)),
  );
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveCount(years.size > 1 ? 1 : 0);
});

test('nothing of search is downloaded until the reader opens it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`/stories/${story.slug}/`);
  await markDocument(page);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((url) => url.startsWith('/pagefind/') || url.includes('lazyPages'))).toEqual([]);
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Search stories').fill(word);
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(fetched.some((url) => url.startsWith('/pagefind/en/'))).toBe(true);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and links to sections and the archive', async ({ page }) => {
    await page.goto('/search/?q=salt');
    await expect(page.getByText('needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'World' })).toHaveAttribute(
      'href',
      '/sections/world/',
    );
    await expect(page.getByRole('main').getByRole('link', { name: /archive/i })).toHaveAttribute('href', '/archive/');
    await expect(page.getByLabel('Search stories')).toHaveCount(0);
  });
});

test('the Arabic edition searches its own stories, right to left', async ({ page }) => {
  const arabic = contentStories().find((s) => s.edition === 'ar')!;
  const term = arabic.paragraphs[0]!.match(/\p{L}{5,}/u)![0];
  await page.goto(`/ar/search/?q=${encodeURIComponent(term)}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.search-result h2').first()).toBeVisible();
  const headlines = await page.locator('.search-result h2').allTextContents();
  expect(headlines).toContain(arabic.headline);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search page with results has no axe violations in ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/search/?q=${word}`);
    await expect(page.locator('.search-result').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });
}
