import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { createElement as h, type CSSProperties, type ReactNode } from 'react';
import type { Font } from 'satori';
import type { OverlayOptions } from 'sharp';
import type { Story } from '../src/content/schema.ts';
import { socialCard, socialCardPath } from '../src/share/socialCard.ts';
import { site } from '../src/site/config.ts';
import { imagesDir } from './content/readContent.ts';

/**
 * Social cards: a 1200×630 PNG per story (kicker, headline, site name, lead image), the picture
 * link previews show for stories without an image of their own. satori lays the text out with
 * fonts from npm and turns it into SVG paths; sharp rasterises that and places the lead image.
 * Cards are cached by a hash of everything drawn on them, so an unchanged story costs a hash
 * and a hard link on the next build.
 */

/** Bump when the design below changes: the cache key includes it. */
const DESIGN_VERSION = 1;

const require = createRequire(import.meta.url);
const cacheDir = path.resolve('node_modules/.cache/dispatch-cards');

const colors = { paper: '#fbfaf7', ink: '#16181d', inkSoft: '#4a4f59', rule: '#dcd8cf', accent: '#b3261e', accentInk: '#ffffff' };
const IMAGE_WIDTH = 456;
const PAD = 72;

/** Source Serif 4 and Source Sans 3 in the subsets they ship: Latin, Greek, Cyrillic, Vietnamese. */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'vietnamese'];
const fontFiles = (family: string, name: string) =>
  SUBSETS.map((subset) => ({
    // Each subset gets its own name: satori keeps one font per name and weight, and falls back
    // through the list for glyphs the first font lacks.
    name: `${name} ${subset}`,
    file: require.resolve(`@fontsource/${family}/files/${family}-${subset}-700-normal.woff`),
  }));
const fontList = [...fontFiles('source-serif-4', 'Serif'), ...fontFiles('source-sans-3', 'Sans')];
const serif = fontList.filter((font) => font.name.startsWith('Serif')).map((font) => `'${font.name}'`).join(', ');
const sans = fontList.filter((font) => font.name.startsWith('Sans')).map((font) => `'${font.name}'`).join(', ');

let fonts: Font[] | undefined;
const loadFonts = (): Font[] =>
  (fonts ??= fontList.map(({ name, file }) => ({ name, data: readFileSync(file), weight: 700, style: 'normal' })));

const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
const renderer = [
  `design ${DESIGN_VERSION}`,
  `satori ${version('satori')}`,
  ...['source-serif-4', 'source-sans-3'].map((family) => `${family} ${version(`@fontsource/${family}`)}`),
].join('\n');

const logo = `data:image/svg+xml,${encodeURIComponent(readFileSync(path.resolve('public/favicon.svg'), 'utf8'))}`;

/** What a card shows; its hash names the cached file. */
export interface CardContent {
  kicker: string | null;
  breaking: boolean;
  headline: string;
  siteName: string;
  siteHost: string;
  /** A lead image from the site's own images folder; remote images are not fetched at build time. */
  imageFile: string | null;
}

export function cardContent(story: Story): CardContent {
  const src = story.image?.src;
  return {
    kicker: story.kicker ?? null,
    breaking: story.breaking,
    headline: story.headline,
    siteName: site.name,
    siteHost: new URL(site.url).host,
    imageFile: src?.startsWith('/images/') ? path.join(imagesDir(), src.slice('/images/'.length)) : null,
  };
}

// No emoji font ships on npm in a format satori reads; an emoji would print as an empty box.
const withoutEmoji = (text: string): string => text.replace(/\p{Extended_Pictographic}\uFE0F?/gu, '').replace(/\s{2,}/g, ' ').trim();

/** Long headlines get smaller type, so every headline fits in the lines the card has. */
function headlineSize(headline: string, narrow: boolean): { fontSize: number; lines: number } {
  const steps = narrow
    ? [ { upTo: 50, fontSize: 68 }, { upTo: 80, fontSize: 58 }, { upTo: 120, fontSize: 50 }, { upTo: Infinity, fontSize: 42 } ]
    : [ { upTo: 50, fontSize: 80 }, { upTo: 90, fontSize: 68 }, { upTo: 130, fontSize: 58 }, { upTo: Infinity, fontSize: 48 } ];
  const { fontSize } = steps.find((step) => headline.length <= step.upTo)!;
  return { fontSize, lines: Math.floor(330 / (fontSize * 1.12)) };
}

