import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { markUsed, removeOldVersions } from '../../pipeline/cacheVersions';

const HOUR = 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 4, 12);

/** A cache folder with one folder per version, each last used `hoursAgo` before now. */
function versions(hoursAgo: Record<string, number>): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'cache-versions-'));
  for (const [name, hours] of Object.entries(hoursAgo)) {
    const dir = path.join(parent, name);
    mkdirSync(path.join(dir, 'records'), { recursive: true });
    writeFileSync(path.join(dir, 'records', 'a.json'), '{}');
    const used = new Date(now - hours * HOUR);
    utimesSync(dir, used, used);
  }
  return parent;
}

test('a build keeps its own version and the last other one used, and removes the rest', () => {
  const parent = versions({ current: 300, previous: 5, older: 30, oldest: 900 });
  const current = path.join(parent, 'current');
  markUsed(current, now);
  expect(
    removeOldVersions(current, now)
      .map((dir) => path.basename(dir))
      .sort(),
  ).toEqual(['older', 'oldest']);
  expect(readdirSync(parent).sort()).toEqual(['current', 'previous']);
  expect(existsSync(path.join(current, 'records', 'a.json'))).toBe(true);
});

test('a version used within the hour is left alone: another build may be using it', () => {
  const parent = versions({ current: 0, previous: 0.2, concurrent: 0.5, stale: 2 });
  const current = path.join(parent, 'current');
  expect(removeOldVersions(current, now).map((dir) => path.basename(dir))).toEqual(['stale']);
  expect(readdirSync(parent).sort()).toEqual(['concurrent', 'current', 'previous']);
});

test('marking a version makes it the newest, so the next build with another keeps it', () => {
  const parent = versions({ a: 50, b: 40, c: 30 });
  markUsed(path.join(parent, 'a'), now - 3 * HOUR);
  markUsed(path.join(parent, 'd'), now);
  removeOldVersions(path.join(parent, 'd'), now);
  expect(readdirSync(parent).sort()).toEqual(['a', 'd']);
});
