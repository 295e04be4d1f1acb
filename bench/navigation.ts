import type { Browser } from '@playwright/test';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Milliseconds from the click on "Next story" until the next story's headline is on screen
 * (the frame after it is in the DOM), measured inside the page. Prefetched: the link was hovered
 * and its data loaded first; cold: the click is the first the app hears of it.
 */
export async function navigationTime(
  browser: Browser,
  storyUrl: string,
  prefetched: boolean,
  runs = 10,
): Promise<number> {
  const page = await browser.newPage();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(storyUrl, { waitUntil: 'networkidle' });
    const link = page.locator('.story-nav__next a');
    const headline = (await link.textContent())!;
    if (prefetched) {
      await link.hover();
      await page.waitForLoadState('networkidle');
    }
    times.push(
      await page.evaluate(
        (expected) =>
          new Promise<number>((resolve) => {
            const anchor = document.querySelector<HTMLAnchorElement>('.story-nav__next a')!;
            let start = 0;
            const observer = new MutationObserver(() => {
              if (document.querySelector('h1')?.textContent !== expected) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            start = performance.now();
            anchor.click();
          }),
        headline,
      ),
    );
  }
  await page.close();
  return median(times);
}
