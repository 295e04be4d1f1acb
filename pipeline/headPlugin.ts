import type { HtmlTagDescriptor, Plugin } from 'vite';
import { themeScript } from '../src/app/themeScript.ts';

/** The upright text and UI faces of src/styles/fonts.css: what nearly every line of a page uses. */
const PRELOADED_FONTS = ['newsreader-latin-wght-normal.woff2', 'public-sans-latin-wght-normal.woff2'];

/**
 * Puts into every page's <head>, before anything is painted: the theme script (its text is
 * exactly themeScript, whose hash the Content-Security-Policy allows), and, in a build, preloads
 * for the two fonts, so that their `font-display: optional` faces are there for the first paint.
 */
export function headPlugin(): Plugin {
  let base = '/';
  return {
    name: 'dispatch-head',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const tags: HtmlTagDescriptor[] = [{ tag: 'script', children: themeScript, injectTo: 'head-prepend' }];
        for (const file of Object.values(bundle ?? {})) {
          if (file.type !== 'asset' || !file.names.some((name) => PRELOADED_FONTS.includes(name))) continue;
          tags.push({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base}${file.fileName}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: true,
            },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}
