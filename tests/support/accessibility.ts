import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './browserFixtures';

/** What axe finds against WCAG 2.2 AA on the page as it is now, its fonts in. */
export async function axeViolations(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations;
}

/** One test per theme and screen (a phone, a desktop): `url` hydrated, with no axe violations. */
export function testAccessibleInEveryTheme(url: string): void {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`no axe violations (WCAG 2.2 AA) in ${colorScheme} at ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        await hydrated(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
}
