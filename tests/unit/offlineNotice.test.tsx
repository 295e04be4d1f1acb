import { screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { FROM_CACHE_HEADER } from '../../src/offline/offlineCaches';
import { renderWithRouter, serveContent, stubFetch } from '../support/renderWithRouter';

const serve = serveContent();
const notice = () => document.querySelector('.offline-notice');

afterEach(() => {
  vi.restoreAllMocks();
});

/** The sample site, every document answered as the service worker answers one it kept. */
const keptCopies = async (path: string) => {
  const response = await serve(path);
  const headers = new Headers(response.headers);
  headers.set(FROM_CACHE_HEADER, '1');
  return new Response(response.body, { status: response.status, headers });
};

test('a page shown from the worker’s kept copy says it is offline, even where navigator.onLine says online', async () => {
  expect(navigator.onLine).toBe(true);
  stubFetch(keptCopies);
  const { router } = renderWithRouter('/');
  expect(await screen.findByText('You are offline — showing saved stories')).toBeVisible();

  // The network answers again: the next document comes from it, and the notice goes.
  stubFetch(serve);
  await router.navigate('/sections/politics/');
  await vi.waitFor(() => expect(notice()?.textContent).toBe(''));
});

test('a document that cannot reach the network says so too', async () => {
  stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
  renderWithRouter('/');
  expect(await screen.findByText('You are offline — showing saved stories')).toBeVisible();
});
