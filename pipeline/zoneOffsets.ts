import type { ZoneOffsets } from '../src/lib/zoneOffsets.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Minutes east of UTC that `timeZone` shows at `instant`, as Intl (ICU) knows it. */
function offsetAt(format: Intl.DateTimeFormat, instant: number): number {
  const p = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!);
  return Math.round((wall - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

/**
 * The UTC offsets of `timeZone` from `fromYear` to the end of `toYear`, found once at build time so
 * the browser can word a date in the site's time zone without Intl: the first Intl.DateTimeFormat a
 * page makes costs 15–25 ms of main thread while ICU loads its data. Offsets change on whole
 * minutes; each change is found to the minute by bisecting the day it happens in.
 */
export function zoneOffsets(timeZone: string, fromYear = 2000, toYear = 2060): ZoneOffsets {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const from = Date.UTC(fromYear, 0, 1);
  const until = Date.UTC(toYear + 1, 0, 1);
  const changes: [number, number][] = [[from, offsetAt(format, from)]];
  for (let day = from; day < until; day += DAY) {
    const next = Math.min(day + DAY, until);
    const before = changes[changes.length - 1]![1];
    if (offsetAt(format, next) === before) continue;
    // The last minute still at the old offset is in [low, high).
    let low = day;
    let high = next;
    while (high - low > MINUTE) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(format, mid) === before) low = mid;
      else high = mid;
    }
    changes.push([high, offsetAt(format, high)]);
  }
  return { timeZone, until, changes };
}
