import { PAGE_DATA_ID, type PageData, ROOT_ID } from '../app/pageData';
import { themeScript } from '../app/themeScript';
import { showsShareIcons } from '../share/ShareIcon';
import { scriptSafeJson } from '../lib/scriptJson';
import { site } from './config';
import { headTags, type PageHead } from './head';
import { type InlineStyle, stylesFor } from './inlineStyles';
import { SCRIPT_FONTS_ATTRIBUTE, scriptFontsHref, writtenInLatin } from './scriptFonts';

/** What every page of a build loads, found once per build (pipeline/pageAssets.ts). */
export interface PageAssets {
  /** The app's entry module, as the page asks for it. */
  entry: string;
  /**
   * What the first paint needs of the app's stylesheets, as text in parts: inline, it costs no
   * render-blocking request. A page inlines the parts it can use (inlineStyles.ts); none has print
   * or what only the app draws (pipeline/criticalCss.ts).
   */
  styles: InlineStyle[];
  /** The whole stylesheets (but their @font-face rules, inline already), hashed: for print and the app. */
  stylesheets: string[];
  /** Font files to preload, so their `font-display: optional` faces are there for the first paint. */
  fonts: string[];
  /**
   * The media blocks' styles (src/story/mediaBlocks.tsx), as text: inlined by the pages that show
   * them only, so their first paint waits on no stylesheet (about 1.3 KB gzip).
   */
  mediaStyles?: string[];
  /** The live story components' styles, as text: inlined by live stories' pages only (about 1.1 KB gzip). */
  liveStyles?: string[];
  /** The share icons' symbols (public/share-icons.svg), as markup: carried by the pages that show them. */
  shareIcons?: string;
}

/**
 * How a page runs the app: `after-first-paint` through the inline loader (the pre-rendered page is
 * complete without it), `entry` as a plain module script (the dev server), `none` for a page that
 * must ship no JavaScript (404.html, served by a static host at any address).
 */
export type PageScripts = 'after-first-paint' | 'entry' | 'none';

export interface DocumentParts {
  head: PageHead;
  /** The pre-rendered app, as HTML React wrote; empty for the shell. */
  appHtml: string;
  pageData: PageData | null;
  assets: PageAssets;
  scripts: PageScripts;
  /** Styles only this page needs (its blocks'), inlined after the site's: there for the first paint. */
  pageStyles?: string[];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Marks the links to the whole stylesheets, which the app loader applies to the screen. */
export const STYLESHEET_ATTRIBUTE = 'data-app-styles';

/**
 * Asks for the app's entry only once the page is on screen: its first contentful paint has been
 * presented and the page has loaded (fonts and lead image in), then two frames more, so the frame
 * that paints the lead image is out too. Until then the HTML, fonts and images have the connection
 * to themselves, and Lighthouse's simulation, which counts every script that finished before the
 * largest paint into it, sees the story painted without the app. A page whose images never finish
 * loading gets its app after 3 s all the same; one with nothing to paint (the offline shell) waits
 * only for its load. Then it links the whole stylesheets, which no page links for the screen
 * itself (Lighthouse's simulation counts every stylesheet that finished before the largest paint
 * into it, even one for print). It puts them where the page links them for print without
 * JavaScript, so the page's own styles still come after them. It turns them and any other
 * `data-app-styles` link on for the screen, and starts the app once they have loaded: nothing the
 * app draws is ever seen without its styles. Its text is hashed into the Content-Security-Policy
 * (pipeline/headers.ts), so it is built from the entry's and the stylesheets' URLs alone.
 */
export const appLoader = (entry: string, stylesheets: string[]): string =>
  '(function(){var w=2,k=0;' +
  `function go(){var h=${JSON.stringify(stylesheets)},d=document,` +
  `p=d.querySelector("noscript[${STYLESHEET_ATTRIBUTE}]");` +
  'for(var j=0;j<h.length;j++){var e=d.createElement("link");e.rel="stylesheet";e.href=h[j];' +
  `e.setAttribute("${STYLESHEET_ATTRIBUTE}","");d.head.insertBefore(e,p)}` +
  `var l=d.querySelectorAll("link[${STYLESHEET_ATTRIBUTE}]"),n=l.length+1;` +
  'function g(){if(--n)return;var s=document.createElement("script");s.type="module";' +
  `s.src=${JSON.stringify(entry)};document.head.appendChild(s)}` +
  'for(var i=0;i<l.length;i++){l[i].media="all";if(l[i].sheet)g();else l[i].onload=l[i].onerror=g}g()}' +
  'function kick(){if(k)return;k=1;requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(go)})})}' +
  'function ready(){if(!--w)kick()}' +
  'if(document.readyState=="complete")ready();else addEventListener("load",ready);' +
  'var P=window.PerformanceObserver,t=P&&P.supportedEntryTypes||[];' +
  `if(t.indexOf("paint")<0||!document.getElementById(${JSON.stringify(ROOT_ID)}).hasChildNodes())ready();` +
  'else new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();ready()}})' +
  '.observe({type:"paint",buffered:true});' +
  'setTimeout(kick,3e3)})()';

/** The head's tags as HTML: the same list (headTags) the browser writes after a navigation. */
export function headHtml(head: PageHead): string {
  const tags = headTags(head).map(({ tag, attrs, text }) => {
    const attributes = Object.entries(attrs)
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('');
    return tag === 'script'
      ? `<script data-head${attributes}>${scriptSafeJson(text ?? '')}</script>`
      : `<${tag} data-head${attributes}>`;
  });
  return [`<title>${escapeHtml(head.title)}</title>`, ...tags].join('\n    ');
}

/**
 * A Japanese or Chinese page's faces (scriptFonts.ts), applied by the app loader like the whole
 * stylesheet, so they never hold up the first paint; without JavaScript, at once.
 */
function scriptFontsLinks(language: string): string[] {
  const href = scriptFontsHref(language);
  if (!href) return [];
  return [
    `    <link rel="stylesheet" href="${href}" media="print" ${STYLESHEET_ATTRIBUTE} ${SCRIPT_FONTS_ATTRIBUTE}>`,
    `    <noscript><link rel="stylesheet" href="${href}"></noscript>`,
  ];
}

/** The posters of the videos in HTML the app rendered, as React wrote them (attribute-escaped). */
const POSTER = /<video\b[^>]*?\sposter="([^"]*)"/g;
const posters = (appHtml: string): string[] => [...new Set(Array.from(appHtml.matchAll(POSTER), (match) => match[1]!))];

