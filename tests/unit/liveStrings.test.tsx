import { act, render } from '@testing-library/react';
import { expect, test } from 'vitest';
import { olderPageDocument, withNewestPage } from '../../pipeline/liveDocuments.ts';
import { publishStory } from '../../pipeline/publishStory.ts';
import { standalonePage } from '../../src/data/documents';
import { storySchema } from '../../src/data/schema';
import type { Catalogue, Message } from '../../src/i18n/messages';
import { en } from '../../src/i18n/messages/en';
import { EditionContext, registerCatalogue } from '../../src/i18n/useMessages';
import { LiveBlog, LiveKicker, liveHead } from '../../src/liveblog/LiveBlog';
import { mainEdition } from '../../src/site/config';
import { editionByKey } from '../../src/site/editions';
import { storyHead } from '../../src/site/head';

/**
 * A catalogue whose every message is its key in brackets, with its placeholders: text the live
 * page shows that is not in brackets (and not the story's own, in «») came from no catalogue.
 */
const marked = (key: string, message: Message): Message => {
  const wrap = (text: string) => `⟦${key}${[...text.matchAll(/\{\w+\}/g)].map((m) => ` ${m[0]}`).join('')}⟧`;
  return typeof message === 'string'
    ? wrap(message)
    : {
        ...Object.fromEntries(Object.entries(message).map(([form, text]) => [form, wrap(text ?? '')])),
        other: wrap(message.other),
      };
};
const pseudo = Object.fromEntries(
  Object.entries(en).map(([key, message]) => [key, marked(key, message)]),
) as unknown as Catalogue;
registerCatalogue('pseudo', pseudo);
const edition = { ...mainEdition, key: 'pseudo', messages: 'pseudo' };

const START = Date.parse('2026-11-28T06:00:00Z');
const story = publishStory(
  storySchema.parse({
    version: 1,
    slug: 'storm-live',
    headline: '«Storm live»',
    section: 'world',
    published: '2026-11-28T06:00:00Z',
    body: [{ type: 'paragraph', text: '«Rolling coverage.»' }],
    live: {
      status: 'ended',
      pinned: 'u0',
      summary: ['«The river peaked overnight»'],
      updates: Array.from({ length: 45 }, (_, n) => ({
        id: `u${n}`,
        published: new Date(START + n * 60_000).toISOString(),
        keyEvent: n % 10 === 5,
        ...(n % 3 === 0 && { title: `«Title ${n}»` }),
        // The pinned post is long enough to fold.
        body: Array.from({ length: n === 0 ? 4 : 1 }, (_, i) => ({ type: 'paragraph', text: `«Update ${n}.${i}»` })),
      })),
    },
  }),
);
const clocks = story.live!.updates.map((update) => update.clock);

/** Text without the catalogue's messages (one may hold another: "share on ⟦the update at …⟧") and the story's words. */
function withoutMessages(text: string): string {
  let rest = text.replace(/«[^»]*»/g, ' ');
  for (const clock of clocks) rest = rest.replaceAll(clock, ' ');
  while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  return rest;
}

/** What a reader sees or hears that is neither a catalogue's message nor the story's own words. */
function uncatalogued(root: HTMLElement): string {
  for (const hidden of root.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  const labels = [...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label'));
  return withoutMessages([root.textContent, ...labels].join(' ')).trim();
}

test.each([
  ['the story’s address', withNewestPage(standalonePage(story))],
  ['an older page', olderPageDocument(story, 1)],
])('every word %s shows of its live coverage comes from the catalogue', async (_, page) => {
  const { container } = render(
    <EditionContext value={edition}>
      <LiveKicker />
      <LiveBlog page={page as Parameters<typeof LiveBlog>[0]['page']} />
    </EditionContext>,
  );
  // After hydration: "3 minutes ago" beside each update.
  await act(async () => {});
  expect(container.querySelector('.live-update')).not.toBeNull();
  expect(uncatalogued(container)).toBe('');
});

test('an older page’s title is worded by its edition’s catalogue', () => {
  // The head takes its edition from the story: one of the site's, its catalogue replaced.
  const ja = editionByKey('ja');
  registerCatalogue(ja.messages, pseudo);
  const older = olderPageDocument({ ...story, edition: ja.key }, 1);
  const head = liveHead(storyHead(older.story), older.story, older.live!);
  expect(withoutMessages(head.title)).toBe(`  | ${ja.name}`);
});
