import path from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { chunkLoaderPlugin } from './pipeline/chunkLoaderPlugin.ts';
import { contentPlugin } from './pipeline/contentPlugin.ts';
import { devPage } from './pipeline/devPage.ts';
import { sitePlugin } from './pipeline/sitePlugin.ts';
import { site } from './src/site/config.ts';

const reactRouterProduction = (file: string) =>
  path.resolve(import.meta.dirname, 'node_modules/react-router/dist/production', file);

export default defineConfig(({ command }) => ({
  base: site.basePath,
  plugins: [sitePlugin(), chunkLoaderPlugin(), react(), contentPlugin(), devPage()],
  resolve: {
    // React Router ships a production build (its development warnings compiled out) that no export
    // condition selects: every bundler gets the development one. 0.6 KB less for every page.
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: reactRouterProduction('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouterProduction('dom-export.mjs') },
          ]
        : [],
  },
  build: {
    target: 'es2022',
    // A lazy chunk's imports are fetched by the browser as it reads the chunk; only its
    // stylesheets are linked ahead of it (pipeline/chunkLoaderPlugin.ts).
    modulePreload: false,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/vitestSetup.ts'],
    restoreMocks: true,
  },
}));
