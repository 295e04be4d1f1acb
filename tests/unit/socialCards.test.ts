// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
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

/** The card's colour at a point, as #rrggbb. */
async function colourAt(file: string, x: number, y: number): Promise<string> {
  const pixel = await sharp(file).extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer();
  return `#${[...pixel.subarray(0, 3)].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

describe('social cards', { timeout: 30_000 }, () => {
  test('are 1200×630 PNGs, drawn once and then taken from the cache', async () => {
    const cache = folder();
    const [first, second] = [folder(), folder()];
    expect(await writeSocialCard(story(), first, cache)).toBe('drawn');
    const card = path.join(first, 'cards', 'floods-close-pass.png');
    const { format, width, height } = await sharp(card).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });

    expect(await writeSocialCard(story(), second, cache)).toBe('cached');
    expect(readFileSync(path.join(second, 'cards', 'floods-close-pass.png')).equals(readFileSync(card))).toBe(true);
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
    const paper = await colourAt(path.join(plain, 'cards', 'floods-close-pass.png'), 1000, 200);
    expect(paper).toBe('#f7f5f0');
    expect(await colourAt(path.join(pictured, 'cards', 'floods-close-pass.png'), 1000, 200)).not.toBe(paper);
  });

  test('lay the text, the lead image and the band out where they belong, pixel for pixel', async () => {
    const out = folder();
    const source = path.resolve('content/images/marrow-bay-coast.jpg');
    await writeSocialCard(
      story({ image: { src: '/images/marrow-bay-coast.jpg', alt: 'A bay', width: 1600, height: 900 } }),
      out,
      folder(),
    );
    const card = await sharp(path.join(out, 'cards', 'floods-close-pass.png'))
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
    for (const [x, y] of [
      [0, 0],
      [455, 0],
      [200, 300],
      [0, 525],
      [455, 525],
    ] as const) {
      expect(at(card, 744 + x, y)).toEqual(at(crop, x, y));
    }
    // Paper to the left of the headline, the band's navy below, across the whole width.
    expect(at(card, 10, 10)).toEqual([0xf7, 0xf5, 0xf0]);
    expect(at(card, 743, 10)).toEqual([0xf7, 0xf5, 0xf0]);
    for (const x of [0, 600, 1199]) expect(at(card, x, 629)).toEqual([0x0e, 0x2a, 0x47]);
  });
});
