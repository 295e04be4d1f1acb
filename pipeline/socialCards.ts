import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { createElement as h, type CSSProperties, type ReactNode } from 'react';
import type { Font } from 'satori';
import type { Story } from '../src/data/schema.ts';
import { socialCard, socialCardPath } from '../src/share/socialCard.ts';
import { site } from '../src/site/config.ts';
import { cacheDir } from './cacheDir.ts';
import { imagesDir } from './contentFolder.ts';

/**
 * Social cards: a 1200×630 JPEG per story (kicker, headline, site name, lead image), the picture
 * link previews show for stories without an image of their own. satori lays the text out with
 * fonts from npm and turns it into SVG paths; sharp rasterises that and places the lead image.
 * Cards are cached by a hash of everything drawn on them, so an unchanged story costs a hash
 * and a hard link on the next build.
 */

/** Bump when the design or the encoding below changes: the cache key includes it. */
const DESIGN_VERSION = 3;

/**
 * JPEG at quality 80: a card is half photograph, which PNG stores losslessly at 130–300 KB (10,000
 * stories wrote 1.3 GB of cards); JPEG is 2.6× smaller, encodes faster, and every link-preview
 * service reads it. The text and the band stay sharp at this quality (looked at, side by side).
 */
const ENCODING = { quality: 80 } as const;

const require = createRequire(import.meta.url);
const defaultCacheDir = cacheDir('dispatch-cards');

/** The light theme's tokens (src/styles/tokens.css) and the masthead's navy. */
const colors = {
  paper: '#f7f5f0',
  ink: '#15181c',
  accent: '#b8102a',
  accentInk: '#ffffff',
  brand: '#0e2a47',
  brandInk: '#ffffff',
  brandSoft: '#c7d5e4',
  brandAccent: '#ff8587',
};
const IMAGE_WIDTH = 456;
const BAND_HEIGHT = 104;
const PAD = 72;

/**
 * The site's faces, Newsreader and Public Sans, as static .woff files (satori reads no woff2), in
 * every subset they ship; they draw no Greek or Cyrillic, so Noto Serif does. Each subset is a
 * font of its own name: satori keeps one font per name and weight, and falls back along the stack
 * for glyphs a font lacks.
 */
