import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { chromiumArgs } from '../playwright.config.ts';
import { serve } from './serve.ts';

/**
 * `npm run screenshots`: photographs the built site (run `npm run build` first; DISPATCH_OUT_DIR
 * and PORT choose another build and port) on a phone and a desktop, light and dark, into
 * docs/screenshots/. Long pages are cut after a few screens, and the PNGs are palette-quantised
 * so each stays a few hundred kilobytes.
 */
const pages = [
  { name: 'front', path: '/' },
  { name: 'story', path: '/stories/defense-secretary-troops-not-withdrawing-iraq/' },
];
const devices = [
  { width: 375, height: 812, deviceScaleFactor: 2 },
  { width: 1280, height: 800, deviceScaleFactor: 1 },
];
const schemes = ['light', 'dark'] as const;
const SCREENS = 3;

const dir = process.env.DISPATCH_OUT_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4190);
const outDir = path.resolve('docs', 'screenshots');
mkdirSync(outDir, { recursive: true });

const server = await serve({ dir, port, basePath: process.env.DISPATCH_BASE_PATH ?? '/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
try {
  for (const { width, height, deviceScaleFactor } of devices) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, colorScheme });
      const page = await context.newPage();
      for (const { name, path: pagePath } of pages) {
        await page.goto(`http://127.0.0.1:${port}${pagePath}`, { waitUntil: 'networkidle' });
        await page.evaluate(async () => {
          // Lazy images load once scrolled near; bring them all in before the photograph.
          for (const image of document.querySelectorAll('img')) image.loading = 'eager';
          await Promise.all([...document.images].map((image) => image.decode().catch(() => {})));
          await document.fonts.ready;
        });
        const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        const shot = await page.screenshot({
          fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(pageHeight, height * SCREENS) },
        });
        const file = path.join(outDir, `${name}-${width}-${colorScheme}.png`);
        await sharp(shot).png({ palette: true, quality: 90, effort: 10 }).toFile(file);
        console.log(`${path.relative('.', file)}: ${Math.round(statSync(file).size / 1024)} KB`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
