import { expect, hydrated, test } from '../support/browserFixtures';

/**
 * The first Intl formatter a page makes loads the browser's locale data: 30–40 ms of main thread
 * here, a long task on a phone, in the middle of hydration (src/i18n/digits.ts). The build words
 * every date and finds each edition's digits, so loading a page makes none. Plural rules cost
 * nothing like that and are left alone.
 */
const pages = {
  'the front page': '/',
  'a story': '/stories/defense-secretary-troops-not-withdrawing-iraq/',
  'an Arabic story': '/stories/wardan-solar-desalination-plan/',
  'a live story': '/stories/storm-oriel-corran-valley-live/',
  'a story with a video, an embed and a table': '/stories/marrow-bay-first-winter-of-retreat/',
};

for (const [name, path] of Object.entries(pages)) {
  test(`${name} makes no Intl formatter while it loads and hydrates`, async ({ page }) => {
    await page.addInitScript(() => {
      const made: string[] = [];
      (window as unknown as { intlMade: string[] }).intlMade = made;
      for (const name of [
        'NumberFormat',
        'DateTimeFormat',
        'RelativeTimeFormat',
        'Collator',
        'Segmenter',
        'ListFormat',
        'DisplayNames',
      ] as const) {
        const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
        (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
          construct(target, args) {
            made.push(`${name}(${JSON.stringify(args)})`);
            return Reflect.construct(target, args);
          },
        });
      }
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade)).toEqual([]);
  });
}
