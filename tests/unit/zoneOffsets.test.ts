import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { zoneOffsets } from '../../pipeline/zoneOffsets';
import { offsetFromTable } from '../../src/lib/zoneOffsets';

/** The offset Intl gives, the reference the table must agree with. */
function intlOffset(timeZone: string, instant: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(name)!;
  return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

const from = Date.UTC(2000, 0, 1);
const until = Date.UTC(2061, 0, 1);

describe.each(['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Sao_Paulo'])(
  '%s',
  (timeZone) => {
    const table = zoneOffsets(timeZone);

    test('agrees with Intl at any instant from 2000 to 2060', () => {
      fc.assert(
        fc.property(fc.integer({ min: from, max: until - 1 }), (instant) => {
          expect(offsetFromTable(table, instant)).toBe(intlOffset(timeZone, instant));
        }),
        { numRuns: 500 },
      );
    });

    test('agrees with Intl on either side of every change, to the minute', () => {
      for (const [instant, offset] of table.changes.slice(1)) {
        expect(offsetFromTable(table, instant)).toBe(offset);
        expect(offsetFromTable(table, instant)).toBe(intlOffset(timeZone, instant));
        expect(offsetFromTable(table, instant - 60_000)).toBe(intlOffset(timeZone, instant - 60_000));
      }
    });
  },
);

test('London moves to summer time at 01:00 UTC on the last Sunday of March', () => {
  const table = zoneOffsets('Europe/London');
  expect(offsetFromTable(table, Date.parse('2026-03-29T00:59:00Z'))).toBe(0);
  expect(offsetFromTable(table, Date.parse('2026-03-29T01:00:00Z'))).toBe(60);
});

test('outside the years it covers the table does not answer', () => {
  const table = zoneOffsets('Europe/London');
  expect(offsetFromTable(table, from - 1)).toBeNull();
  expect(offsetFromTable(table, until)).toBeNull();
  expect(offsetFromTable(table, from)).toBe(0);
});
