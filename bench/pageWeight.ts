import type { Browser } from '@playwright/test';
import { sizeOf, type Size } from './sizes.ts';

/** Each file is compressed on its own, as it travels. */
const total = (files: Buffer[]): Size =>
  files
    .map((file) => sizeOf(file))
    .reduce(
      (sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }),
      { raw: 0, gzip: 0, brotli: 0 },
    );

export interface PageWeight {
  /** Every script the page loads. */
  js: Size;
  /** Every stylesheet file the page loads: the whole stylesheet, cached from then on. */
  css: Size;
  /** The styles the page inlines for its first paint, which every page carries again. */
  inlineCss: Size;
  html: Size;
  /** Compressed bytes of HTML up to the end of the first body paragraph (story pages). */
  htmlToFirstParagraph: Size | null;
}

/**
 * What a page makes the browser download to show and hydrate it: every script and stylesheet it
 * loads and the styles it inlines, measured by loading it in Chromium with no interaction.
 */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const scripts = new Map<string, Buffer>();
  const css: Buffer[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    const body = await response.body().catch(() => null);
    if (!body) return;
    if (type === 'script') scripts.set(response.url(), body);
    else css.push(body);
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  const html = await response!.text();
  const inlineCss = await page.evaluate(() =>
    [...document.querySelectorAll('style')].map((style) => style.textContent).join(''),
  );
  await page.close();
  const end = html.search(/<p id="p-1"[^>]*>[\s\S]*?<\/p>/);
  const firstParagraphEnd = end === -1 ? -1 : end + html.slice(end).indexOf('</p>') + 4;
  return {
    js: total([...scripts.values()]),
    css: total(css),
    inlineCss: sizeOf(inlineCss),
    html: sizeOf(html),
    htmlToFirstParagraph: firstParagraphEnd === -1 ? null : sizeOf(html.slice(0, firstParagraphEnd)),
  };
}
