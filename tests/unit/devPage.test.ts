// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { afterAll, expect, test } from 'vitest';
import { PAGE_DATA_ID, ROOT_ID } from '../../src/app/pageData';
import { themeScript } from '../../src/app/themeScript';
import { site } from '../../src/site/config';

const server = await createServer({
  configFile: 'vite.config.ts',
  server: { middlewareMode: true },
  logLevel: 'silent',
});
afterAll(() => server.close());

test('the dev server serves the same document template as every built page, with the app as a module', async () => {
  const html = await server.transformIndexHtml('/stories/any/', readFileSync('index.html', 'utf8'));
  expect(html).toMatch(/^<!doctype html>\n<html lang=/);
  expect(html).toContain(`<script>${themeScript}</script>`);
  expect(html).toContain(`<title>${site.name}</title>`);
  expect(html).toContain('<meta data-head name="robots" content="noindex">');
  expect(html).toContain(`<div id="${ROOT_ID}"></div>`);
  expect(html).toMatch(/<script type="module" src="\/src\/main\.tsx"><\/script>/);
  // No page is in it: the app renders the route in the browser.
  expect(html).not.toContain(PAGE_DATA_ID);
});
