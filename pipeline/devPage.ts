import type { Plugin, ViteDevServer } from 'vite';
import { APP_ENTRY } from './appEntry.ts';

type Template = typeof import('../src/site/documentHtml.ts') & typeof import('../src/site/head.ts');

/**
 * The dev server's page is the same document template as every built page (src/site/documentHtml.ts),
 * with the app's entry as a plain module script (it imports its own styles in development) and no
 * page in it: the app renders the route in the browser. index.html only gives Vite a page to serve.
 * The template is loaded through Vite, as the app's own TypeScript, not into the config.
 */
export function devPage(): Plugin {
  let server: ViteDevServer;
  return {
    name: 'dispatch-dev-page',
    apply: 'serve',
    configureServer(devServer) {
      server = devServer;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler() {
        const { documentHtml, shellHead } = {
          ...((await server.ssrLoadModule('/src/site/documentHtml.ts')) as Template),
          ...((await server.ssrLoadModule('/src/site/head.ts')) as Template),
        };
        return documentHtml({
          head: shellHead,
          appHtml: '',
          pageData: null,
          assets: { entry: `/${APP_ENTRY}`, styles: [], stylesheets: [], fonts: [] },
          scripts: 'entry',
        });
      },
    },
  };
}
