import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { budgets } from '../../bench/budgets.ts';
import { measurePageWeight } from '../../bench/pageWeight.ts';
import { kb } from '../../bench/sizes.ts';
import { expect, test } from '../support/browserFixtures';

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
