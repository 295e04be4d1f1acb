import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './pipeline/contentPlugin.ts';
import { headPlugin } from './pipeline/headPlugin.ts';
import { site } from './src/site/config.ts';
import { zoneOffsets } from './pipeline/zoneOffsets.ts';

export default defineConfig({
  base: site.basePath,
  envPrefix: ['VITE_', 'DISPATCH_'],
  plugins: [react(), contentPlugin(), headPlugin()],
  define: {
    // Lets the browser word dates in the site's time zone without Intl (src/lib/formatDate.ts).
    __DISPATCH_ZONE_OFFSETS__: site.timeZone === 'UTC' ? 'undefined' : JSON.stringify(zoneOffsets(site.timeZone)),
  },
  build: {
    target: 'es2022',
  },
  // The content worker (src/data/contentWorker.ts) is a module worker, as in the dev server.
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
