/**
 * A time zone's UTC offsets over a span of years: `changes` holds [instant, minutes east of UTC]
 * pairs in order, each offset in force from its instant until the next; `until` ends the span.
 * The build works it out for the site's time zone (pipeline/zoneOffsets.ts).
 */
export interface ZoneOffsets {
  timeZone: string;
  until: number;
  changes: [number, number][];
}

/** Minutes east of UTC in force at `instant`, or null outside the span the table covers. */
export function offsetFromTable(table: ZoneOffsets, instant: number): number | null {
  const { changes } = table;
  if (changes.length === 0 || instant < changes[0]![0] || instant >= table.until) return null;
  let low = 0;
  let high = changes.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (changes[mid]![0] <= instant) low = mid;
    else high = mid - 1;
  }
  return changes[low]![1];
}
