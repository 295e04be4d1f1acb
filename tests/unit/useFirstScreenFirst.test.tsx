import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { expect, test } from 'vitest';
import { useFirstScreenFirst } from '../../src/lib/useFirstScreenFirst';
import { useHydrated } from '../../src/lib/useHydrated';

/** Records what the hook answered on each committed render. */
function Page({ seen }: { seen: boolean[] }) {
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

/** The app after it has hydrated its first page, `/`. */
function renderApp(seen: boolean[]) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <Hydrated /> },
      { path: '/story', element: <Page seen={seen} /> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

test('the pre-rendered page is whole from its first render', () => {
  // Before anything has hydrated, as the pre-renderer and the hydrating browser render it.
  const seen: boolean[] = [];
  const router = createMemoryRouter([{ path: '/', element: <Page seen={seen} /> }]);
  render(<RouterProvider router={router} />);
  expect(seen[0]).toBe(true);
});

test('after a client navigation the first screen comes first, then the whole page after that frame', async () => {
  const seen: boolean[] = [];
  const router = renderApp(seen);
  await act(() => router.navigate('/story'));
  expect(seen).toEqual([false]);
  // Not before the frame that paints the first screen: the rest must not hold it back.
  await act(() => new Promise((resolve) => setTimeout(resolve)));
  expect(seen).toEqual([false]);
  await act(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  expect(seen.at(-1)).toBe(true);
});

test('a link to a place in the page gets the whole page at once', async () => {
  const seen: boolean[] = [];
  const router = renderApp(seen);
  await act(() => router.navigate('/story#p-3'));
  expect(seen[0]).toBe(true);
});

test("Back and Forward get the whole page at once, so the browser can restore the reader's place", async () => {
  const seen: boolean[] = [];
  const router = renderApp(seen);
  await act(() => router.navigate('/story'));
  await act(() => router.navigate(-1));
  seen.length = 0;
  await act(() => router.navigate(1));
  expect(seen[0]).toBe(true);
});
