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
import { isMainThread, threadId } from 'node:worker_threads';
import type { Story } from '../src/data/schema.ts';
import { socialCard, socialCardPath } from '../src/share/socialCard.ts';
import { mainEdition, site } from '../src/site/config.ts';
import { cacheDir } from './cacheDir.ts';
import { type CardRole, cardFontsInUse, cardFontsVersion, cardStack, installCardFonts } from './cardFonts.ts';
import { type CardLanguage, cardLanguage } from './cardLanguage.ts';
import { imagesDir } from './contentFolder.ts';
import { editionByKey } from '../src/site/editions.ts';

/**
 * Social cards: a 1200×630 JPEG per story (kicker, headline, site name, lead image), the picture
 * link previews show for stories without an image of their own. sharp draws the text with Pango,
 * which shapes every script with HarfBuzz and orders right-to-left text by the Unicode bidi
 * algorithm, in the fonts of pipeline/cardFonts.ts; a right-to-left card is the mirror image of a
 * left-to-right one. Cards are cached by a hash of everything drawn on them, so an unchanged story
 * costs a hash and a hard link on the next build.
 */

/** Bump when the design or the encoding below changes: the cache key includes it. */
const DESIGN_VERSION = 4;

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
const TEXT_HEIGHT = socialCard.height - BAND_HEIGHT;
const KICKER_GAP = 24;
/** The height the headline may take; the kicker goes above it. */
const HEADLINE_ROOM = 320;

type Sharp = typeof import('sharp').default;
let sharpModule: Promise<Sharp> | undefined;
// Loaded on first use: a build whose cards are all cached never pays for it.
const loadSharp = (): Promise<Sharp> => (sharpModule ??= import('sharp').then((module) => module.default));

/** sharp's package.json is not among its exports: found from its entry point. */
function sharpVersion(): string {
  let dir = path.dirname(require.resolve('sharp'));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

const renderer = [
  `design ${DESIGN_VERSION}`,
  // sharp's version fixes the libvips, Pango, HarfBuzz and FreeType it draws with.
  `sharp ${sharpVersion()}`,
  cardFontsVersion,
].join('\n');

/** What a card shows; its hash names the cached file. */
interface CardContent extends CardLanguage {
  kicker: string | null;
  breaking: boolean;
  headline: string;
  siteName: string;
  siteHost: string;
  /** A lead image from the site's own images folder; remote images are not fetched at build time. */
  imageFile: string | null;
}

/** What a card is drawn from: a story, or its summary as the index keeps it. */
export type CardStory = Pick<Story, 'slug' | 'headline' | 'breaking' | 'language' | 'edition'> & {
  kicker?: string | undefined;
  image?: { src: string } | undefined;
};

function cardContent(story: CardStory, language: CardLanguage): CardContent {
  const src = story.image?.src;
  return {
    ...language,
    kicker: story.kicker ? withoutEmoji(story.kicker) : null,
    breaking: story.breaking,
    headline: withoutEmoji(story.headline),
    siteName: site.name,
    siteHost: new URL(site.url).host,
    imageFile: src?.startsWith('/images/') ? path.join(imagesDir(), src.slice('/images/'.length)) : null,
  };
}

// No emoji font ships on npm in a format FreeType reads here; an emoji would print as a box.
const withoutEmoji = (text: string): string =>
  text
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();

interface Layer {
  input: Buffer;
  raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);

interface Run {
  text: string;
  role: CardRole;
  weight: 600 | 700;
  size: number;
  color: string;
  letterSpacing?: number;
  /** Absolute, in pixels. */
  lineHeight?: number;
}

/** Pango markup for a run of text, in the card language's fonts, sizes in pixels (drawn at 72 dpi). */
function markup(run: Run, language: CardLanguage, inner = escapeMarkup(run.text), mark = true): string {
  const attributes = [
    `font_family="${cardStack(run.role, language.script).join(',')}"`,
    `weight="${run.weight}"`,
    `size="${Math.round(run.size * 1024)}"`,
    `foreground="${run.color}"`,
    `lang="${language.language}"`,
    // Tracking would break the joins of cursive scripts, and CJK is set solid.
    run.letterSpacing && language.script !== 'arabic' && language.script !== 'ja' && language.script !== 'zh'
      ? `letter_spacing="${Math.round(run.letterSpacing * 1024)}"`
      : '',
    run.lineHeight ? `line_height="${Math.round(run.lineHeight * 1024)}"` : '',
  ];
  // A mark of the card's direction first: the paragraph reads that way even when it opens with
  // a word in another script ("BBC ..." in an Arabic headline), and Pango aligns it to that side.
  const first = !mark ? '' : language.direction === 'rtl' ? '\u200f' : '\u200e';
  return `<span ${attributes.filter(Boolean).join(' ')}>${first}${inner}</span>`;
}

/** Draws text as RGBA pixels no wider than `width`, wrapped at word breaks. */
async function drawText(text: string, width: number): Promise<Layer> {
  const sharp = await loadSharp();
  const { data, info } = await sharp({ text: { text, width, dpi: 72, rgba: true, wrap: 'word-char' } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: info.channels } };
}

/** An opaque RGB rectangle of one colour (#rrggbb). */
function fill(width: number, height: number, color: string): Layer {
  const rgb = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16));
  const input = Buffer.alloc(width * height * 3);
  for (let at = 0; at < input.length; at += 3) input.set(rgb, at);
  return { input, raw: { width, height, channels: 3 } };
}

