import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderPage } from '../../src/entry-server';
import { site } from '../../src/site/config';
import { liveHead } from '../../src/liveblog/liveHead';
import { storyHead } from '../../src/site/head';
import { absoluteUrl, storyPath } from '../../src/site/paths';
import { renderWithRouter, sampleContent, sampleDocument, stubFetch } from '../support/renderWithRouter';
import type { StoryPage } from '../../src/data/documents';

const newest = () => sampleContent().index.entries[0]!.summary;
const canonical = () => document.head.querySelector('link[rel="canonical"]')?.getAttribute('href');

// A whole client navigation, lazy chunks included: slow on a loaded machine, never a timing check.
test('a story route decides its head once: the pre-renderer and a client navigation write the same', {
  timeout: 30_000,
}, async () => {
  const { slug } = newest();
  const page = sampleDocument(`data/stories/${slug}.json`) as StoryPage;
  const { head } = await renderPage({ kind: 'story', page });
  // The newest sample is live coverage: its head is the story's, with what a live page says of itself.
  const story = storyHead(page.story, page.translations);
  expect(head).toEqual(page.live ? liveHead(story, page.story, page.live) : story);

  stubFetch();
  const { user } = renderWithRouter('/');
  await user.click(await screen.findByRole('link', { name: page.story.headline }));
  await screen.findByRole('heading', { level: 1, name: page.story.headline });
  await waitFor(() => expect(document.title).toBe(head.title));
  expect(canonical()).toBe(absoluteUrl(storyPath(slug)));
  expect(document.head.querySelector('script[type="application/ld+json"]')?.textContent).toContain(
    JSON.stringify(page.story.headline),
  );
});

test('a story that does not exist gets the 404 head, with no canonical URL', async () => {
  stubFetch();
  renderWithRouter('/stories/no-such-story/');
  await screen.findByRole('heading', { level: 1, name: 'Page not found' });
  await waitFor(() => expect(document.title).toBe(`Page not found | ${site.name}`));
  expect(canonical()).toBeUndefined();
  expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
});

test('a story that fails to load gets the error head', async () => {
  stubFetch(() => new Response('down', { status: 503 }));
  renderWithRouter(`/stories/${newest().slug}/`);
  await screen.findByRole('heading', { level: 1, name: 'Could not load this page' });
  await waitFor(() => expect(document.title).toBe(`Could not load this page | ${site.name}`));
});

test('pages without a document of their own declare theirs too', async () => {
  expect((await renderPage({ kind: 'saved' })).head.title).toBe(`Saved stories | ${site.name}`);
  expect((await renderPage({ kind: 'not-found' })).head.title).toBe(`Page not found | ${site.name}`);
  expect((await renderPage({ kind: 'not-found' })).pageData).toBeNull();
});

test('the same content renders the same page, whenever it is built', async () => {
  const page = sampleDocument(`data/stories/${newest().slug}.json`) as StoryPage;
  const first = await renderPage({ kind: 'story', page });
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(JSON.stringify(await renderPage({ kind: 'story', page }))).toBe(JSON.stringify(first));
});
