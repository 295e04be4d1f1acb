// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { cardFamily, cardFontsFolder, cardStack, missingGlyphs } from '../../pipeline/cardFonts.ts';
import { cardLanguage } from '../../pipeline/cardLanguage.ts';
import { writeSocialCard } from '../../pipeline/socialCards.ts';
import { storySchema, type StoryInput } from '../../src/data/schema';

const story = (fields: Partial<StoryInput> = {}) =>
  storySchema.parse({
    version: 1,
    slug: 'floods-close-pass',
    kicker: 'Breaking News',
    breaking: true,
    headline: 'Floods close the Aldmoor pass & the road north',
    section: 'world',
    published: '2026-11-24T18:42:00+00:00',
    body: [{ type: 'paragraph', text: 'Body text.' }],
    ...fields,
  });

const folders: string[] = [];
const folder = () => {
  folders.push(mkdtempSync(path.join(tmpdir(), 'dispatch-cards-')));
  return folders.at(-1)!;
};
afterAll(() => {
  for (const made of folders) rmSync(made, { recursive: true, force: true });
});

/** The card's colour at a point, as [r, g, b]. */
async function colourAt(file: string, x: number, y: number): Promise<number[]> {
  const pixel = await sharp(file).extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer();
  return [...pixel.subarray(0, 3)];
}

/** JPEG moves a flat colour by a step or two; a misplaced layer moves it by far more. */
const JPEG_TOLERANCE = 3;
const near = (actual: number[], expected: number[]) =>
  actual.every((value, i) => Math.abs(value - expected[i]!) <= JPEG_TOLERANCE);
const PAPER = [0xf7, 0xf5, 0xf0];
const NAVY = [0x0e, 0x2a, 0x47];

