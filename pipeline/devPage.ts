import type { Plugin } from 'vite';
import { documentHtml } from '../src/site/documentHtml.ts';
import { shellHead } from '../src/site/head.ts';
import { APP_ENTRY } from './pageAssets.ts';

/**
 * The dev server's page is the same document template as every built page (src/site/documentHtml.ts),
 * with the app's entry as a plain module script (it imports its own styles in development) and no
 * page in it: the app renders the route in the browser. index.html only gives Vite a page to serve.
 */
export function devPage(): Plugin {
  return {
    name: 'dispatch-dev-page',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: () =>
        documentHtml({
          head: shellHead,
          appHtml: '',
          pageData: null,
          assets: { entry: `/${APP_ENTRY}`, styles: [], fonts: [] },
          scripts: 'entry',
        }),
    },
  };
}
