import { screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { DOCUMENT_FORMAT } from '../../src/data/documents';
import { renderWithRouter, sampleDocument, serveContent, stubFetch } from '../support/renderWithRouter';

const reload = vi.hoisted(() => vi.fn());

// jsdom cannot load a page: the full page load is this spy, with the real once-per-address guard.
vi.mock('../../src/app/newVersion', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/app/newVersion')>();
  return { ...original, loadNewVersion: () => original.loadNewVersion(reload) };
});

const SLUG = 'fennwick-council-approves-four-day-week';
const storyPath = `data/stories/${SLUG}.json`;
const serve = serveContent();
/** The story as a later deploy would write it, in a format this app does not read. */
const newer = () => Response.json({ ...(sampleDocument(storyPath) as object), format: DOCUMENT_FORMAT + 1 });

afterEach(() => {
  sessionStorage.clear();
  reload.mockReset();
});

/** Goes from the front page to the story, as a reader does, so the story's document is fetched. */
async function openStory() {
  const rendered = renderWithRouter('/');
  await screen.findByRole('heading', { level: 1 });
  await rendered.router.navigate(`/stories/${SLUG}/`);
  return rendered;
}

test('a document of a newer format loads the page afresh, once', async () => {
  const fetch = stubFetch((dataPath, init) => (dataPath === storyPath ? newer() : serve(dataPath, init)));
  await openStory();
  expect(await screen.findByText('Loading the new version of the site…')).toHaveAttribute('role', 'status');
  expect(reload).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('alert')).toBeNull();
  // Asked for once more from the network before that, in case the first was an old copy.
  expect(fetch.mock.calls.filter(([url]) => url === `/${storyPath}`)).toHaveLength(2);
});

test('still outdated right after that load: the error view, whose button loads the new version', async () => {
  stubFetch((dataPath, init) => (dataPath === storyPath ? newer() : serve(dataPath, init)));
  const first = await openStory();
  await screen.findByText('Loading the new version of the site…');
  first.unmount();

  // The page as it comes back from that load, still given the newer document.
  const { user } = await openStory();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The site has been updated since this page was opened.');
  expect(reload).toHaveBeenCalledTimes(1);
  await user.click(within(alert).getByRole('button', { name: 'Load the new version' }));
  expect(reload).toHaveBeenCalledTimes(2);
});

test('an address loaded afresh long ago loads afresh again by itself', async () => {
  vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-21T10:00:00Z'));
  stubFetch((dataPath, init) => (dataPath === storyPath ? newer() : serve(dataPath, init)));
  const first = await openStory();
  await screen.findByText('Loading the new version of the site…');
  first.unmount();

  vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-21T11:00:00Z'));
  await openStory();
  await screen.findByText('Loading the new version of the site…');
  expect(reload).toHaveBeenCalledTimes(2);
});
