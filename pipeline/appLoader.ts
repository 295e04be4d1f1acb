import { cspHash } from './inlineStyles.ts';

const ENTRY = /<script type="module"[^>]*? src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*>/g;

/** The id of the loader script, so a page that must ship no JavaScript (404.html) can drop it. */
export const APP_LOADER_ID = 'app-loader';

/**
 * Replaces the app's entry <script> with a tiny inline loader that asks for it only after the
 * first frame is painted. The page is complete without the app (which hydrates it), so the
 * HTML, fonts and lead image have the connection to themselves until the story is on screen.
 * Returns the CSP hash that allows exactly this loader.
 */
export function loadAppAfterFirstPaint(template: string): { template: string; hash: string } {
  const entry = ENTRY.exec(template);
  if (!entry) throw new Error('the page template has no module script to load');
  const loader =
    'requestAnimationFrame(function(){setTimeout(function(){' +
    'var s=document.createElement("script");s.type="module";' +
    `s.src=${JSON.stringify(entry[1])};document.head.appendChild(s)})})`;
  return {
    template: template
      .replace(MODULE_PRELOAD, '')
      .replace(entry[0], () => `<script id="${APP_LOADER_ID}">${loader}</script>`),
    hash: cspHash(loader),
  };
}
