import type { LivePoll } from '../data/documents';

/** How often a live page asks for news at first, and the longest it waits once nothing changes. */
export const POLL_FIRST_MS = 15_000;
export const POLL_LONGEST_MS = 120_000;

declare global {
  interface Window {
    /** Tests set these before the page loads, to poll faster than a reader's page would. */
    dispatchLivePoll?: { firstMs: number; longestMs: number };
  }
}

/** The first and the longest interval: the page's own, unless a test has set them. */
export const intervals = (): { firstMs: number; longestMs: number } =>
  (typeof window !== 'undefined' && window.dispatchLivePoll) || { firstMs: POLL_FIRST_MS, longestMs: POLL_LONGEST_MS };

/**
 * The wait before the next poll: back to the first interval when something changed, else half as
 * long again as the last one, up to the longest (a page left open all day costs little).
 */
export function nextInterval(last: number, changed: boolean, { firstMs, longestMs } = intervals()): number {
  if (changed) return firstMs;
  return Math.min(Math.round(last * 1.5), Math.max(firstMs, longestMs));
}

/** The ids in the poll document that the page has not shown, newest first. */
export function unseenUpdates(poll: Pick<LivePoll, 'latest'>, seen: ReadonlySet<string>): string[] {
  return poll.latest.filter((update) => !seen.has(update.id)).map((update) => update.id);
}

/** A tab's title with the count of updates waiting: "(3) Storm live | Dispatch". */
export function titleWithCount(title: string, count: number, number: (value: number) => string = String): string {
  // In the edition's digits, so any digits, not only 0–9, are an earlier count.
  const bare = title.replace(/^\(\p{Nd}+\) /u, '');
  return count > 0 ? `(${number(count)}) ${bare}` : bare;
}
