import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ogs from 'open-graph-scraper';
import Parser from 'rss-parser';
import { expect, hydrated, test } from '../support/browserFixtures';
import { contentStories, crawl, SITE_URL } from '../support/builtSite';

const stories = contentStories();
const local = (url: string) => url.replace(SITE_URL, '');

test('every link on every page resolves on a plain static server', async ({ request }) => {
  const { seen, broken } = await crawl(request, '/');
  expect(broken).toEqual([]);
  for (const story of stories) expect(seen, `a link to ${story.slug}`).toContain(`/stories/${story.slug}/`);
});

test('every story page holds its headline and whole body in the raw HTML, and reads with JavaScript off', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const story of stories) {
    await page.goto(`/stories/${story.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
    // The story's own body: a live story's updates each have theirs.
    await expect(page.locator('.story > .story-body > p')).toHaveText(story.paragraphs);
    // The same page hydrates when scripts run: it carries the loader of the app.
    const loaders = await page.evaluate(
      () =>
        [...document.scripts].filter((script) => /createElement\("script"\)[\s\S]*assets\/main-/.test(script.text))
          .length,
    );
    expect(loaders).toBe(1);
  }
  await page.goto('/');
  await page.getByRole('link', { name: stories[0]!.headline }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(stories[0]!.headline);
  await context.close();
});

test('hydration adopts the pre-rendered DOM instead of drawing the page again', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstHeadline: Element | null }).firstHeadline = document.querySelector('h1');
    });
  });
  await page.goto(`/stories/${stories[0]!.slug}/`);
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  expect(
    await page.evaluate(
      () => (window as unknown as { firstHeadline: Element }).firstHeadline === document.querySelector('h1'),
    ),
  ).toBe(true);
  // It fetched its own document and its edition's catalogue once each, to hydrate from: the page
  // names them rather than carrying copies. (The breaking-news banner asks for the front page's
  // once the browser is idle.)
  expect(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /^\/data\/(stories|messages)\//.test(path))
        .sort(),
    ),
  ).toEqual(['/data/messages/en.json', `/data/stories/${stories[0]!.slug}.json`]);
});

test('every story has absolute canonical, Open Graph, X card and JSON-LD tags', async ({ page }) => {
  // Every story loaded and hydrated in turn: seconds each on a loaded machine.
  test.setTimeout(10_000 * stories.length);
  for (const story of stories) {
    await page.goto(`/stories/${story.slug}/`);
    // Read once the app has run: it rewrites these tags on every page, and must keep them right.
    await hydrated(page);
    const url = `${SITE_URL}/stories/${story.slug}/`;
    const meta = (key: string) =>
      page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', url);
    expect(await meta('og:url')).toBe(url);
    expect(await meta('og:type')).toBe('article');
    expect(await meta('og:title')).toBe(story.headline);
    expect(await meta('og:image')).toMatch(/^https:\/\//);
    expect(Number(await meta('og:image:width'))).toBeGreaterThan(0);
    expect(await meta('twitter:card')).toBe('summary_large_image');
    expect(await meta('article:published_time')).toMatch(/^\d{4}-\d\d-\d\dT/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      // A review is schema.org's ReviewNewsArticle: a NewsArticle that is also a Review; live coverage a LiveBlogPosting.
      '@type': story.live ? 'LiveBlogPosting' : story.rated ? 'ReviewNewsArticle' : 'NewsArticle',
      headline: story.headline,
      mainEntityOfPage: { '@id': url },
      publisher: { name: expect.any(String), logo: { url: expect.stringMatching(/^https:/) } },
    });
    expect(Date.parse(jsonLd.datePublished)).not.toBeNaN();
  }
});

test('a link-unfurling library reads title, description, image and URL from every story', async ({ baseURL }) => {
  for (const story of stories) {
    const { result, error } = await ogs({
      url: `${baseURL}/stories/${story.slug}/`,
      urlValidatorSettings: {
        require_tld: false,
        protocols: ['http', 'https'],
        require_protocol: true,
        require_host: true,
        require_port: false,
        require_valid_protocol: true,
        allow_underscores: false,
        host_whitelist: false,
        host_blacklist: false,
        allow_trailing_dot: false,
        allow_protocol_relative_urls: false,
        disallow_auth: false,
        validate_length: true,
        allow_fragments: true,
        allow_query_components: true,
      } as never,
    });
    expect(error, story.slug).toBe(false);
    expect(result.ogTitle).toBe(story.headline);
    expect(result.ogDescription).toBeTruthy();
    expect(result.ogUrl).toBe(`${SITE_URL}/stories/${story.slug}/`);
    const image = result.ogImage?.[0];
    expect(image?.url).toBe(`${SITE_URL}/cards/${story.slug}.jpg`);
    expect([Number(image?.width), Number(image?.height)]).toEqual([1200, 630]);
    expect(result.twitterCard).toBe('summary_large_image');
  }
});

test('the feeds parse with a feed reader and the sitemap lists every story', async ({ request, baseURL }) => {
  const parser = new Parser();
  const rss = await parser.parseURL(`${baseURL}/feed.xml`);
  // Each edition has its own feeds: the main one lists the main edition's stories.
  const main = stories.filter((story) => story.edition === undefined);
  expect(rss.items.map((item) => item.title)).toEqual(expect.arrayContaining(main.map((story) => story.headline)));
  const arabic = await parser.parseURL(`${baseURL}/ar/feed.xml`);
  expect(arabic.items.map((item) => item.title)).toEqual(
    expect.arrayContaining(stories.filter((story) => story.edition === 'ar').map((story) => story.headline)),
  );
  expect(arabic.items.length).toBeGreaterThanOrEqual(2);
  for (const item of rss.items) expect(item.link).toMatch(new RegExp(`^${SITE_URL}/stories/[a-z0-9-]+/$`));
  const science = await parser.parseURL(`${baseURL}/sections/science/feed.xml`);
  expect(science.items.length).toBeGreaterThan(0);

  const json = await (await request.get('/feed.json')).json();
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items).toHaveLength(main.length);
  for (const item of json.items)
    expect(item).toMatchObject({
      id: expect.any(String),
      url: expect.stringMatching(/^https:/),
      title: expect.any(String),
    });

  const index = await (await request.get('/sitemap.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => local(match[1]!));
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
  }
  for (const story of stories) expect(urls).toContain(`${SITE_URL}/stories/${story.slug}/`);
  // A live story's older pages of updates are pages too: listed, and there.
  const olderPages = urls.filter((url) => /\/stories\/[a-z0-9-]+\/updates\/\d+\/$/.test(url));
  expect(olderPages.length).toBeGreaterThan(0);
  for (const url of olderPages) expect((await request.get(local(url))).status()).toBe(200);
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  for (const feed of ['/feed.xml', '/feed.json']) {
    await (await request.get('/')).text().then((html) => expect(html).toContain(`${SITE_URL}${feed}`));
  }
});

/**
 * The validator's CSS grammar predates container queries, anchor positioning and scroll-driven
 * animations, which the inlined stylesheet uses (with fallbacks): it calls those properties
 * unknown. Only those messages are left out; every other HTML or CSS error still fails.
 */
const NEWER_CSS = [
  'CSS: “(container-type|anchor-name|position-anchor|position-try-fallbacks|animation-timeline|animation-range)”: Property “[a-z-]+” doesn.t exist.*',
  'CSS: Unrecognized at-rule “@container”.*',
  'CSS: “inset”: Parse Error.*',
  // Logical properties and values the validator's grammar does not know yet (right-to-left layout).
  'CSS: “(inset-inline|inset-block|inset-inline-start|float|clear)”: .*',
  // calc() with a custom property in it, which the validator cannot type: a table's caption
  // (`calc(100vw - 2 * var(--gutter))`), reported since the blocks' styles are a <style> of their own.
  'CSS: “max-inline-size”: The types are incompatible.*',
].join('|');

test('every page passes the W3C Nu HTML validator', () => {
  const html = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? html(path.join(dir, entry.name))
        : entry.name.endsWith('.html')
          ? [path.join(dir, entry.name)]
          : [],
    );
  const files = html(path.resolve(process.env.DISPATCH_OUT_DIR ?? 'dist'));
  expect(files.length).toBeGreaterThan(stories.length);
  let report = '';
  try {
    execFileSync(
      'java',
      [
        '-jar',
        path.resolve('node_modules/vnu-jar/build/dist/vnu.jar'),
        '--errors-only',
        '--filterpattern',
        NEWER_CSS,
        ...files,
      ],
      { encoding: 'utf8', stdio: 'pipe' },
    );
  } catch (error) {
    report = (error as { stderr: string }).stderr;
  }
  expect(report).toBe('');
});
