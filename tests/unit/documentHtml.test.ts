import { describe, expect, test } from 'vitest';
import { PAGE_DATA_ID, ROOT_ID, readPageData } from '../../src/app/pageData';
import { themeScript } from '../../src/app/themeScript';
import { site } from '../../src/site/config';
import { appLoader, type DocumentParts, documentHtml, STYLESHEET_ATTRIBUTE } from '../../src/site/documentHtml';
import { messageHead } from '../../src/site/head';
import { testAssets } from '../support/pageAssets';

const parts: DocumentParts = {
  head: messageHead('Saved stories'),
  appHtml: '<p>the app</p>',
  pageData: {
    query: { mutations: [], queries: [] },
    router: { loaderData: { note: '</script><script>alert(1)</script>\u2028' } },
  },
  assets: testAssets,
  scripts: 'after-first-paint',
};

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const scriptTexts = (doc: Document) => [...doc.scripts].map((script) => script.src || script.id || script.text);

describe('the document template', () => {
  test('puts the head, the styles, the app and its data where the page expects them', () => {
    const doc = parse(documentHtml(parts));
    expect(doc.documentElement.lang).toBe(site.language);
    expect(doc.title).toBe(`Saved stories | ${site.name}`);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('style')?.textContent).toBe(testAssets.styles[0]!.css);
    // The whole stylesheet for print, after the inline part so it decides where both have a rule.
    const whole = doc.querySelector(`link[rel="stylesheet"][${STYLESHEET_ATTRIBUTE}]`);
    expect([whole?.getAttribute('href'), whole?.getAttribute('media')]).toEqual([testAssets.stylesheets[0], 'print']);
    expect(doc.querySelector('style')!.compareDocumentPosition(whole!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(doc.querySelector('link[rel="preload"][as="font"]')?.getAttribute('href')).toBe(testAssets.fonts[0]);
    expect(doc.getElementById(ROOT_ID)?.innerHTML).toBe('<p>the app</p>');
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe(`${site.basePath}favicon.svg`);
  });

  test('preloads the Latin faces on pages in languages written in Latin only', () => {
    const preloads = (language: string) =>
      parse(documentHtml({ ...parts, head: { ...parts.head, language } })).querySelectorAll('link[rel="preload"]')
        .length;
    expect(preloads('en-GB')).toBe(testAssets.fonts.length);
    expect(preloads('es')).toBe(testAssets.fonts.length);
    expect(testAssets.fonts.length).toBeGreaterThan(0);
    for (const language of ['ar', 'fa', 'ja', 'zh-Hant', 'ky', 'el']) expect(preloads(language), language).toBe(0);
  });

  test("inlines the styles only this page needs after the site's: no stylesheet to wait for", () => {
    const doc = parse(documentHtml({ ...parts, pageStyles: ['.gallery{display:grid}'] }));
    const styles = [...doc.querySelectorAll('style')].map((style) => style.textContent);
    expect(styles).toEqual([testAssets.styles[0]!.css, '.gallery{display:grid}']);
    const blocking = [...doc.querySelectorAll('link[rel="stylesheet"]')].filter(
      (link) => link.getAttribute('media') !== 'print',
    );
    expect(blocking).toEqual([]);
  });

  test('embeds the page data so no string in it can close its script', () => {
    const doc = parse(documentHtml(parts));
    expect(doc.querySelectorAll('script')).toHaveLength(3);
    expect(readPageData(doc)).toEqual(parts.pageData);
    expect(doc.getElementById(PAGE_DATA_ID)?.getAttribute('type')).toBe('application/json');
  });

  test('runs the app after the first paint, or as a module script, or not at all', () => {
    expect(scriptTexts(parse(documentHtml(parts)))).toEqual([themeScript, PAGE_DATA_ID, appLoader(testAssets.entry)]);
    const dev = parse(documentHtml({ ...parts, pageData: null, scripts: 'entry' }));
    expect(dev.querySelector('script[type="module"]')?.getAttribute('src')).toBe(testAssets.entry);
    // The 404 page keeps only the theme script: a static host serves it at any address.
    expect(scriptTexts(parse(documentHtml({ ...parts, pageData: null, scripts: 'none' })))).toEqual([themeScript]);
  });

  test('the loader asks for exactly the entry it names', () => {
    const loader = appLoader('/news/assets/main-abc.js');
    expect(loader).toContain('s.src="/news/assets/main-abc.js"');
    expect(loader).toContain('requestAnimationFrame');
  });
});
