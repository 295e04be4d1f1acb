import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, test } from 'vitest';
import { useFirstScreenFirst } from '../../src/lib/useFirstScreenFirst';
import { useHydrated } from '../../src/lib/useHydrated';

/** Renders `path`, recording what the hook answered on each render of the page for `key`. */
function renderPage(path: string, seen: boolean[]) {
  function Page() {
    const whole = useFirstScreenFirst('story-a');
    useEffect(() => {
      seen.push(whole);
    });
    return null;
  }
  function Hydrated() {
    useHydrated();
    return null;
  }
  const router = createMemoryRouter(
    [
      { path: '/', element: <Hydrated /> },
      { path: '/story', element: <Page /> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

test('the pre-rendered page is whole from its first render', () => {
  // Before anything has hydrated, as the pre-renderer and the hydrating browser render it.
  const seen: boolean[] = [];
  function Page() {
    const whole = useFirstScreenFirst('story-a');
    seen.push(whole);
    return null;
  }
  const router = createMemoryRouter([{ path: '/', element: <Page /> }]);
  render(<RouterProvider router={router} />);
  expect(seen[0]).toBe(true);
});

test('after a client navigation the first screen comes first, then the whole page', async () => {
  const seen: boolean[] = [];
  const router = renderPage('/', seen);
  await act(() => router.navigate('/story'));
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(seen[0]).toBe(false);
  expect(seen.at(-1)).toBe(true);
});

test('a link to a place in the page gets the whole page at once', async () => {
  const seen: boolean[] = [];
  const router = renderPage('/', seen);
  await act(() => router.navigate('/story#p-3'));
  expect(seen[0]).toBe(true);
});

test("Back and Forward get the whole page at once, so the browser can restore the reader's place", async () => {
  const seen: boolean[] = [];
  const router = renderPage('/', seen);
  await act(() => router.navigate('/story'));
  await act(() => router.navigate(-1));
  seen.length = 0;
  await act(() => router.navigate(1));
  expect(seen[0]).toBe(true);
});
