import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
// Components read their catalogue from the registry the pre-renderer fills: all of them, here.
import '../../src/i18n/allCatalogues';

// findBy… waits up to a second by default; test files run in parallel on two cores, so allow more.
configure({ asyncUtilTimeout: 5_000 });

// Testing Library only unmounts by itself when the runner exposes globals, which ours does not.
afterEach(() => {
  cleanup();
});

// jsdom has no layout, so it cannot scroll; React Router's ScrollRestoration calls this on every page.
// (Tests that ask for `@vitest-environment node` have no window at all.)
if (typeof window !== 'undefined') window.scrollTo = () => {};
