import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './pipeline/contentPlugin.ts';
import { headPlugin } from './pipeline/headPlugin.ts';
import { site } from './src/site/config.ts';

export default defineConfig({
  base: site.basePath,
  envPrefix: ['VITE_', 'DISPATCH_'],
  plugins: [react(), contentPlugin(), headPlugin()],
  build: {
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