const LATIN = ['latin', 'latin-ext', 'vietnamese'];
const FALLBACK = ['greek', 'cyrillic'];
const faces = [
  { family: 'newsreader', weight: 600, subsets: LATIN },
  { family: 'newsreader', weight: 700, subsets: LATIN },
  { family: 'public-sans', weight: 700, subsets: LATIN },
  { family: 'noto-serif', weight: 600, subsets: FALLBACK },
  { family: 'noto-serif', weight: 700, subsets: FALLBACK },
] as const;
const fontList = faces.flatMap(({ family, weight, subsets }) =>
  subsets.map((subset) => ({
    name: `${family} ${subset}`,
    weight,
    file: require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`),
  })),
);
const stack = (...families: [string, readonly string[]][]) =>
  families.flatMap(([family, subsets]) => subsets.map((subset) => `'${family} ${subset}'`)).join(', ');
const serif = stack(['newsreader', LATIN], ['noto-serif', FALLBACK]);
const sans = stack(['public-sans', LATIN], ['noto-serif', FALLBACK]);

let fonts: Font[] | undefined;
const loadFonts = (): Font[] =>
  (fonts ??= fontList.map(({ name, weight, file }) => ({ name, weight, data: readFileSync(file), style: 'normal' })));

const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
const renderer = [
  `design ${DESIGN_VERSION}`,
  ...['satori', '@fontsource/newsreader', '@fontsource/public-sans', '@fontsource/noto-serif'].map(
    (name) => `${name} ${version(name)}`,
  ),
].join('\n');

/** What a card shows; its hash names the cached file. */
interface CardContent {
  kicker: string | null;
  breaking: boolean;
  headline: string;
  siteName: string;
  siteHost: string;
  /** A lead image from the site's own images folder; remote images are not fetched at build time. */
  imageFile: string | null;
}

/** What a card is drawn from: a story, or its summary as the index keeps it. */
export type CardStory = Pick<Story, 'slug' | 'headline' | 'breaking'> & {
  kicker?: string | undefined;
  image?: { src: string } | undefined;
};

function cardContent(story: CardStory): CardContent {
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
const withoutEmoji = (text: string): string =>
  text
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();

/** Long headlines get smaller type, so every headline fits in the lines the card has. */
function headlineType(headline: string, narrow: boolean): { fontSize: number; lines: number } {
  const sizes = narrow ? [66, 58, 50, 44] : [76, 66, 58, 50];
  const fontSize = sizes[headline.length <= 45 ? 0 : headline.length <= 80 ? 1 : headline.length <= 120 ? 2 : 3]!;
  return { fontSize, lines: Math.floor(320 / (fontSize * 1.08)) };
}

const style = (css: CSSProperties) => ({ style: css });

/** The kicker and headline, laid out in the card's text area (everything above the band). */
function textLayout(card: CardContent): ReactNode {
  const headline = withoutEmoji(card.headline);
  const kicker = card.kicker && withoutEmoji(card.kicker);
  const { fontSize, lines } = headlineType(headline, card.imageFile !== null);
  return h(
    'div',
    // satori sizes boxes without their padding unless told otherwise.
    style({
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'center',
      gap: 24,
      padding: `0 ${PAD}px 8px ${PAD}px`,
      backgroundColor: colors.paper,
      color: colors.ink,
    }),
    kicker &&
      h(
        'div',
        style({
          display: 'flex',
          alignSelf: 'flex-start',
          fontFamily: sans,
          fontWeight: 700,
          fontSize: 26,
          letterSpacing: 2,
          textTransform: 'uppercase',
          ...(card.breaking
            ? { backgroundColor: colors.accent, color: colors.accentInk, padding: '5px 14px 3px' }
            : { color: colors.accent }),
        }),
        kicker,
      ),
    h(
      'div',
      style({
        display: 'block',
        fontFamily: serif,
        fontWeight: 600,
        fontSize,
        lineHeight: 1.08,
        letterSpacing: -1,
        lineClamp: lines,
      }),
      headline,
    ),
  );
}

/** What every card of the site shares: the paper, and the band with the site's name and host. */
function backgroundLayout(siteName: string, siteHost: string): ReactNode {
  const { width, height } = socialCard;
  return h(
    'div',
    style({
      width,
      height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'flex-end',
      backgroundColor: colors.paper,
    }),
    h(
      'div',
      style({
        height: BAND_HEIGHT,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        padding: `0 ${PAD}px`,
        backgroundColor: colors.brand,
      }),
      h(
        'div',
        style({
          display: 'flex',
          fontFamily: serif,
          fontWeight: 700,
          fontSize: 50,
          letterSpacing: -1.5,
          color: colors.brandInk,
        }),
        siteName,
        h('span', style({ color: colors.brandAccent }), '.'),
      ),
      h('div', style({ fontFamily: sans, fontWeight: 700, fontSize: 24, color: colors.brandSoft }), siteHost),
    ),
  );
}

type Sharp = typeof import('sharp').default;
type Satori = typeof import('satori').default;
interface Raw {
  input: Buffer;
  raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/** Opaque RGB pixels, whatever the source (a grey photo, a PNG with alpha). */
const rawOf = async (image: import('sharp').Sharp): Promise<Raw> => {
  const { data, info } = await image.removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: info.channels } };
};

// Drawn once per worker and site, then shared by every card it draws: a third of a card's work.
const backgrounds = new Map<string, Promise<Raw>>();
function background(card: CardContent, satori: Satori, sharp: Sharp): Promise<Raw> {
  const key = `${card.siteName}\n${card.siteHost}`;
  let drawn = backgrounds.get(key);
  if (!drawn) {
    const { width, height } = socialCard;
    drawn = satori(backgroundLayout(card.siteName, card.siteHost), { width, height, fonts: loadFonts() }).then((svg) =>
      rawOf(sharp(Buffer.from(svg))),
    );
    backgrounds.set(key, drawn);
  }
  return drawn;
}

// Stories often share a picture (a file photo, a map): a worker keeps the last few crops.
const LEAD_CROPS_KEPT = 16;
const leadCrops = new Map<string, Promise<Raw>>();
function leadCrop(file: string, sharp: Sharp): Promise<Raw> {
  const key = fileHash(file);
  const kept = leadCrops.get(key);
  leadCrops.delete(key);
  const crop = kept ?? rawOf(sharp(file).resize(IMAGE_WIDTH, socialCard.height - BAND_HEIGHT, { fit: 'cover' }));
  // Most recently used last; the oldest goes first.
  leadCrops.set(key, crop);
  if (leadCrops.size > LEAD_CROPS_KEPT) leadCrops.delete(leadCrops.keys().next().value!);
  return crop;
}

/** Copies `layer` into `target` (both RGB, `target` `width` wide) with its top left at `left`, 0. */
function place(target: Buffer, width: number, layer: Raw, left: number): void {
  const { width: w, height: rows, channels } = layer.raw;
  for (let y = 0; y < rows; y++)
    layer.input.copy(target, (y * width + left) * channels, y * w * channels, (y + 1) * w * channels);
}

/**
 * The card as a JPEG. The layers are opaque rectangles side by side, so they are copied into the
 * shared background row by row: compositing them with sharp cost more than drawing the text.
 */
async function renderCard(card: CardContent): Promise<Buffer> {
  // Loaded on first use: a build whose cards are all cached never pays for them.
  const [{ default: satori }, { default: sharp }] = await Promise.all([import('satori'), import('sharp')]);
  const { width, height } = socialCard;
  const textWidth = width - (card.imageFile ? IMAGE_WIDTH : 0);
  const svg = await satori(textLayout(card), { width: textWidth, height: height - BAND_HEIGHT, fonts: loadFonts() });
  const [base, text, lead] = await Promise.all([
    background(card, satori, sharp),
    rawOf(sharp(Buffer.from(svg))),
    card.imageFile ? leadCrop(card.imageFile, sharp) : null,
  ]);
  const pixels = Buffer.from(base.input);
  place(pixels, width, text, 0);
  if (lead) place(pixels, width, lead, textWidth);
  return sharp(pixels, { raw: base.raw }).jpeg(ENCODING).toBuffer();
}

// A worker renders many stories that share images; it hashes each image file once.
const imageHashes = new Map<string, string>();
const fileHash = (file: string): string => {
  const known = imageHashes.get(file);
  if (known) return known;
  const hash = createHash('sha1').update(readFileSync(file)).digest('hex');
  imageHashes.set(file, hash);
  return hash;
};

function cardKey(card: CardContent): string {
  return createHash('sha1')
    .update(renderer)
    .update(JSON.stringify({ ...card, imageFile: card.imageFile && fileHash(card.imageFile) }))
    .digest('hex');
}

/**
 * Writes `cards/<slug>.jpg` into the output folder, drawing it only when no card with the same
 * content is cached. Returns whether it had to draw.
 */
export async function writeSocialCard(
  story: CardStory,
  outDir: string,
  cacheDir = defaultCacheDir,
): Promise<'drawn' | 'cached'> {
  const card = cardContent(story);
  const cached = path.join(cacheDir, `${cardKey(card)}.jpg`);
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