function cardLayout(card: CardContent): ReactNode {
  const headline = withoutEmoji(card.headline);
  const kicker = card.kicker && withoutEmoji(card.kicker);
  const { fontSize, lines } = headlineSize(headline, card.imageFile !== null);
  const style = (css: CSSProperties) => ({ style: css });
  return h(
    'div',
    style({
      width: socialCard.width,
      height: socialCard.height,
      // satori sizes boxes without their padding unless told otherwise.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: PAD,
      paddingRight: (card.imageFile ? IMAGE_WIDTH : 0) + PAD,
      paddingBottom: PAD - 16,
      paddingLeft: PAD,
      backgroundColor: colors.paper,
      borderTop: `16px solid ${colors.accent}`,
      color: colors.ink,
    }),
    h(
      'div',
      style({ display: 'flex', flexDirection: 'column', gap: 22 }),
      kicker &&
        h(
          'div',
          style({
            display: 'flex',
            alignSelf: 'flex-start',
            fontFamily: sans,
            fontSize: 28,
            letterSpacing: 2,
            textTransform: 'uppercase',
            ...(card.breaking
              ? { backgroundColor: colors.accent, color: colors.accentInk, padding: '4px 14px' }
              : { color: colors.accent }),
          }),
          kicker,
        ),
      h(
        'div',
        style({ display: 'block', fontFamily: serif, fontSize, lineHeight: 1.12, letterSpacing: -0.5, lineClamp: lines }),
        headline,
      ),
    ),
    h(
      'div',
      style({ display: 'flex', alignItems: 'center', gap: 18, borderTop: `2px solid ${colors.rule}`, paddingTop: 24 }),
      h('img', { src: logo, width: 52, height: 52 }),
      h('div', style({ fontFamily: sans, fontSize: 34, color: colors.ink }), card.siteName),
      h('div', style({ fontFamily: sans, fontSize: 24, color: colors.inkSoft, marginLeft: 'auto' }), card.siteHost),
    ),
  );
}

/** The card as a PNG. */
export async function renderCard(card: CardContent): Promise<Buffer> {
  // Loaded on first use: a build whose cards are all cached never pays for them.
  const [{ default: satori }, { default: sharp }] = await Promise.all([import('satori'), import('sharp')]);
  const { width, height } = socialCard;
  const svg = await satori(cardLayout(card), { width, height, fonts: loadFonts() });
  const layers: OverlayOptions[] = [];
  if (card.imageFile) {
    const image = await sharp(card.imageFile).resize(IMAGE_WIDTH, height, { fit: 'cover' }).toBuffer();
    layers.push({ input: image, left: width - IMAGE_WIDTH, top: 0 });
  }
  // The card is opaque: RGB, not RGBA, is a smaller file.
  return sharp(Buffer.from(svg)).composite(layers).removeAlpha().png().toBuffer();
}

// A worker renders many stories that share images; it hashes each image file once.
const imageHashes = new Map<string, string>();
const fileHash = (file: string): string => {
  let hash = imageHashes.get(file);
  if (!hash) imageHashes.set(file, (hash = createHash('sha1').update(readFileSync(file)).digest('hex')));
  return hash;
};

export function cardKey(card: CardContent): string {
  return createHash('sha1')
    .update(renderer)
    .update(JSON.stringify({ ...card, imageFile: card.imageFile && fileHash(card.imageFile) }))
    .digest('hex');
}

/**
 * Writes `cards/<slug>.png` into the output folder, drawing it only when no card with the same
 * content is cached. Returns whether it had to draw.
 */
export async function writeSocialCard(story: Story, outDir: string): Promise<'drawn' | 'cached'> {
  const card = cardContent(story);
  const cached = path.join(cacheDir, `${cardKey(card)}.png`);
  let result: 'drawn' | 'cached' = 'cached';
  if (!existsSync(cached)) {
    mkdirSync(cacheDir, { recursive: true });
    // Written under a name of its own, then renamed: another worker drawing the same card, or a
    // build stopped half-way, never leaves a partial file under the cached name.
    const partial = `${cached}.${process.pid}-${threadId}`;
    writeFileSync(partial, await renderCard(card));
    renameSync(partial, cached);
    result = 'drawn';
  }
  const target = path.join(outDir, socialCardPath(story.slug));
  mkdirSync(path.dirname(target), { recursive: true });
  // A hard link shares the cached file: unlink first so nothing ever writes through it.
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    // Another file system, or one without hard links.
    copyFileSync(cached, target);
  }
  return result;
}
