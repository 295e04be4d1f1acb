// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../src/i18n/messages';
import { ar } from '../../src/i18n/messages/ar';
import {
  livePagination,
  livePoll,
  newestLivePage,
  olderPageCount,
  olderPageDocument,
  UPDATES_PER_PAGE,
} from '../../pipeline/liveDocuments.ts';
import { publishStory } from '../../pipeline/publishStory.ts';
import { storySchema } from '../../src/data/schema.ts';
import { nextInterval, titleWithCount, unseenUpdates, POLL_LONGEST_MS } from '../../src/liveblog/livePolling.ts';

/** A live story with `count` updates a minute apart, every fifth a key event, the first one pinned. */
function liveStory(count: number, status: 'live' | 'ended' = 'live') {
  return publishStory(
    storySchema.parse({
      version: 1,
      slug: 'storm-live',
      headline: 'Storm live',
      section: 'world',
      published: '2026-11-28T06:00:00Z',
      body: [{ type: 'paragraph', text: 'Rolling coverage.' }],
      live: {
        status,
        pinned: 'u0',
        updates: Array.from({ length: count }, (_, n) => ({
          id: `u${n}`,
          published: new Date(Date.parse('2026-11-28T06:00:00Z') + n * 60_000).toISOString(),
          keyEvent: n % 5 === 0,
          body: [{ type: 'paragraph', text: `Update number ${n}.` }],
        })),
      },
    }),
  );
}

const ids = (updates: { id: string }[]) => updates.map((update) => update.id);

describe('pages of updates', () => {
  test('older pages are full pages counted from the oldest; the story shows the rest, never less than a page', () => {
    for (let total = 0; total < 5 * UPDATES_PER_PAGE; total++) {
      const { olderPages, newestFrom } = livePagination(total);
      expect(newestFrom).toBe(olderPages * UPDATES_PER_PAGE);
      const newest = total - newestFrom;
      if (total >= UPDATES_PER_PAGE) expect(newest).toBeGreaterThanOrEqual(UPDATES_PER_PAGE);
      expect(newest).toBeLessThan(2 * UPDATES_PER_PAGE);
    }
  });

  test('an older page keeps its updates as more arrive: its address never shifts', () => {
    const before = liveStory(2 * UPDATES_PER_PAGE + 1);
    const after = liveStory(4 * UPDATES_PER_PAGE + 1);
    expect(olderPageCount(before)).toBe(1);
    expect(olderPageCount(after)).toBe(3);
    expect(ids(olderPageDocument(after, 1).live!.updates)).toEqual(ids(olderPageDocument(before, 1).live!.updates));
  });

  test('every update but the pinned one is on exactly one page, newest first, and the map says which', () => {
    const story = liveStory(57);
    const newest = newestLivePage(story);
    const older = Array.from({ length: olderPageCount(story) }, (_, i) => olderPageDocument(story, i + 1).live!);
    const all = [...newest.updates, ...older.reverse().flatMap((page) => page.updates)];
    expect(ids(all)).toEqual(Array.from({ length: 56 }, (_, n) => `u${56 - n}`));
    expect(newest.pinned?.id).toBe('u0');
    for (const page of older) for (const update of page.updates) expect(newest.pageOf[update.id]).toBe(page.page);
    for (const update of newest.updates) expect(newest.pageOf[update.id]).toBeUndefined();
  });

  test('key events are listed newest first, each with the page it is on', () => {
    const story = liveStory(57);
    const newest = newestLivePage(story);
    expect(ids(newest.keyEvents)).toEqual(['u55', 'u50', 'u45', 'u40', 'u35', 'u30', 'u25', 'u20', 'u15', 'u10', 'u5']);
    for (const event of newest.keyEvents) expect(event.page).toBe(newest.pageOf[event.id] ?? null);
    expect(newest.keyEvents[0]?.title).toBe('Update number 55.');
  });

  test('older pages link to their neighbours; the newest older page links back to the story', () => {
    // The pinned update is on no page: 80 more make three older pages and the newest 20.
    const story = liveStory(4 * UPDATES_PER_PAGE + 1);
    expect(olderPageCount(story)).toBe(3);
    expect(olderPageDocument(story, 1).live).toMatchObject({ page: 1, older: null, newer: 2 });
    expect(olderPageDocument(story, 3).live).toMatchObject({ page: 3, older: 2, newer: null });
    expect(newestLivePage(story)).toMatchObject({ page: null, older: 3, newer: null });
  });

  test('"last updated" is the newest update, at the story and never on an older page', () => {
    const story = liveStory(45);
    expect(newestLivePage(story).lastUpdated).toBe(story.live!.updates.at(-1)!.published);
    expect(olderPageDocument(story, 1).live!.lastUpdated).toBe(story.published);
  });
});

describe('the poll document', () => {
  test('names the status and the newest few updates, in a few hundred bytes', () => {
    const poll = livePoll(liveStory(45, 'ended'));
    expect(poll.status).toBe('ended');
    expect(poll.count).toBe(45);
    expect(poll.latest[0]?.id).toBe('u44');
    expect(JSON.stringify(poll).length).toBeLessThan(500);
  });
});

describe('polling', () => {
  test('waits longer after each unchanged answer, up to a limit, and starts again after news', () => {
    let wait = 1_000;
    const waits: number[] = [];
    for (let i = 0; i < 20; i++) {
      wait = nextInterval(wait, false, { firstMs: 1_000, longestMs: POLL_LONGEST_MS });
      waits.push(wait);
    }
    expect(waits[0]).toBe(1_500);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits.at(-1)).toBe(POLL_LONGEST_MS);
    expect(nextInterval(POLL_LONGEST_MS, true, { firstMs: 1_000, longestMs: POLL_LONGEST_MS })).toBe(1_000);
  });

  test('finds the updates the page has not seen, newest first', () => {
    const poll = {
      latest: [
        { id: 'c', published: '' },
        { id: 'b', published: '' },
        { id: 'a', published: '' },
      ],
    };
    expect(unseenUpdates(poll, new Set(['a']))).toEqual(['c', 'b']);
    expect(unseenUpdates(poll, new Set(['a', 'b', 'c']))).toEqual([]);
  });

  test('counts waiting updates in the tab title, once', () => {
    expect(titleWithCount('Storm live | Dispatch', 2)).toBe('(2) Storm live | Dispatch');
    expect(titleWithCount('(2) Storm live | Dispatch', 3)).toBe('(3) Storm live | Dispatch');
    expect(titleWithCount('(3) Storm live | Dispatch', 0)).toBe('Storm live | Dispatch');
  });

  test("counts in the edition's digits: an edition with Arabic-Indic numerals says (٣)", () => {
    const { number } = createTranslator('ar', ar, 'arab');
    expect(titleWithCount('عاصفة | ديسباتش', 3, number)).toBe('(٣) عاصفة | ديسباتش');
    expect(titleWithCount('(٣) عاصفة | ديسباتش', 12, number)).toBe('(١٢) عاصفة | ديسباتش');
    expect(titleWithCount('(١٢) عاصفة | ديسباتش', 0)).toBe('عاصفة | ديسباتش');
  });
});
