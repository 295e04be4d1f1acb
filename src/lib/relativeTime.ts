import type { MessageKey, Translator } from '../i18n/messages';

const UNITS: [unit: MessageKey, size: number][] = [
  ['time.daysAgo', 86_400_000],
  ['time.hoursAgo', 3_600_000],
  ['time.minutesAgo', 60_000],
];

/**
 * "3 hours ago"; null for anything over a week old, where the date says more. Worded from the page's
 * catalogue (as Intl.RelativeTimeFormat would word it): making one of those costs a phone 60 ms of
 * main thread.
 */
export function formatRelative(iso: string, now: number, t: Translator['t']): string | null {
  const elapsed = now - Date.parse(iso);
  if (elapsed < 0 || elapsed > 7 * 86_400_000) return null;
  if (elapsed < 60_000) return t('time.justNow');
  const [unit, size] = UNITS.find(([, size]) => elapsed >= size)!;
  const count = Math.floor(elapsed / size);
  if (unit === 'time.daysAgo' && count === 1) return t('time.yesterday');
  return t(unit, { count });
}
