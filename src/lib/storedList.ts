import { useSyncExternalStore } from 'react';
import { useHydrated } from './useHydrated';

/** A list kept in localStorage, shared by every tab, and checked on the way in. */
export interface StoredList<T> {
  read(): T[];
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
 * wrote it; a list in an old shape is dropped).
 */
export type CheckList<T> = (stored: unknown) => T[];

export function storedList<T>(key: string, check: CheckList<T>): StoredList<T> {
  const listeners = new Set<() => void>();
  let raw: string | null | undefined;
  let items: T[] = [];

  const checked = (text: string): T[] => {
    try {
      return check(JSON.parse(text));
    } catch {
      return [];
    }
  };

  return {
    // The same array until the stored text changes: useSyncExternalStore compares snapshots by identity.
    read() {
      const text = storedText(key);
      if (text !== raw) {
        raw = text;
        items = text === null ? [] : checked(text);
      }
      return items;
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
      for (const listener of listeners) listener();
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
}

/**
 * The list, or null while the page is rendered on the server and hydrated: both must draw the
 * same thing, and the server has no localStorage.
 */
export function useStoredList<T>(list: StoredList<T>): T[] | null {
  // Not reading storage until hydrated keeps both snapshots equal while React hydrates, so it has
  // no reason to redraw synchronously straight after.
  const hydrated = useHydrated();
  return useSyncExternalStore(list.subscribe, hydrated ? list.read : notYet, notYet);
}

const notYet = () => null;
