import { test as base, expect, type ConsoleMessage, type Page, type Route } from '@playwright/test';

/**
 * Every browser test fails on a console error, an uncaught exception or a CSP violation: a
 * hydration mismatch or a blocked script shows up here before a reader would notice.
 */
export const test = base.extend<{ problems: string[]; failingRequests: boolean }>({
  /** Tests that make requests fail on purpose expect the browser's "Failed to load resource". */
  failingRequests: [false, { option: true }],
  problems: [
    async ({ page, failingRequests }, use) => {
      const problems: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (failingRequests && message.text().startsWith('Failed to load resource')) return;
        if (message.type() === 'error' || /hydrat|Content Security Policy/i.test(message.text())) {
          problems.push(`console ${message.type()}: ${message.text()}`);
        }
      };
      page.on('console', onConsole);
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // CSP violations as the page itself sees them: every document reports each one through a binding.
      await page.exposeBinding('reportCspViolation', (_source, violation: string) =>
        problems.push(`CSP violation: ${violation}`),
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      await use(problems);
      expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Sets a marker on window: if it survives a navigation, the document was not reloaded. It waits
 * for hydration first: the app loads after the first paint, and until it has, links are plain.
 */
export async function markDocument(page: Page): Promise<void> {
  await hydrated(page);
  await page.evaluate(() => {
    (window as unknown as { dispatchMarker: string }).dispatchMarker = 'same document';
  });
}

export async function documentMarker(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { dispatchMarker?: string }).dispatchMarker);
}

/** Waits until React has adopted the pre-rendered page: it tags each element it hydrates. */
export async function hydrated(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber')),
      ),
    )
    .toBe(true);
}

/**
 * Routes the site's data documents. Once the service worker controls the page, it is the one
 * that fetches them, and in Chromium only the context's routes see its requests; a page's do not.
 */
export async function routeData(
  page: Page,
  url: string,
  handler: (route: Route) => Promise<void> | void,
): Promise<void> {
  await page.context().route(url, handler);
}
