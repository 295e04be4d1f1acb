import { afterEach, expect, test, vi } from 'vitest';
import { isSlug } from '../../src/data/safeValues';
import { storedList } from '../../src/lib/storedList';

/** Checks at once, as the dismissed-news list does. */
const slugs = (stored: unknown): string[] => (Array.isArray(stored) && stored.every(isSlug) ? stored : []);
/** Answers later, as the saved-stories list does (its check runs in the content worker). */
const slugsLater = async (stored: unknown) => slugs(stored);

afterEach(() => localStorage.clear());

test('a stored list reads back what was written, and tells its listeners', () => {
  const list = storedList('test:slugs', slugs);
  const listener = vi.fn();
  const unsubscribe = list.subscribe(listener);
  expect(list.read()).toEqual([]);
  list.write(['harbour', 'quay']);
  expect(list.read()).toEqual(['harbour', 'quay']);
  expect(listener).toHaveBeenCalledTimes(1);
  unsubscribe();
});

test('nothing stored reads as an empty list at once, without running the check', () => {
  const check = vi.fn(slugsLater);
  const list = storedList('test:slugs', check);
  expect(list.read()).toEqual([]);
  expect(check).not.toHaveBeenCalled();
});

test('a check that answers at once gives the list at once', () => {
  localStorage.setItem('test:slugs', '["harbour"]');
  expect(storedList('test:slugs', slugs).read()).toEqual(['harbour']);
});

test('a check that answers later reads as null until then, then the list, and listeners hear of it', async () => {
  localStorage.setItem('test:slugs', '["harbour"]');
  const list = storedList('test:slugs', slugsLater);
  const listener = vi.fn();
  list.subscribe(listener);
  expect(list.read()).toBeNull();
  expect(await list.load()).toEqual(['harbour']);
  expect(list.read()).toEqual(['harbour']);
  expect(listener).toHaveBeenCalledTimes(1);
});

test('the same array comes back until the stored text changes, as useSyncExternalStore needs', async () => {
  for (const check of [slugs, slugsLater]) {
    const list = storedList('test:slugs', check);
    list.write(['harbour']);
    expect(list.read()).toBe(list.read());
    localStorage.setItem('test:slugs', '["quay"]');
    expect(await list.load()).toEqual(['quay']);
    expect(list.read()).toBe(list.read());
  }
});

test('damaged or foreign data in storage reads as an empty list, never as a crash', async () => {
  for (const check of [slugs, slugsLater]) {
    const list = storedList('test:slugs', check);
    localStorage.setItem('test:slugs', '{"not": "a list"');
    expect(await list.load()).toEqual([]);
    localStorage.setItem('test:slugs', '["<script>", 42]');
    expect(await list.load()).toEqual([]);
  }
});

test('a write while the stored list is being checked wins over it', async () => {
  localStorage.setItem('test:slugs', '["harbour"]');
  const list = storedList('test:slugs', slugsLater);
  expect(list.read()).toBeNull();
  list.write(['quay']);
  await list.load();
  await new Promise((resolve) => setTimeout(resolve));
  expect(list.read()).toEqual(['quay']);
});

test('when the check cannot run, the list stays unknown rather than empty, and the next read tries again', async () => {
  localStorage.setItem('test:slugs', '["harbour"]');
  const check = vi.fn(slugsLater).mockRejectedValueOnce(new Error('offline'));
  const list = storedList('test:slugs', check);
  expect(list.read()).toBeNull();
  await expect(list.load()).rejects.toThrow('offline');
  expect(list.read()).toBeNull();
  expect(await list.load()).toEqual(['harbour']);
  expect(check).toHaveBeenCalledTimes(2);
});

test('a change made in another tab reaches the listeners', () => {
  const list = storedList('test:slugs', slugs);
  const listener = vi.fn();
  list.subscribe(listener);
  window.dispatchEvent(new StorageEvent('storage', { key: 'test:slugs' }));
  window.dispatchEvent(new StorageEvent('storage', { key: 'another:key' }));
  expect(listener).toHaveBeenCalledTimes(1);
});
