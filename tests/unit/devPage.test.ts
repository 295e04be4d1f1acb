// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** What the dev server answers for a site path, over HTTP as a browser asks it. */
async function devGet(sitePath: string): Promise<Response> {
  const http = createHttpServer(server.middlewares);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = http.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${site.basePath}${sitePath}`);
    await response.clone().arrayBuffer();
    return response;
  } finally {
    http.close();
  }
}

test('the dev server searches the content folder as the built site does: its partitions and their indexes', async () => {
  const list = await devGet('pagefind/partitions.json');
  expect(list.status).toBe(200);
  const partitions = (await list.json()) as Record<string, string[]>;
  const [language, names] = Object.entries(partitions)[0]!;
  expect(names.length).toBeGreaterThan(0);
  const script = await devGet(`pagefind/${language}/${names[0]}/pagefind.js`);
  expect(script.status).toBe(200);
  expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  expect((await devGet('pagefind/en/no-such-partition/pagefind.js')).status).toBe(404);
}, 60_000);
