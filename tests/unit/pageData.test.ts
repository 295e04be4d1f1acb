import { expect, test } from 'vitest';
import { readPageData, withDocuments } from '../../src/app/pageData';
import type { ListPage, MessagesDocument, StoryPage } from '../../src/data/documents';
import { renderDocument } from '../../src/entry-server';
import { listDataPath, messagesDataPath, storyDataPath } from '../../src/site/paths';
import { testAssets } from '../support/pageAssets';
import { sampleContent, sampleDocument } from '../support/renderWithRouter';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** How often a text appears in the HTML, as React escapes text (or as JSON would carry it, unescaped). */
const occurrences = (html: string, text: string) => {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#x27;')
    .replace(/"/g, '&quot;');
  return html.split(escaped).length - 1 + (escaped === text ? 0 : html.split(text).length - 1);
};

test('a story page carries its story once: rendered, and the page data names the documents instead of repeating them', async () => {
  const { slug } = sampleContent().index.entries[0]!.summary;
  const page = sampleDocument(storyDataPath(slug)) as StoryPage;
  const html = await renderDocument({ kind: 'story', page }, testAssets);
  // The last plain paragraph: the first may be the page's description too.
  const paragraph = page.story.body
    .map((block) => (block.type === 'paragraph' && typeof block.text === 'string' ? block.text : null))
    .findLast((text) => text !== null)!;
  expect(occurrences(html, paragraph)).toBe(1);

  // Every query of the page data is a document named by its path, the interface's catalogue too:
  // none carries its data.
  const data = readPageData(parse(html))!;
  expect(data.query.queries.map((query) => [query.meta?.documentPath, query.state.data])).toEqual([
    [storyDataPath(slug), undefined],
    [messagesDataPath('en'), undefined],
  ]);
  const catalogue = sampleDocument(messagesDataPath('en')) as MessagesDocument;
  expect(occurrences(html, catalogue.messages['footer.front'] as string)).toBe(1);

  // The browser loads them from those paths and has the cache exactly as the page was rendered with.
  const loaded: string[] = [];
  const filled = await withDocuments(data.query, async (path) => {
    loaded.push(path);
    return sampleDocument(path);
  });
  expect(loaded).toEqual([storyDataPath(slug), messagesDataPath('en')]);
  expect(filled.queries.map((query) => query.state.data)).toEqual([page, catalogue]);
});

test('a list page names its list document the same way, and carries nothing the browser makes from it', async () => {
  const page = sampleDocument(listDataPath(null, 1)) as ListPage;
  const html = await renderDocument({ kind: 'list', page }, testAssets);
  const data = readPageData(parse(html))!;
  const documents = data.query.queries.filter((query) => query.meta?.documentPath !== undefined);
  expect(documents.map((query) => [query.meta?.documentPath, query.state.data])).toEqual([
    [listDataPath(null, 1), undefined],
    [messagesDataPath('en'), undefined],
  ]);
  // The live notices' copy of the front page is made again in the browser, from this one.
  expect(data.query.queries.map((query) => query.queryKey[0])).not.toContain('latest-front');
  expect(occurrences(html, page.stories[0]!.headline)).toBe(1);
});

test('a failed document fails the whole hydration, so the page is left as rendered', async () => {
  const { slug } = sampleContent().index.entries[0]!.summary;
  const html = await renderDocument(
    { kind: 'story', page: sampleDocument(storyDataPath(slug)) as StoryPage },
    testAssets,
  );
  const data = readPageData(parse(html))!;
  await expect(withDocuments(data.query, () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
});
