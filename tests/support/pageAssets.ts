import type { PageAssets } from '../../src/site/documentHtml';

/** What a built page loads, as a test renders documents without a client build. */
export const testAssets: PageAssets = {
  entry: '/assets/main-test.js',
  styles: [{ css: 'body{margin:0}', condition: { always: true } }],
  stylesheets: ['/assets/main-test.css'],
  fonts: ['/assets/newsreader-test.woff2'],
};
