import { afterEach, expect, test, vi } from 'vitest';
import { storedList } from '../../src/lib/storedList';

const loadSlugSchema = async () => (await import('../../src/content/schema')).slugSchema;

afterEach(() => localStorage.clear());

test('a stored list reads back what was written, and tells its listeners', () => {
  const list = storedList('test:slugs', loadSlugSchema);
  const listener = vi.fn();
  const unsubscribe = list.subscribe(listener);
  expect(list.read()).toEqual([]);
  list.write(['harbour', 'quay']);
  expect(list.read()).toEqual(['harbour', 'quay']);
  expect(listener).toHaveBeenCalledTimes(1);
  unsubscribe();
});

test('nothing stored reads as an empty list at once, without loading the schema', () => {
  const load = vi.fn(loadSlugSchema);
  const list = storedList('test:slugs', load);
  expect(list.read()).toEqual([]);
  expect(load).not.toHaveBeenCalled();
});

test('what another page stored is checked first: null until then, then the list, and listeners hear of it', async () => {
  localStorage.setItem('test:slugs', '["harbour"]');
  const list = storedList('test:slugs', loadSlugSchema);
  const listener = vi.fn();
  list.subscribe(listener);
  expect(list.read()).toBeNull();
  expect(await list.load()).toEqual(['harbour']);
  expect(list.read()).toEqual(['harbour']);
  expect(listener).toHaveBeenCalledTimes(1);
});

test('the same array comes back until the stored text changes, as useSyncExternalStore needs', async () => {
  const list = storedList('test:slugs', loadSlugSchema);
  list.write(['harbour']);
  expect(list.read()).toBe(list.read());
  localStorage.setItem('test:slugs', '["quay"]');
  expect(await list.load()).toEqual(['quay']);
  expect(list.read()).toBe(list.read());
});

test('damaged or foreign data in storage reads as an empty list, never as a crash', async () => {
  const list = storedList('test:slugs', loadSlugSchema);
  localStorage.setItem('test:slugs', '{"not": "a list"');
  expect(await list.load()).toEqual([]);
  localStorage.setItem('test:slugs', '["<script>", 42]');
  expect(await list.load()).toEqual([]);
});

test('a write while the stored list is being checked wins over it', async () => {
  localStorage.setItem('test:slugs', '["harbour"]');
  const list = storedList('test:slugs', loadSlugSchema);
  expect(list.read()).toBeNull();
  list.write(['quay']);
  await list.load();
  await new Promise((resolve) => setTimeout(resolve));
  expect(list.read()).toEqual(['quay']);
});

test('a change made in another tab reaches the listeners', () => {
  const list = storedList('test:slugs', loadSlugSchema);
  const listener = vi.fn();
  list.subscribe(listener);
  window.dispatchEvent(new StorageEvent('storage', { key: 'test:slugs' }));
  window.dispatchEvent(new StorageEvent('storage', { key: 'another:key' }));
  expect(listener).toHaveBeenCalledTimes(1);
});

test('when the schema cannot load, the list stays unknown rather than empty, and the next read tries again', async () => {
  localStorage.setItem('test:slugs', '["harbour"]');
  const load = vi.fn<() => Promise<Awaited<ReturnType<typeof loadSlugSchema>>>>().mockRejectedValueOnce(new Error('offline')).mockImplementation(loadSlugSchema);
  const list = storedList('test:slugs', load);
  expect(list.read()).toBeNull();
  await expect(list.load()).rejects.toThrow('offline');
  expect(list.read()).toBeNull();
  expect(await list.load()).toEqual(['harbour']);
  expect(load).toHaveBeenCalledTimes(2);
});
