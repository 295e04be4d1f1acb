/**
 * A page's head in the browser: deciding it (src/site/head.ts) and writing it into the document.
 * A chunk of its own (lazyPageHeads.ts): a pre-rendered page has its head already, so only a
 * client-side navigation needs this code, and the page's first load carries none of it.
 */
import { headTags, type PageHead } from '../site/head';
import { absoluteUrl } from '../site/paths';
import { SCRIPT_FONTS_ATTRIBUTE, scriptFontsHref } from '../site/scriptFonts';

export { listHead, messageHead, storyHead } from '../site/head';

/** A page in Japanese or Chinese links its script's faces (scriptFonts.ts), once. */
function applyScriptFonts(language: string): void {
  const href = scriptFontsHref(language);
  if (!href || document.head.querySelector(`link[${SCRIPT_FONTS_ATTRIBUTE}][href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.setAttribute(SCRIPT_FONTS_ATTRIBUTE, '');
  document.head.append(link);
}

/**
 * Writes a head into the live document: the DOM counterpart of the pre-renderer's HTML (both
 * take their tags from `headTags`). A head already shown (same title and canonical URL) is left.
 */
export function applyHead(head: PageHead): void {
  // The page's language and direction change with it: an Arabic story after an English one.
  document.documentElement.lang = head.language;
  document.documentElement.dir = head.direction;
  applyScriptFonts(head.language);
  const canonical = head.path === null ? null : absoluteUrl(head.path);
  const shown = document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  if (document.title === head.title && shown === canonical) return;
  document.title = head.title;
  for (const old of document.head.querySelectorAll('[data-head]')) old.remove();
  for (const { tag, attrs, text } of headTags(head)) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    element.setAttribute('data-head', '');
    if (text !== undefined) element.textContent = text;
    document.head.append(element);
  }
}
