import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library only unmounts by itself when the runner exposes globals, which ours does not.
afterEach(() => {
  cleanup();
});
