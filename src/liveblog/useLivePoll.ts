import { useEffect, useRef } from 'react';
import { DOCUMENT_FORMAT, type LivePoll, type PublishedUpdate, type StoryPage } from '../data/documents';
import { fetchDocument } from '../data/fetchDocument';
import { documentUrl, storyDataPath } from '../site/paths';
import { livePollDataPath } from './livePaths';
import { intervals, nextInterval, unseenUpdates } from './livePolling';

interface LivePollOptions {
  slug: string;
  enabled: boolean;
  /** The ids of the updates the page holds, shown or waiting to be. */
  seen: () => ReadonlySet<string>;
  /** Updates the page has not seen, newest first. */
  onUpdates: (updates: PublishedUpdate[]) => void;
  onEnded: () => void;
}

/**
 * Polls the story's small poll document while the tab is visible. It asks with the ETag of the
 * last answer (If-None-Match), so an unchanged document is a 304 without a body; only when it
 * names updates the page has not seen does it fetch the story's document for them. It waits half
 * as long again after each unchanged answer, stops while the tab is hidden (and asks at once when
 * it is shown again), and stops for good when the story has ended.
 */
export function useLivePoll({ slug, enabled, seen, onUpdates, onEnded }: LivePollOptions): void {
  const callbacks = useRef({ seen, onUpdates, onEnded });
  callbacks.current = { seen, onUpdates, onEnded };
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const { signal } = controller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let etag: string | null = null;
    let interval = intervals().firstMs;
    let ended = false;
    const schedule = (ms: number) => {
      clearTimeout(timer);
      if (!ended && !document.hidden && !signal.aborted) timer = setTimeout(poll, ms);
    };
    async function poll() {
      let changed = false;
      try {
        const response = await fetch(documentUrl(livePollDataPath(slug)), {
          cache: 'no-store',
          headers: etag ? { 'If-None-Match': etag } : {},
          signal,
        });
        if (response.status === 200) {
          etag = response.headers.get('ETag');
          const latest = (await response.json()) as LivePoll;
          if (latest.format === DOCUMENT_FORMAT) {
            changed = await fetchUnseen(latest);
            if (latest.status === 'ended') {
              ended = true;
              callbacks.current.onEnded();
            }
          }
        }
      } catch {
        // Offline, or the page went away: the next poll tries again.
      }
      interval = nextInterval(interval, changed);
      schedule(interval);
    }
    async function fetchUnseen(latest: LivePoll): Promise<boolean> {
      const { seen, onUpdates } = callbacks.current;
      if (unseenUpdates(latest, seen()).length === 0) return false;
      const page = await fetchDocument<StoryPage>(documentUrl(storyDataPath(slug)), { signal, cache: 'no-cache' });
      const known = callbacks.current.seen();
      const fresh = (page.live?.updates ?? []).filter((update) => !known.has(update.id));
      if (fresh.length > 0) onUpdates(fresh);
      return fresh.length > 0;
    }
    const onVisibility = () => {
      if (document.hidden) clearTimeout(timer);
      else schedule(0);
    };
    document.addEventListener('visibilitychange', onVisibility);
    schedule(interval);
    return () => {
      controller.abort();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [slug, enabled]);
}