/** A whole HTML document: every page of the site, the app shell and the dev server's page. */
export function documentHtml({ head, appHtml, pageData, assets, scripts, pageStyles = [] }: DocumentParts): string {
  const base = site.basePath;
  const styles = stylesFor(appHtml, assets.styles);
  const lines = [
    '<!doctype html>',
    `<html lang="${escapeHtml(head.language)}" dir="${head.direction}">`,
    '  <head>',
    '    <meta charset="utf-8">',
    // Before anything is painted, so a page never flashes the wrong theme (themeScript.ts).
    `    <script>${themeScript}</script>`,
    '    <meta name="viewport" content="width=device-width, initial-scale=1">',
    '    <meta name="color-scheme" content="light dark">',
    '    <meta name="theme-color" content="#0e2a47" media="(prefers-color-scheme: light)">',
    '    <meta name="theme-color" content="#0b1c2e" media="(prefers-color-scheme: dark)">',
    `    <link rel="icon" href="${base}favicon.svg" type="image/svg+xml">`,
    // The preloaded faces are Latin: a page in another script would wait on them for its digits and
    // Latin names only (its words are in its own faces), ahead of what it does need.
    ...(writtenInLatin(head.language) ? assets.fonts : []).map(
      (font) => `    <link rel="preload" href="${font}" as="font" type="font/woff2" crossorigin>`,
    ),
    // A video's poster is fetched whether or not the reader plays it: after the fonts and the text,
    // which the first paint needs (the poster element takes up this request).
    ...posters(appHtml).map((src) => `    <link rel="preload" href="${src}" as="image" fetchpriority="low">`),
    ...styles.map((css) => `    <style>${css}</style>`),
    // For print only, so not render-blocking; with the app loader, it links them once the page is
    // on screen, for print and the app.
    ...assets.stylesheets.map((href) => {
      const link = `<link rel="stylesheet" href="${href}" media="print" ${STYLESHEET_ATTRIBUTE}>`;
      return scripts === 'after-first-paint'
        ? `    <noscript ${STYLESHEET_ATTRIBUTE}>${link}</noscript>`
        : `    ${link}`;
    }),
    ...pageStyles.map((css) => `    <style>${css}</style>`),
    ...scriptFontsLinks(head.language),
    `    ${headHtml(head)}`,
    ...(scripts === 'entry' ? [`    <script type="module" src="${assets.entry}"></script>`] : []),
    '  </head>',
    '  <body>',
    `    <div id="${ROOT_ID}">${appHtml}</div>`,
    // Outside the app's root: the icons in it refer to these symbols (src/share/ShareIcon.tsx).
    ...(assets.shareIcons && showsShareIcons(appHtml) ? [`    ${assets.shareIcons}`] : []),
    ...(pageData
      ? [
          `    <script id="${PAGE_DATA_ID}" type="application/json">${scriptSafeJson(JSON.stringify(pageData))}</script>`,
        ]
      : []),
    ...(scripts === 'after-first-paint' ? [`    <script>${appLoader(assets.entry, assets.stylesheets)}</script>`] : []),
    '  </body>',
    '</html>',
    '',
  ];
  return lines.join('\n');
}