/** Where a layer `width` wide starts so that it sits `inset` from the start edge of a `span`. */
const startAt = (language: CardLanguage, span: number, width: number, inset: number): number =>
  language.direction === 'rtl' ? span - inset - width : inset;

/**
 * Size steps for the headline, largest first: long headlines get smaller type. The first step
 * tried comes from its length (an ideograph or kana counts double, being twice a letter's width),
 * so most headlines are drawn once.
 */
function headlineSizes(headline: string, narrow: boolean): number[] {
  const sizes = narrow ? [66, 58, 50, 44] : [76, 66, 58, 50];
  const length =
    headline.length +
    (headline.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/gu)?.length ?? 0);
  const step = length <= 45 ? 0 : length <= 80 ? 1 : length <= 120 ? 2 : 3;
  return sizes.slice(step);
}
/** Cursive Arabic and CJK need more room between lines than Latin's tight headline leading. */
const leading = (language: CardLanguage) =>
  language.script === 'arabic' ? 1.4 : language.script === 'ja' || language.script === 'zh' ? 1.25 : 1.08;

/**
 * The headline at the largest size whose lines fit the room; at the smallest size, a headline
 * that still does not fit loses its last words to an ellipsis.
 */
async function drawHeadline(card: CardContent, width: number, room: number): Promise<Layer> {
  const segments = [...new Intl.Segmenter(card.language, { granularity: 'word' }).segment(card.headline)].map(
    ({ segment }) => segment,
  );
  const sizes = headlineSizes(card.headline, card.imageFile !== null);
  const draw = (size: number, text: string) =>
    drawText(
      markup(
        {
          text,
          role: 'serif',
          weight: 600,
          size,
          color: colors.ink,
          letterSpacing: -1,
          lineHeight: size * leading(card),
        },
        card,
      ),
      width,
    );
  const fits = (size: number, layer: Layer) => {
    const lineHeight = size * leading(card);
    return Math.round(layer.raw.height / lineHeight) <= Math.max(1, Math.floor(room / lineHeight));
  };
  for (const size of sizes) {
    const layer = await draw(size, card.headline);
    if (fits(size, layer)) return layer;
  }
  const size = sizes.at(-1)!;
  // The longest run of whole words, plus an ellipsis, that fits: a binary search over words.
  let [low, high] = [1, segments.length - 1];
  let best = await draw(size, `${segments[0]}…`);
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const layer = await draw(
      size,
      `${segments
        .slice(0, middle + 1)
        .join('')
        .trimEnd()}…`,
    );
    if (fits(size, layer)) {
      best = layer;
      low = middle + 1;
    } else high = middle - 1;
  }
  return best;
}

interface Placed extends Layer {
  left: number;
  top: number;
}

/** The kicker: accent letters, or white on the accent for breaking news. Layers placed from 0, 0. */
async function drawKicker(
  card: CardContent,
  width: number,
): Promise<{ layers: Placed[]; width: number; height: number }> {
  const label = await drawText(
    markup(
      {
        text: card.kicker!.toLocaleUpperCase(card.language),
        role: 'sans',
        weight: 700,
        size: 26,
        color: card.breaking ? colors.accentInk : colors.accent,
        letterSpacing: 2,
      },
      card,
    ),
    width,
  );
  const { width: labelWidth, height: labelHeight } = label.raw;
  if (!card.breaking) return { layers: [{ ...label, left: 0, top: 0 }], width: labelWidth, height: labelHeight };
  const [inline, top, bottom] = [14, 5, 3];
  const box = fill(labelWidth + 2 * inline, labelHeight + top + bottom, colors.accent);
  return {
    layers: [
      { ...box, left: 0, top: 0 },
      { ...label, left: inline, top },
    ],
    width: box.raw.width,
    height: box.raw.height,
  };
}

/** The kicker and headline, centred in the text area as one block, at its start side. */
async function textLayers(card: CardContent, areaLeft: number, areaWidth: number): Promise<Placed[]> {
  const inner = areaWidth - 2 * PAD;
  const [kicker, headline] = await Promise.all([
    card.kicker ? drawKicker(card, inner) : null,
    drawHeadline(card, inner, HEADLINE_ROOM),
  ]);
  const kickerHeight = kicker ? kicker.height + KICKER_GAP : 0;
  // Centred in the area less 8px at the bottom, so the block sits a little above the band.
  let top = Math.round((TEXT_HEIGHT - 8 - kickerHeight - headline.raw.height) / 2);
  const placed: Placed[] = [];
  if (kicker) {
    const left = areaLeft + startAt(card, areaWidth, kicker.width, PAD);
    for (const layer of kicker.layers) placed.push({ ...layer, left: left + layer.left, top: top + layer.top });
    top += kickerHeight;
  }
  placed.push({ ...headline, left: areaLeft + startAt(card, areaWidth, headline.raw.width, PAD), top });
  return placed;
}