describe('social cards', { timeout: 30_000 }, () => {
  test('are 1200×630 JPEGs, drawn once and then taken from the cache', async () => {
    const cache = folder();
    const [first, second] = [folder(), folder()];
    expect(await writeSocialCard(story(), first, cache)).toBe('drawn');
    const card = path.join(first, 'cards', 'floods-close-pass.jpg');
    const { format, width, height } = await sharp(card).metadata();
    expect({ format, width, height }).toEqual({ format: 'jpeg', width: 1200, height: 630 });

    expect(await writeSocialCard(story(), second, cache)).toBe('cached');
    expect(readFileSync(path.join(second, 'cards', 'floods-close-pass.jpg')).equals(readFileSync(card))).toBe(true);
  });

  test('stay small: a card with a photograph in it is a few tens of KB, not the 130–300 KB of a PNG', async () => {
    const out = folder();
    await writeSocialCard(
      story({ image: { src: '/images/marrow-bay-coast.jpg', alt: 'A bay', width: 1600, height: 900 } }),
      out,
      folder(),
    );
    expect(statSync(path.join(out, 'cards', 'floods-close-pass.jpg')).size).toBeLessThan(80 * 1024);
  });

  test('are drawn again when what they show changes', async () => {
    const cache = folder();
    expect(await writeSocialCard(story(), folder(), cache)).toBe('drawn');
    expect(await writeSocialCard(story({ headline: 'Aldmoor pass reopens' }), folder(), cache)).toBe('drawn');
    expect(await writeSocialCard(story({ kicker: 'Analysis' }), folder(), cache)).toBe('drawn');
  });

  test('show the lead image beside the headline when the story has one', async () => {
    const cache = folder();
    const [plain, pictured] = [folder(), folder()];
    await writeSocialCard(story(), plain, cache);
    await writeSocialCard(
      story({ image: { src: '/images/marrow-bay-coast.jpg', alt: 'A bay', width: 1600, height: 900 } }),
      pictured,
      cache,
    );
    expect(near(await colourAt(path.join(plain, 'cards', 'floods-close-pass.jpg'), 1000, 200), PAPER)).toBe(true);
    expect(near(await colourAt(path.join(pictured, 'cards', 'floods-close-pass.jpg'), 1000, 200), PAPER)).toBe(false);
  });

  test('lay the text, the lead image and the band out where they belong', async () => {
    const out = folder();
    const source = path.resolve('content/images/marrow-bay-coast.jpg');
    await writeSocialCard(
      story({ image: { src: '/images/marrow-bay-coast.jpg', alt: 'A bay', width: 1600, height: 900 } }),
      out,
      folder(),
    );
    const card = await sharp(path.join(out, 'cards', 'floods-close-pass.jpg'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    // The lead image, cropped to 456×526, fills the right of the card above the band.
    const crop = await sharp(source).resize(456, 526, { fit: 'cover' }).raw().toBuffer({ resolveWithObject: true });
    const at = (image: { data: Buffer; info: { width: number; channels: number } }, x: number, y: number) => [
      ...image.data.subarray(
        (y * image.info.width + x) * image.info.channels,
        (y * image.info.width + x) * image.info.channels + 3,
      ),
    ];
    // Mean difference per channel over a run of pixels: JPEG's is a step or two, a layer one
    // pixel out of place (or missing) is tens.
    const difference = (points: (readonly [number, number])[], expected: (x: number, y: number) => number[]) =>
      points.reduce(
        (sum, [x, y]) =>
          sum + at(card, x, y).reduce((total, value, i) => total + Math.abs(value - expected(x, y)[i]!), 0) / 3,
        0,
      ) / points.length;
    const column = (x: number) => Array.from({ length: 526 }, (_, y) => [x, y] as const);
    const row = (y: number, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => [from + i, y] as const);
    const image = (x: number, y: number) => at(crop, Math.min(455, Math.max(0, x - 744)), Math.min(525, y));
    const everyPixel = Array.from({ length: 526 }, (_, y) => row(y, 744, 1199)).flat();
    expect(difference(everyPixel, image)).toBeLessThan(JPEG_TOLERANCE);
    // The picture starts exactly where the paper ends and ends exactly where the band begins: each
    // pixel either side of an edge is nearer its own layer's colour than the other's.
    expect(difference(column(743), () => PAPER)).toBeLessThan(difference(column(743), image));
    expect(difference(column(744), image)).toBeLessThan(difference(column(744), () => PAPER));
    expect(difference(row(525, 744, 1199), image)).toBeLessThan(difference(row(525, 744, 1199), () => NAVY));
    expect(difference(row(526, 744, 1199), () => NAVY)).toBeLessThan(difference(row(526, 744, 1199), image));
    // Paper to the left of the headline, the band's navy across the whole width.
    expect(near(at(card, 10, 10), PAPER)).toBe(true);
    for (const x of [0, 600, 1199]) expect(near(at(card, x, 629), NAVY)).toBe(true);
  });
});

describe('social cards in any script', { timeout: 60_000 }, () => {
  const stories = [
    ['Arabic', 'ar', 'عاجل', 'البرلمان يقر قانون المكتبات الريفية بعد نقاش استمر عام 2016'],
    ['Japanese', 'ja', '速報', '東京都、2026年度の防災計画を発表　震度7を想定'],
    ['Kyrgyz', 'ky', 'Жаңылыктар', 'Бишкекте жаңы көпүрө ачылды: шаар тургундары үчүн өзгөчө күн'],
    ['Greek', 'el', 'Ανάλυση', 'Η Αθήνα ανοίγει τη νέα γραμμή του μετρό ύστερα από δέκα χρόνια'],
  ] as const;

  test.each(stories)(
    '%s: the card is drawn with a glyph for every character',
    async (_, language, kicker, headline) => {
      const out = folder();
      expect(await writeSocialCard(story({ kicker, headline, language }), out, folder())).toBe('drawn');
      const { script } = cardLanguage(language);
      expect(missingGlyphs(headline, cardStack('serif', script))).toEqual([]);
      expect(missingGlyphs(kicker.toLocaleUpperCase(language), cardStack('sans', script))).toEqual([]);
      // The headline is drawn: ink in the middle of the text area, not bare paper.
      const { data, info } = await sharp(path.join(out, 'cards', 'floods-close-pass.jpg'))
        .extract({ left: 72, top: 150, width: 1056, height: 250 })
        .raw()
        .toBuffer({ resolveWithObject: true });
      let ink = 0;
      for (let at = 0; at < data.length; at += info.channels) if (data[at]! < 0x60) ink++;
      expect(ink).toBeGreaterThan(5_000);
    },
  );

  test('the check fails where a font lacks the letters: the Latin face has none of these', () => {
    const latinOnly = [cardFamily('serif', 'latin')];
    expect(missingGlyphs('جديد', latinOnly)).toEqual(['ج', 'د', 'ي']);
    expect(missingGlyphs('東京都は', latinOnly)).toEqual(['東', '京', '都', 'は']);
    expect(missingGlyphs('жаңы көпүрө', latinOnly)).toEqual(['ж', 'а', 'ң', 'ы', 'к', 'ө', 'п', 'ү', 'р']);
    expect(missingGlyphs('Αθήνα', latinOnly)).toEqual(['Α', 'θ', 'ή', 'ν', 'α']);
    // Scripts the site ships no font for are missing from every card font.
    expect(missingGlyphs('서울 ירושלים')).toEqual(['서', '울', 'י', 'ר', 'ו', 'ש', 'ל', 'ם']);
  });

  test('fontconfig sees the card fonts and nothing of the machine, so cards are drawn alike everywhere', () => {
    const config = readFileSync(path.join(cardFontsFolder(), 'fonts.conf'), 'utf8');
    expect([...config.matchAll(/<dir>(.*?)<\/dir>/g)].map(([, dir]) => dir)).toEqual([cardFontsFolder()]);
    expect(config).not.toContain('<include');
  });

  // The story's language decides, not its text: this headline opens with a Latin name.
  test('a right-to-left card is the mirror image: lead image at the left, headline at the right', async () => {
    const out = folder();
    await writeSocialCard(
      story({
        language: 'ar',
        kicker: 'عاجل',
        headline: 'G7: البرلمان يقر قانون المكتبات',
        image: { src: '/images/marrow-bay-coast.jpg', alt: 'A bay', width: 1600, height: 900 },
      }),
      out,
      folder(),
    );
    const card = await sharp(path.join(out, 'cards', 'floods-close-pass.jpg'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const crop = await sharp(path.resolve('content/images/marrow-bay-coast.jpg'))
      .resize(456, 526, { fit: 'cover' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const at = (image: typeof card, x: number, y: number) => [
      ...image.data.subarray(
        (y * image.info.width + x) * image.info.channels,
        (y * image.info.width + x) * image.info.channels + 3,
      ),
    ];
    // The picture fills the left 456 pixels above the band: within JPEG's error, on average.
    let difference = 0;
    for (let y = 0; y < 526; y++)
      for (let x = 0; x < 456; x++) {
        const [want, got] = [at(crop, x, y), at(card, x, y)];
        difference += want.reduce((sum, value, i) => sum + Math.abs(value - got[i]!), 0) / 3;
      }
    expect(difference / (526 * 456)).toBeLessThan(JPEG_TOLERANCE);
    expect(near(at(card, 1190, 10), PAPER)).toBe(true);
    // Ink only in the inline-start (right) part of the text area: the headline hugs the right padding.
    const columns = (from: number, to: number) => {
      let ink = 0;
      for (let y = 100; y < 420; y++) for (let x = from; x < to; x++) if (at(card, x, y)[0]! < 0x60) ink++;
      return ink;
    };
    expect(columns(1060, 1128)).toBeGreaterThan(300);
    expect(columns(456, 520)).toBe(0);
  });
});
