import { useEffect } from 'react';
import type { ShareTargetId } from './shareLinks';

export type ShareIconName = ShareTargetId | 'share' | 'link' | 'copied';

/** The element that holds the icons' symbols in a page (scripts/generate-share-icons.ts). */
export const SHARE_ICONS_ID = 'share-icons';
const SHARE_ICON_PREFIX = 'share-icon-';
export const shareIconId = (name: ShareIconName) => `${SHARE_ICON_PREFIX}${name}`;
/** Whether HTML the app rendered shows a share icon. */
export const showsShareIcons = (html: string) => html.includes(`href="#${SHARE_ICON_PREFIX}`);

/**
 * A pre-rendered page carries the symbols its icons use in its HTML (src/site/documentHtml.ts):
 * an icon drawn from a file would be one more request before the page's largest paint. A page
 * the app renders after a navigation from one without them fetches the file once and adds it.
 */
let asked = false;
function addSymbols() {
  if (asked || document.getElementById(SHARE_ICONS_ID)) return;
  asked = true;
  fetch(`${import.meta.env.BASE_URL}share-icons.svg`)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
    .then((text) => {
      const symbols = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      document.body.append(document.importNode(symbols, true));
    })
    .catch(() => {
      asked = false;
    });
}

/** A 24×24 icon in the text colour; decorative, since every control that shows one is named. */
export function ShareIcon({ name }: { name: ShareIconName }) {
  useEffect(addSymbols, []);
  return (
    <svg className="share-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <use href={`#${shareIconId(name)}`} />
    </svg>
  );
}
