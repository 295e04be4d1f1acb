import { site } from '../site/config';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Making a formatter is slow (the build renders thousands of dates): one per time zone, reused.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

// Only numbers come from Intl: ICU versions word dates differently in Node and in browsers, and
// the pre-rendered text must match what the browser renders when it hydrates.
function parts(iso: string, timeZone: string): Record<string, string> {
  return Object.fromEntries(formatter(timeZone).formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
}

/** "24 November 2026, 18:42 UTC", in the site's time zone. */
export function formatDateTime(iso: string, timeZone: string = site.timeZone): string {
  const p = parts(iso, timeZone);
  return `${Number(p.day)} ${MONTHS[Number(p.month) - 1]} ${p.year}, ${p.hour}:${p.minute} ${timeZone === 'UTC' ? 'UTC' : timeZone.split('/').pop()!.replace(/_/g, ' ')}`;
}

/** "24 November 2026". */
export function formatDate(iso: string, timeZone: string = site.timeZone): string {
  const p = parts(iso, timeZone);
  return `${Number(p.day)} ${MONTHS[Number(p.month) - 1]} ${p.year}`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 hours ago"; null for anything over a week old, where the date says more. */
export function formatRelative(iso: string, now: number): string | null {
  const elapsed = now - Date.parse(iso);
  if (elapsed < 0 || elapsed > 7 * 86_400_000) return null;
  if (elapsed < 60_000) return 'just now';
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const [unit, size] = UNITS.find(([, size]) => elapsed >= size)!;
  return format.format(-Math.floor(elapsed / size), unit);
}
