// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { imageSizeProblem } from '../../pipeline/check/imageDimensions.ts';
import { readContent } from '../../pipeline/check/readContent.ts';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dispatch-sizes-'));
  mkdirSync(path.join(dir, 'images'));
  mkdirSync(path.join(dir, 'stories'));
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#888' } })
    .jpeg()
    .toFile(path.join(dir, 'images', 'pier.jpg'));
  // Stored 800×1200, shown 1200×800: cameras save portraits sideways and say so in EXIF.
  await sharp({ create: { width: 800, height: 1200, channels: 3, background: '#888' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toFile(path.join(dir, 'images', 'turned.jpg'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a story that gives an image its true size passes, EXIF rotation included', () => {
  expect(imageSizeProblem(path.join(dir, 'images', 'pier.jpg'), { width: 1200, height: 800 })).toBeNull();
  expect(imageSizeProblem(path.join(dir, 'images', 'turned.jpg'), { width: 1200, height: 800 })).toBeNull();
});

test('a story that gets an image size wrong is told the true size, at the field', () => {
  const file = path.join(dir, 'stories', 'pier-opens.json');
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      slug: 'pier-opens',
      headline: 'The pier opens',
      section: 'world',
      published: '2026-11-24T18:42:00Z',
      image: { src: '/images/pier.jpg', alt: 'The pier', width: 1600, height: 900 },
      body: [{ type: 'paragraph', text: 'Text.' }],
    }),
  );
  const { stories, problems } = readContent(dir);
  expect(stories.has('pier-opens')).toBe(false);
  expect(problems).toContainEqual(
    expect.objectContaining({
      path: 'image.width',
      message: 'the image is 1200×800 pixels, but the story says 1600×900',
    }),
  );
});
