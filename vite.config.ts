import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './pipeline/contentPlugin.ts';
import { devPage } from './pipeline/devPage.ts';
import { sitePlugin } from './pipeline/sitePlugin.ts';
import { site } from './src/site/config.ts';

export default defineConfig({
  base: site.basePath,
  plugins: [sitePlugin(), react(), contentPlugin(), devPage()],
  build: {
    target: 'es2022',
    // The app has one chunk and no dynamic import: nothing for the polyfill to preload.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/vitestSetup.ts'],
    restoreMocks: true,
  },
});
