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
    // The page links no stylesheet for the screen: the app loader does, once the page is on screen.
    // Without JavaScript, the whole stylesheet is linked for print, after the inline part so it
    // decides where both have a rule.
    // (DOMParser reads a page as a browser with JavaScript off does: <noscript>'s content is markup.)
    const links = [...doc.querySelectorAll(`link[rel="stylesheet"][${STYLESHEET_ATTRIBUTE}]`)];
    expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
    expect(
      links.map((link) => [link.parentElement?.tagName, link.getAttribute('href'), link.getAttribute('media')]),
    ).toEqual([['NOSCRIPT', testAssets.stylesheets[0], 'print']]);
    expect(
      doc.querySelector('style')!.compareDocumentPosition(links[0]!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
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

  test("carries the share icons' symbols, outside the app, only on a page that shows one", () => {
    const shareIcons =
      '<svg xmlns="http://www.w3.org/2000/svg" id="share-icons" display="none"><symbol id="share-icon-x"/></svg>';
    const withIcons = (appHtml: string) =>
      parse(documentHtml({ ...parts, appHtml, assets: { ...testAssets, shareIcons } })).getElementById('share-icons');
    const symbols = withIcons('<svg class="share-icon"><use href="#share-icon-x"></use></svg>');
    expect(symbols?.parentElement?.tagName).toBe('BODY');
    expect(symbols?.querySelector('symbol')?.id).toBe('share-icon-x');
    expect(withIcons('<p>the app</p>')).toBeNull();
  });

  test("preloads each video's poster once, at low priority, and nothing on a page without one", () => {
    const poster = '/images/media/tide-poster-640.jpg?a=1&amp;b=2';
    const video = `<video class="video__player" controls="" preload="none" poster="${poster}"></video>`;
    const appHtml = `${video}<video poster="${poster}"></video>`;
    const preloads = parse(documentHtml({ ...parts, appHtml })).querySelectorAll('link[rel="preload"][as="image"]');
    expect([...preloads].map((link) => [link.getAttribute('href'), link.getAttribute('fetchpriority')])).toEqual([
      ['/images/media/tide-poster-640.jpg?a=1&b=2', 'low'],
    ]);
    expect(parse(documentHtml(parts)).querySelectorAll('link[rel="preload"][as="image"]')).toHaveLength(0);
  });

  test('embeds the page data so no string in it can close its script', () => {
    const doc = parse(documentHtml(parts));
    expect(doc.querySelectorAll('script')).toHaveLength(3);
    expect(readPageData(doc)).toEqual(parts.pageData);
    expect(doc.getElementById(PAGE_DATA_ID)?.getAttribute('type')).toBe('application/json');
  });

  test('runs the app after the first paint, or as a module script, or not at all', () => {
    expect(scriptTexts(parse(documentHtml(parts)))).toEqual([
      themeScript,
      PAGE_DATA_ID,
      appLoader(testAssets.entry, testAssets.stylesheets),
    ]);
    const dev = parse(documentHtml({ ...parts, pageData: null, scripts: 'entry' }));
    expect(dev.querySelector('script[type="module"]')?.getAttribute('src')).toBe(testAssets.entry);
    // The 404 page keeps only the theme script: a static host serves it at any address. With no
    // loader to link it, its whole stylesheet is linked for print.
    const notFound = parse(documentHtml({ ...parts, pageData: null, scripts: 'none' }));
    expect(scriptTexts(notFound)).toEqual([themeScript]);
    expect(notFound.querySelector('link[rel="stylesheet"]')?.getAttribute('media')).toBe('print');
  });

  test('the loader asks for exactly the entry it names', () => {
    const page = loaderPage({});
    page.load();
    page.paint('first-contentful-paint');
    page.settle();
    expect(page.scripts).toEqual([{ type: 'module', src: '/news/assets/main-abc.js' }]);
  });
});

/**
 * The app loader run against a page of its own: a document, frames and timers that a test moves
 * on by hand, and a paint observer it feeds entries to.
 */
