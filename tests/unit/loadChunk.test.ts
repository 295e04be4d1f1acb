import { afterEach, expect, test } from 'vitest';
import { loadChunk } from '../../src/lib/loadChunk';

const stylesheets = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];

afterEach(() => {
  for (const link of stylesheets()) link.remove();
});

test('a chunk is imported once its stylesheets have loaded, each linked once', async () => {
  const order: string[] = [];
  const chunk = loadChunk(async () => order.push('chunk'), ['assets/media-1.css', 'assets/shared-2.js']);
  const again = loadChunk(async () => order.push('again'), ['assets/media-1.css']);
  await Promise.resolve();
  // Only the stylesheet is linked, under the base path; the chunk waits for it.
  expect(stylesheets().map((link) => link.getAttribute('href'))).toEqual(['/assets/media-1.css']);
  expect(order).toEqual([]);
  stylesheets()[0]!.dispatchEvent(new Event('load'));
  await Promise.all([chunk, again]);
  expect(order).toEqual(['chunk', 'again']);
});

test('a stylesheet that fails to load leaves the chunk unstyled, not missing', async () => {
  const chunk = loadChunk(async () => 'loaded', ['assets/live-3.css']);
  await Promise.resolve();
  stylesheets()[0]!.dispatchEvent(new Event('error'));
  await expect(chunk).resolves.toBe('loaded');
});

test('a chunk without stylesheets is imported at once', async () => {
  await expect(loadChunk(async () => 'loaded')).resolves.toBe('loaded');
  expect(stylesheets()).toEqual([]);
});
