import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { iconsFile, shareIconsSvg } from '../../scripts/generate-share-icons.ts';
import { SHARE_ICONS_ID, shareIconId } from '../../src/share/ShareIcon';
import type { ShareTargetId } from '../../src/share/shareLinks';

const STALE = 'public/share-icons.svg is not what scripts/generate-share-icons.ts makes: run `npm run icons`';

test('public/share-icons.svg is generated from the icons the share bar uses', () => {
  expect(readFileSync(iconsFile, 'utf8'), STALE).toBe(shareIconsSvg());
});

test('every share target and action has its symbol', () => {
  const doc = new DOMParser().parseFromString(shareIconsSvg(), 'image/svg+xml');
  const ids = [...doc.querySelectorAll('symbol')].map((symbol) => symbol.id);
  const targets: ShareTargetId[] = ['x', 'facebook', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'bluesky', 'email'];
  expect(doc.documentElement.id).toBe(SHARE_ICONS_ID);
  for (const name of [...targets, 'share', 'link', 'copied'] as const) expect(ids).toContain(shareIconId(name));
  for (const path of doc.querySelectorAll('path')) expect(path.getAttribute('d')).toMatch(/^M[\d.\s,a-zA-Z-]+$/);
});
