import type { Browser } from '@playwright/test';

export interface LoadTasks {
  /** Main-thread tasks of 50 ms or more (the Long Tasks API's threshold), longest first, in ms. */
  longTasks: number[];
  /** The sum over those tasks of their time past 50 ms: what Total Blocking Time adds up. */
  blockingMs: number;
}

/**
 * Loads `url` in a fresh page with the CPU slowed `slowdown` times (Chromium's own throttling,
 * not a simulation) and collects every long task from navigation until the page has hydrated
 * and been idle for a while. "No task over 50 ms" means `longTasks` is empty.
 */
export async function loadTasks(browser: Browser, url: string, slowdown: number): Promise<LoadTasks> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  // The app loads after the first paint and hydrates in slices; then the page goes quiet.
  await page.waitForFunction(
    () => Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber')),
    null,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(3_000);
  const longTasks = (await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks))
    .map(Math.round)
    .sort((a, b) => b - a);
  await page.close();
  return { longTasks, blockingMs: longTasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0) };
}