/** What every card of a site and direction shares: the paper, and the band with the site's name and host. */
async function drawBackground(card: CardContent): Promise<Layer> {
  const { width, height } = socialCard;
  const nameRun: Run = {
    text: card.siteName,
    role: 'serif',
    weight: 700,
    size: 50,
    color: colors.brandInk,
    letterSpacing: -1.5,
  };
  // The site's name and host read in their own language and direction, whatever the story's;
  // only their places mirror.
  const own = cardLanguage(mainEdition.language);
  const name = markup(
    nameRun,
    own,
    `${escapeMarkup(card.siteName)}<span foreground="${colors.brandAccent}">.</span>`,
    false,
  );
  const hostRun: Run = { text: card.siteHost, role: 'sans', weight: 700, size: 24, color: colors.brandSoft };
  const host = markup(hostRun, own, escapeMarkup(card.siteHost), false);
  const [nameLayer, hostLayer] = await Promise.all([drawText(name, width - 2 * PAD), drawText(host, width - 2 * PAD)]);
  const inBand = (layer: Layer, left: number) => ({
    ...layer,
    left,
    top: TEXT_HEIGHT + Math.round((BAND_HEIGHT - layer.raw.height) / 2),
  });
  const sharp = await loadSharp();
  const { data, info } = await sharp({ create: { width, height, channels: 3, background: colors.paper } })
    .composite([
      { ...fill(width, BAND_HEIGHT, colors.brand), left: 0, top: TEXT_HEIGHT },
      inBand(nameLayer, startAt(card, width, nameLayer.raw.width, PAD)),
      // The host sits at the end side, opposite the name.
      inBand(hostLayer, width - hostLayer.raw.width - startAt(card, width, hostLayer.raw.width, PAD)),
    ])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: 3 } };
}

// Drawn once per worker, site and direction, then shared by every card it draws.
const backgrounds = new Map<string, Promise<Layer>>();
function background(card: CardContent): Promise<Layer> {
  const key = JSON.stringify([card.siteName, card.siteHost, card.direction]);
  let drawn = backgrounds.get(key);
  if (!drawn) {
    drawn = drawBackground(card);
    backgrounds.set(key, drawn);
  }
  return drawn;
}

// Stories often share a picture (a file photo, a map): a worker keeps the last few crops.
const LEAD_CROPS_KEPT = 16;
const leadCrops = new Map<string, Promise<Layer>>();
async function leadCrop(file: string): Promise<Layer> {
  const sharp = await loadSharp();
  const key = fileHash(file);
  const kept = leadCrops.get(key);
  leadCrops.delete(key);
  const crop =
    kept ??
    sharp(file)
      .resize(IMAGE_WIDTH, TEXT_HEIGHT, { fit: 'cover' })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({
        input: data,
        raw: { width: info.width, height: info.height, channels: 3 as const },
      }));
  // Most recently used last; the oldest goes first.
  leadCrops.set(key, crop);
  if (leadCrops.size > LEAD_CROPS_KEPT) leadCrops.delete(leadCrops.keys().next().value!);
  return crop;
}

/**
 * The card as a JPEG: the lead image at the end side, the text at the start side, over the shared
 * background. The opaque image is copied in row by row; only the text is blended.
 */
async function renderCard(card: CardContent): Promise<Buffer> {
  const sharp = await loadSharp();
  const { width } = socialCard;
  const textWidth = width - (card.imageFile ? IMAGE_WIDTH : 0);
  const textLeft = card.imageFile && card.direction === 'rtl' ? IMAGE_WIDTH : 0;
  const [base, text, lead] = await Promise.all([
    background(card),
    textLayers(card, textLeft, textWidth),
    card.imageFile ? leadCrop(card.imageFile) : null,
  ]);
  const layers = lead ? [{ ...lead, left: card.direction === 'rtl' ? 0 : textWidth, top: 0 }, ...text] : text;
  return sharp(base.input, { raw: base.raw })
    .composite(layers.map(({ input, raw, left, top }) => ({ input, raw, left, top })))
    .removeAlpha()
    .jpeg(ENCODING)
    .toBuffer();
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
  // The story's language, as its page declares it: an Arabic headline that opens with a Latin name
  // still reads right to left.
  const card = cardContent(story, cardLanguage(story.language ?? editionByKey(story.edition).language));
  const cached = path.join(cacheDir, `${cardKey(card)}.jpg`);
  let result: 'drawn' | 'cached' = 'cached';
  if (!existsSync(cached)) {
    if (!cardFontsInUse()) {
      if (!isMainThread) throw new Error('call installCardFonts() on the main thread before workers draw cards');
      installCardFonts();
    }
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
