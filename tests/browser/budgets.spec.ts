import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { budgets } from '../../bench/budgets.ts';
import { checkSiteConfig } from '../../pipeline/check/siteConfig.ts';
import { contentDir } from '../../pipeline/contentFolder.ts';
import { measurePageWeight } from '../../bench/pageWeight.ts';
import { kb } from '../../bench/sizes.ts';
import { expect, hydrated, test } from '../support/browserFixtures';

const routes = {
  front: '/',
  section: '/sections/world/',
  story: '/stories/defense-secretary-troops-not-withdrawing-iraq/',
};

test.describe('size budgets (bench/budgets.ts)', () => {
  for (const [name, path] of Object.entries(routes)) {
    test(`the ${name} page stays within its JavaScript and CSS budgets`, async ({ browser, baseURL }) => {
      const weight = await measurePageWeight(browser, `${baseURL}${path}`);
      expect(weight.js.gzip, `JS ${kb(weight.js.gzip)} gzip`).toBeLessThanOrEqual(budgets.jsGzip);
      expect(weight.js.gzip).toBeGreaterThan(0);
      expect(weight.css.gzip, `CSS ${kb(weight.css.gzip)} gzip`).toBeLessThanOrEqual(budgets.cssGzip);
      expect(weight.inlineCss.gzip, `inline CSS ${kb(weight.inlineCss.gzip)} gzip`).toBeLessThanOrEqual(
        budgets.inlineCssGzip,
      );
      expect(weight.inlineCss.raw).toBeGreaterThan(0);
    });
  }

  for (const [name, path] of Object.entries(routes)) {
    test(`the ${name} page loads one script: what only a reader's action needs comes with the action`, async ({
      page,
    }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(path);
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      // No head code, display settings or saving (nor the live, media or text blocks this page lacks).
      expect(scripts).toEqual([expect.stringMatching(/^\/assets\/main-[\w-]+\.js$/)]);
    });
  }

  test('pages inline only part of the stylesheet, and the stylesheet leaves the font faces to them', async ({
    page,
  }) => {
    await page.goto(routes.story);
    const inline = await page.locator('head style').allTextContents();
    const href = await page.locator('link[data-app-styles][href*="/assets/main-"]').getAttribute('href');
    const linked = await (await page.request.get(href!)).text();
    // Print, and what only the app draws, is not carried by every page again.
    expect(linked).toContain('@media print{');
    expect(inline.join('')).not.toContain('@media print{');
    expect(inline.join('')).toContain('@font-face');
    expect(linked).not.toContain('@font-face');
  });

  test('zod reaches no file the reader downloads: documents are checked when the site is built', () => {
    const assets = path.resolve(process.env.DISPATCH_OUT_DIR ?? 'dist', 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of readdirSync(assets)) {
      const text = readFileSync(path.join(assets, name), 'latin1');
      expect(text.includes('ZodError') || text.includes('$ZodType'), `zod in ${name}`).toBe(false);
    }
  });

  test('the script every page loads carries no head code and no descriptions: they come with a navigation', () => {
    const assets = path.resolve(process.env.DISPATCH_OUT_DIR ?? 'dist', 'assets');
    const script = (prefix: string) => {
      const names = readdirSync(assets).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'));
      expect(names, `${prefix}-*.js`).toHaveLength(1);
      return readFileSync(path.join(assets, names[0]!), 'utf8');
    };
    const [main, heads] = [script('main'), script('pageHeads')];
    const described = checkSiteConfig(contentDir, {}).descriptions!;
    const descriptions = Object.values(described).flatMap(({ description, sections }) => [
      description,
      ...Object.values(sections),
    ]);
    expect(descriptions.length).toBeGreaterThan(1);
    for (const text of descriptions) {
      expect(main, 'main-*.js').not.toContain(text);
      expect(heads, 'pageHeads-*.js').toContain(text);
    }
    // JSON-LD is the head code's.
    expect(main).not.toContain('NewsArticle');
    expect(heads).toContain('NewsArticle');
  });

  test('the story opens within the first round trip of HTML', async ({ browser, baseURL }) => {
    const weight = await measurePageWeight(browser, `${baseURL}${routes.story}`);
    expect(weight.htmlToFirstParagraph, 'the story page has a first paragraph').not.toBeNull();
    expect(weight.htmlToFirstParagraph!.gzip).toBeLessThanOrEqual(budgets.htmlToFirstParagraphGzip);
  });

  test('the 404 page ships no JavaScript', async ({ browser, baseURL }) => {
    const weight = await measurePageWeight(browser, `${baseURL}/no-such-page/`);
    expect(weight.js.gzip).toBe(budgets.notFoundJsGzip);
  });
});
