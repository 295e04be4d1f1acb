const UNITS: [unit: string, size: number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "3 hours ago"; null for anything over a week old, where the date says more. Worded by hand, as
 * Intl.RelativeTimeFormat would word it in English: making one costs a phone 60 ms of main thread.
 */
export function formatRelative(iso: string, now: number): string | null {
  const elapsed = now - Date.parse(iso);
  if (elapsed < 0 || elapsed > 7 * 86_400_000) return null;
  if (elapsed < 60_000) return 'just now';
  const [unit, size] = UNITS.find(([, size]) => elapsed >= size)!;
  const count = Math.floor(elapsed / size);
  if (unit === 'day' && count === 1) return 'yesterday';
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}
