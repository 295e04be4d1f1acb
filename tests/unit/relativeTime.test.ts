import { describe, expect, test } from 'vitest';
import { englishTranslator } from '../../src/i18n/allCatalogues';
import { formatRelative as relative } from '../../src/lib/relativeTime';

const formatRelative = (iso: string, now: number) => relative(iso, now, englishTranslator.t);

describe('formatRelative', () => {
  const published = '2026-11-24T18:42:00Z';
  const now = Date.parse(published);
  const minute = 60_000;
  const hour = 60 * minute;
  const day = 24 * hour;

  test.each([
    [0, 'just now'],
    [59_999, 'just now'],
    [minute, '1 minute ago'],
    [59 * minute + 59_999, '59 minutes ago'],
    [hour, '1 hour ago'],
    [3 * hour + 30 * minute, '3 hours ago'],
    [day, 'yesterday'],
    [2 * day + 5 * hour, '2 days ago'],
    [7 * day, '7 days ago'],
  ])('%i ms after publication: %s', (elapsed, expected) => {
    expect(formatRelative(published, now + elapsed)).toBe(expected);
  });

  test('says nothing of a story more than a week old, or from the future', () => {
    expect(formatRelative(published, now + 7 * day + 1)).toBeNull();
    expect(formatRelative(published, now - 1)).toBeNull();
  });
});

test('formatRelative words every elapsed time as Intl.RelativeTimeFormat does in English', () => {
  const published = '2026-11-24T18:42:00Z';
  const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (let minutes = 1; minutes <= 7 * 24 * 60; minutes += 7) {
    const elapsed = minutes * 60_000;
    const [unit, size] =
      elapsed >= 86_400_000
        ? (['day', 86_400_000] as const)
        : elapsed >= 3_600_000
          ? (['hour', 3_600_000] as const)
          : (['minute', 60_000] as const);
    expect(formatRelative(published, Date.parse(published) + elapsed)).toBe(
      intl.format(-Math.floor(elapsed / size), unit),
    );
  }
});
