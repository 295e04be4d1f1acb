import { site } from '../site/config';
import { offsetFromTable, type ZoneOffsets } from './zoneOffsets';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

declare const __DISPATCH_ZONE_OFFSETS__: ZoneOffsets | undefined;

/** The site time zone's offsets, worked out by the build (vite.config.ts); absent outside Vite. */
const siteZone = typeof __DISPATCH_ZONE_OFFSETS__ === 'undefined' ? undefined : __DISPATCH_ZONE_OFFSETS__;

// Making a formatter is slow (15–25 ms in a browser, the first time, while ICU loads): one per
// time zone, made only for a zone or a date the build's table does not cover.
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

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function offsetMinutes(instant: number, timeZone: string): number | null {
  if (timeZone === 'UTC') return 0;
  return siteZone?.timeZone === timeZone ? offsetFromTable(siteZone, instant) : null;
}

// Only numbers come from Intl: ICU versions word dates differently in Node and in browsers, and
// the pre-rendered text must match what the browser renders when it hydrates.
function wallClock(iso: string, timeZone: string): WallClock {
  const instant = Date.parse(iso);
  const offset = offsetMinutes(instant, timeZone);
  if (offset !== null) {
    const wall = new Date(instant + offset * 60_000);
    return {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
    };
  }
  const p = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute! };
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "24 November 2026, 18:42 UTC", in the site's time zone. */
export function formatDateTime(iso: string, timeZone: string = site.timeZone): string {
  const t = wallClock(iso, timeZone);
  const zone = timeZone === 'UTC' ? 'UTC' : timeZone.split('/').pop()!.replace(/_/g, ' ');
  return `${t.day} ${MONTHS[t.month - 1]} ${t.year}, ${twoDigits(t.hour)}:${twoDigits(t.minute)} ${zone}`;
}

/** "24 November 2026". */
export function formatDate(iso: string, timeZone: string = site.timeZone): string {
  const t = wallClock(iso, timeZone);
  return `${t.day} ${MONTHS[t.month - 1]} ${t.year}`;
}

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