function loaderPage({ root = true, paintTiming = true, stylesheets = [] as string[], pageLinks = 0 }) {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  let frames: (() => void)[] = [];
  let onLoad: (() => void) | undefined;
  let observer: { callback: (list: unknown, self: unknown) => void; connected: boolean; self: unknown } | undefined;
  const scripts: { type: string; src: string }[] = [];
  type Link = {
    href?: string;
    rel?: string;
    media: string;
    sheet: object | null;
    onload: (() => void) | null;
    marked?: boolean;
  };
  // The page's own links for the app (a Japanese page's faces), then those the loader adds.
  const links: Link[] = Array.from({ length: pageLinks }, () => ({ media: 'print', sheet: null, onload: null }));
  const printLinks = { tagName: 'NOSCRIPT' };
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'largest-contentful-paint'] : ['resource'];
    constructor(callback: (list: unknown, self: unknown) => void) {
      observer = { callback, connected: false, self: this };
    }
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: 'paint', buffered: true });
      observer!.connected = true;
    }
    disconnect() {
      observer!.connected = false;
    }
  }
  const document = {
    readyState: 'interactive',
    querySelectorAll: (selector: string) => (selector === `link[${STYLESHEET_ATTRIBUTE}]` ? links : []),
    // Where the page links the whole stylesheets for print without JavaScript.
    querySelector: (selector: string) => (selector === `noscript[${STYLESHEET_ATTRIBUTE}]` ? printLinks : null),
    getElementById: (id: string) => (id === ROOT_ID ? { hasChildNodes: () => root } : null),
    createElement: (tag: string) => {
      if (tag !== 'link') return { tag, type: '', src: '' };
      const link: Link & { tag: string; setAttribute: (name: string) => void } = {
        tag,
        rel: '',
        href: '',
        media: '',
        sheet: null,
        onload: null,
        setAttribute: (name) => {
          if (name === STYLESHEET_ATTRIBUTE) link.marked = true;
        },
      };
      return link;
    },
    head: {
      insertBefore: (link: Link, before: unknown) => {
        expect([link.rel, link.marked, before]).toEqual(['stylesheet', true, printLinks]);
        links.push(link);
      },
      appendChild: (script: { type: string; src: string }) => scripts.push({ type: script.type, src: script.src }),
    },
  };
  const run = new Function(
    'window',
    'document',
    'addEventListener',
    'requestAnimationFrame',
    'setTimeout',
    appLoader('/news/assets/main-abc.js', stylesheets),
  );
  run(
    { PerformanceObserver },
    document,
    (type: string, listener: () => void) => {
      if (type === 'load') onLoad = listener;
    },
    (callback: () => void) => frames.push(callback),
    (callback: () => void, ms = 0) => timers.push({ at: now + ms, run: callback }),
  );
  const runTimers = () => {
    const due = timers.filter((timer) => timer.at <= now);
    timers = timers.filter((timer) => timer.at > now);
    for (const timer of due) timer.run();
  };
  return {
    scripts,
    links,
    load: () => {
      document.readyState = 'complete';
      onLoad?.();
    },
    paint: (name: string) => {
      if (observer?.connected)
        observer.callback({ getEntriesByName: (n: string) => (n === name ? [{}] : []) }, observer.self);
    },
    /** One frame, then the timers that are due. */
    frame: () => {
      const callbacks = frames;
      frames = [];
      for (const callback of callbacks) callback();
      runTimers();
    },
    /** Time passes without a frame. */
    wait: (ms: number) => {
      now += ms;
      runTimers();
    },
    settle() {
      for (let i = 0; i < 4; i++) this.frame();
    },
  };
}

describe('the app loader', () => {
  test('asks for the app only after the first contentful paint and the load, two frames later', () => {
    const page = loaderPage({});
    page.settle();
    page.paint('first-paint');
    page.settle();
    page.load();
    page.settle();
    expect(page.scripts).toEqual([]);
    page.paint('first-contentful-paint');
    page.frame();
    expect(page.scripts).toEqual([]);
    page.frame();
    expect(page.scripts).toEqual([{ type: 'module', src: '/news/assets/main-abc.js' }]);
  });

  test('does not wait for a load that never comes: the app starts after 3 s', () => {
    const page = loaderPage({});
    page.paint('first-contentful-paint');
    page.wait(2_900);
    page.settle();
    expect(page.scripts).toEqual([]);
    page.wait(100);
    page.settle();
    expect(page.scripts).toHaveLength(1);
    page.load();
    page.settle();
    expect(page.scripts).toHaveLength(1);
  });

  test('a page with nothing to paint (the offline shell), or a browser without paint timing, waits for the load only', () => {
    for (const page of [loaderPage({ root: false }), loaderPage({ paintTiming: false })]) {
      page.settle();
      expect(page.scripts).toEqual([]);
      page.load();
      page.settle();
      expect(page.scripts).toHaveLength(1);
    }
  });

  test('links the whole stylesheets only once the page is on screen, and starts the app once they have loaded', () => {
    const page = loaderPage({ stylesheets: ['/news/assets/main-abc.css'], pageLinks: 1 });
    page.load();
    page.settle();
    expect(page.links).toHaveLength(1);
    page.paint('first-contentful-paint');
    page.settle();
    expect(page.links.map((link) => [link.href, link.media])).toEqual([
      [undefined, 'all'],
      ['/news/assets/main-abc.css', 'all'],
    ]);
    page.links[0]!.onload!();
    expect(page.scripts).toEqual([]);
    page.links[1]!.onload!();
    expect(page.scripts).toHaveLength(1);
  });
});
