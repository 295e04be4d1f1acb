import { afterEach, expect, test, vi } from 'vitest';
import { slugSchema } from '../../src/content/schema';
import { storedList } from '../../src/lib/storedList';

afterEach(() => localStorage.clear());

test('a stored list reads back what was written, and tells its listeners', () => {
  const list = storedList('test:slugs', slugSchema);
  const listener = vi.fn();
  const unsubscribe = list.subscribe(listener);
  expect(list.read()).toEqual([]);
  list.write(['harbour', 'quay']);
  expect(list.read()).toEqual(['harbour', 'quay']);
  expect(listener).toHaveBeenCalledTimes(1);
  unsubscribe();
});

test('the same array comes back until the stored text changes, as useSyncExternalStore needs', () => {
  const list = storedList('test:slugs', slugSchema);
  list.write(['harbour']);
  expect(list.read()).toBe(list.read());
  localStorage.setItem('test:slugs', '["quay"]');
  expect(list.read()).toEqual(['quay']);
});

test('damaged or foreign data in storage reads as an empty list, never as a crash', () => {
  const list = storedList('test:slugs', slugSchema);
  localStorage.setItem('test:slugs', '{"not": "a list"');
  expect(list.read()).toEqual([]);
  localStorage.setItem('test:slugs', '["<script>", 42]');
  expect(list.read()).toEqual([]);
});

test('a change made in another tab reaches the listeners', () => {
  const list = storedList('test:slugs', slugSchema);
  const listener = vi.fn();
  list.subscribe(listener);
  window.dispatchEvent(new StorageEvent('storage', { key: 'test:slugs' }));
  window.dispatchEvent(new StorageEvent('storage', { key: 'another:key' }));
  expect(listener).toHaveBeenCalledTimes(1);
});
