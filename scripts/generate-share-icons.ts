import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { siBluesky, siFacebook, siReddit, siTelegram, siWhatsapp, siX } from 'simple-icons';
import { SHARE_ICONS_ID, type ShareIconName, shareIconId } from '../src/share/ShareIcon.tsx';

/**
 * The share bar's icons, one <symbol> each: a file that pre-rendered pages carry inline and the app
 * fetches for a page it renders, so no path ships in the app's JavaScript.
 */
export const iconsFile = path.resolve('public', 'share-icons.svg');

type Drawing = { path: string; draw: 'fill' | 'evenodd' | 'stroke' };
const brand = (path: string): Drawing => ({ path, draw: 'fill' });
const action = (path: string): Drawing => ({ path, draw: 'stroke' });

/**
 * Brand marks come from simple-icons (CC0) and are filled; LinkedIn asked to be left out of it,
 * so its mark is drawn here. Everyday actions are drawn as strokes.
 */
const icons: Record<ShareIconName, Drawing> = {
  x: brand(siX.path),
  facebook: brand(siFacebook.path),
  whatsapp: brand(siWhatsapp.path),
  telegram: brand(siTelegram.path),
  reddit: brand(siReddit.path),
  bluesky: brand(siBluesky.path),
  linkedin: {
    draw: 'evenodd',
    path: 'M4 2h16a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm1.5 7.5v9h3v-9zM7 4.75a1.75 1.75 0 1 0 0 3.5 1.75 1.75 0 0 0 0-3.5zm3.5 4.75v9h2.9v-4.8c0-1.15.3-2.2 1.6-2.2s1.5 1.2 1.5 2.3v4.7h3v-5.35c0-2.2-.5-3.9-3.1-3.9-1.4 0-2.5.65-3 1.55V9.5z',
  },
  email: action('M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zm-1.5 1.8 8.5 6.7 8.5-6.7'),
  share: action('M12 15V3.5M7.5 8 12 3.5 16.5 8M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7'),
  link: action('M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7'),
  copied: action('M4.5 12.5 9.5 17.5 19.5 6.5'),
};

function symbol(name: ShareIconName, { path, draw }: Drawing): string {
  const paint =
    draw === 'stroke'
      ? 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"'
      : `fill="currentColor" fill-rule="${draw === 'evenodd' ? 'evenodd' : 'nonzero'}"`;
  return `  <symbol id="${shareIconId(name)}" viewBox="0 0 24 24"><path d="${path}" ${paint}/></symbol>`;
}

export function shareIconsSvg(): string {
  const symbols = Object.entries(icons).map(([name, drawing]) => symbol(name as ShareIconName, drawing));
  // Never drawn itself: its symbols are what the icons show.
  const root = `<svg xmlns="http://www.w3.org/2000/svg" id="${SHARE_ICONS_ID}" display="none" aria-hidden="true">`;
  return [root, ...symbols, '</svg>', ''].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  writeFileSync(iconsFile, shareIconsSvg());
  console.log(`wrote ${path.relative(process.cwd(), iconsFile)}`);
}
