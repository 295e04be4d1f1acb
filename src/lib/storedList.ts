import { useSyncExternalStore } from 'react';
import { useHydrated } from './useHydrated';

/**
 * A list kept in localStorage, shared by every tab, and checked on the way in. A check may take a
 * while (saved stories are checked against the schema in the content worker): until it answers,
 * the list reads as null.
 */
export interface StoredList<T> {
  /** The list, or null while what is stored is being checked. */
  read(): T[] | null;
  /** The list, once checked. */
  load(): Promise<T[]>;
  write(items: T[]): void;
  subscribe(listener: () => void): () => void;
}

function storedText(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Storage can be switched off; the list is then empty and stays so.
    return null;
  }
}

/**
 * What is stored, checked: the list, or [] when it does not match (storage outlives the code that
 * wrote it; a list in an old shape is dropped). It may answer later, as a promise.
 */
export type CheckList<T> = (stored: unknown) => T[] | Promise<T[]>;

export function storedList<T>(key: string, check: CheckList<T>): StoredList<T> {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  let raw: string | null | undefined;
  let items: T[] | null = null;
  let checking: Promise<T[]> | undefined;

  const checked = (text: string): T[] | Promise<T[]> => {
    try {
      return check(JSON.parse(text));
    } catch {
      return [];
    }
  };

  const list: StoredList<T> = {
    // The same array until the stored text changes: useSyncExternalStore compares snapshots by identity.
    read() {
      const text = storedText(key);
      if (text === raw) return items;
      raw = text;
      const result = text === null ? [] : checked(text);
      if (Array.isArray(result)) return (items = result);
      items = null;
      checking = result.then((found) => {
        if (raw === text) {
          items = found;
          notify();
        }
        return found;
      });
      // The check could not run (offline before the worker was ever cached): the list stays
      // unknown, never empty, so nothing overwrites what is stored, and the next read tries again.
      checking.catch(() => {
        if (raw === text) raw = undefined;
      });
      return items;
    },
    async load() {
      return list.read() ?? (await checking!);
    },
    write(next) {
      const text = JSON.stringify(next);
      try {
        localStorage.setItem(key, text);
      } catch {
        return;
      }
      raw = text;
      items = next;
      notify();
    },
    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener();
      };
      listeners.add(listener);
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', onStorage);
      };
    },
  };
  return list;
}

/**
 * The list, or null while the page is rendered on the server and hydrated (both must draw the
 * same thing, and the server has no localStorage) and while what is stored is being checked.
 */
export function useStoredList<T>(list: StoredList<T>): T[] | null {
  // Not reading storage until hydrated keeps both snapshots equal while React hydrates, so it has
  // no reason to redraw synchronously straight after.
  const hydrated = useHydrated();
  return useSyncExternalStore(list.subscribe, hydrated ? list.read : notYet, notYet);
}

const notYet = () => null;
