// @vitest-environment node
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { devImageFile } from '../../pipeline/devImages.ts';
import { writeImages } from '../../pipeline/images.ts';

let dir: string;
const source = () => path.join(dir, 'content-images');
const cacheDir = () => path.join(dir, 'cache');

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 40, b: 40, alpha: 0.5 } } });

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-images-'));
  mkdirSync(path.join(source(), 'maps'), { recursive: true });
  await picture(1000, 500).png().toFile(path.join(source(), 'harbour.png'));
  await picture(300, 200)
    .jpeg()
    .toFile(path.join(source(), 'maps', 'quay.jpg'));
  writeFileSync(path.join(source(), 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every raster image gets AVIF, WebP and JPEG variants up to its own width, beside the untouched original', async () => {
  const out = path.join(dir, 'first');
  const stats = await writeImages(source(), out, { cacheDir: cacheDir(), concurrency: 2 });
  expect(stats).toEqual({ sources: 3, variants: 12, encoded: 2 });
  const images = path.join(out, 'images');
  expect(readdirSync(images).sort()).toEqual([
    'harbour-1000.avif',
    'harbour-1000.jpg',
    'harbour-1000.webp',
    'harbour-400.avif',
    'harbour-400.jpg',
    'harbour-400.webp',
    'harbour-800.avif',
    'harbour-800.jpg',
    'harbour-800.webp',
    'harbour.png',
    'logo.svg',
    'maps',
  ]);
  expect(readdirSync(path.join(images, 'maps')).sort()).toEqual([
    'quay-300.avif',
    'quay-300.jpg',
    'quay-300.webp',
    'quay.jpg',
  ]);
  const largest = await sharp(path.join(images, 'harbour-1000.avif')).metadata();
  expect([largest.format, largest.width, largest.height]).toEqual(['heif', 1000, 500]);
  expect((await sharp(path.join(images, 'harbour-400.jpg')).metadata()).width).toBe(400);
});

test('a second build finds every variant in the cache and encodes nothing', async () => {
  const stats = await writeImages(source(), path.join(dir, 'second'), { cacheDir: cacheDir() });
  expect(stats.encoded).toBe(0);
  expect(readdirSync(path.join(dir, 'second', 'images'))).toContain('harbour-800.webp');
});

test('two sources that would share variant names stop the build with both names', async () => {
  const clash = path.join(dir, 'clash');
  mkdirSync(clash);
  await picture(500, 500).jpeg().toFile(path.join(clash, 'pier.jpg'));
  await picture(500, 500).png().toFile(path.join(clash, 'pier.png'));
  await expect(writeImages(clash, path.join(dir, 'clash-out'), { cacheDir: cacheDir() })).rejects.toThrow(
    /pier\.(jpg|png) and pier\.(jpg|png)/,
  );
});

test('the dev server answers a variant address with the original, and nothing outside the folder', () => {
  expect(devImageFile(source(), 'harbour-800.avif')).toBe(path.join(source(), 'harbour.png'));
  expect(devImageFile(source(), 'maps/quay-300.webp')).toBe(path.join(source(), 'maps', 'quay.jpg'));
  expect(devImageFile(source(), 'harbour.png')).toBe(path.join(source(), 'harbour.png'));
  expect(devImageFile(source(), 'missing-800.avif')).toBeNull();
  expect(devImageFile(source(), '../cache')).toBeNull();
});
