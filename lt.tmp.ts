import { chromium } from '@playwright/test';
import { chromiumArgs } from './playwright.config.ts';
import { serve } from './scripts/serve.ts';
import { loadTasks } from './bench/longTasks.ts';
const dir = process.argv[2] ?? 'dist';
const server = await serve({ dir, port: 4191 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
for (const path of ['/', '/stories/defense-secretary-troops-not-withdrawing-iraq/']) {
  for (let i = 0; i < 3; i++) console.log(path, JSON.stringify(await loadTasks(browser, `http://127.0.0.1:4191${path}`, 6)));
}
await browser.close(); server.close();
