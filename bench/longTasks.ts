import type { Browser } from '@playwright/test';

export interface LoadTasks {
  /** Main-thread tasks of 50 ms or more (the Long Tasks API's threshold), longest first, in ms. */
  longTasks: number[];
  /** The same, of those that began after the first contentful paint: the ones a reader can feel. */
  afterPaint: number[];
  /** Their time past 50 ms after the first paint, summed: what Total Blocking Time adds up. */
  blockingMs: number;
}

/**
 * Loads `url` in a fresh page with the CPU slowed `slowdown` times (Chromium's own throttling,
 * not a simulation) and collects every long task from navigation until the page has hydrated
 * and been idle for a while. The earliest belong to the browser: tearing down the blank page and
 * committing the navigation, before a byte of ours is parsed.
 */
export async function loadTasks(browser: Browser, url: string, slowdown: number): Promise<LoadTasks> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
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
  const { tasks, firstPaint } = await page.evaluate(() => ({
    tasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  }));
  await page.close();
  const longest = (list: typeof tasks) => list.map((task) => Math.round(task.duration)).sort((a, b) => b - a);
  const afterPaint = longest(tasks.filter((task) => task.start >= firstPaint));
  return {
    longTasks: longest(tasks),
    afterPaint,
    blockingMs: afterPaint.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
  };
}
