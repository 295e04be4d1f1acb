import { expect, test } from 'vitest';
import {
  IMAGE_FORMATS,
  responsiveSources,
  variantPath,
  variantStem,
  variantWidths,
} from '../../src/images/imageVariants';

const [avif, , jpeg] = IMAGE_FORMATS;
const site = (path: string) => `/news${path}`;

test('an image gets the fixed widths below its own, and its own width as the largest, never wider', () => {
  expect(variantWidths(1600)).toEqual([400, 800, 1200, 1600]);
  expect(variantWidths(3000)).toEqual([400, 800, 1200, 1600]);
  expect(variantWidths(1000)).toEqual([400, 800, 1000]);
  expect(variantWidths(800)).toEqual([400, 800]);
  expect(variantWidths(250)).toEqual([250]);
});

test('variant paths keep the folder and name, and a variant path leads back to its source', () => {
  expect(variantPath('/images/harbour.jpg', 800, avif)).toBe('/images/harbour-800.avif');
  expect(variantPath('/images/2026/quay.side.png', 400, jpeg)).toBe('/images/2026/quay.side-400.jpg');
  expect(variantStem('/images/2026/quay.side-400.jpg')).toBe('/images/2026/quay.side');
  expect(variantStem('/images/harbour.jpg')).toBeNull();
});

test('a local photo gets AVIF and WebP sources and a JPEG fallback at 800 pixels, under the base path', () => {
  expect(responsiveSources({ src: '/images/harbour.jpg', width: 1200 }, site)).toEqual({
    sources: [
      {
        type: 'image/avif',
        srcSet:
          '/news/images/harbour-400.avif 400w, /news/images/harbour-800.avif 800w, /news/images/harbour-1200.avif 1200w',
      },
      {
        type: 'image/webp',
        srcSet:
          '/news/images/harbour-400.webp 400w, /news/images/harbour-800.webp 800w, /news/images/harbour-1200.webp 1200w',
      },
    ],
    srcSet: '/news/images/harbour-400.jpg 400w, /news/images/harbour-800.jpg 800w, /news/images/harbour-1200.jpg 1200w',
    src: '/news/images/harbour-800.jpg',
  });
});

test('a small image falls back to its own size', () => {
  expect(responsiveSources({ src: '/images/badge.png', width: 300 }, site)?.src).toBe('/news/images/badge-300.jpg');
});

test('remote images, SVGs and GIFs are shown as they are', () => {
  expect(responsiveSources({ src: 'https://example.org/photo.jpg', width: 1600 }, site)).toBeNull();
  expect(responsiveSources({ src: '/images/logo.svg', width: 600 }, site)).toBeNull();
  expect(responsiveSources({ src: '/images/animation.gif', width: 600 }, site)).toBeNull();
});
