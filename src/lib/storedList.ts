import { useSyncExternalStore } from 'react';
import type { z } from 'zod';
import { useHydrated } from './useHydrated';

/**
 * A list kept in localStorage, shared by every tab, and checked against its schema on the way in:
 * storage outlives the code that wrote it. The schema (and zod with it) is loaded only once there
 * is something stored to check, so most pages never load it.
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

export function storedList<T>(key: string, loadItemSchema: () => Promise<z.ZodType<T>>): StoredList<T> {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  let check: ((text: string) => T[]) | undefined;
  let raw: string | null | undefined;
  let items: T[] | null = null;
  let checking: Promise<T[]> | undefined;

  const loadCheck = async () => {
    const itemSchema = await loadItemSchema();
    return (text: string): T[] => {
      try {
        const stored: unknown = JSON.parse(text);
        if (!Array.isArray(stored)) return [];
        const parsed = stored.map((item) => itemSchema.safeParse(item));
        // One bad item means the list was not written by this site as it is now: start afresh.
        return parsed.every((result) => result.success) ? parsed.map((result) => result.data!) : [];
      } catch {
        return [];
      }
    };
  };

  const list: StoredList<T> = {
    // The same array until the stored text changes: useSyncExternalStore compares snapshots by identity.
    read() {
      const text = storedText(key);
      if (text === raw) return items;
      raw = text;
      if (text === null) items = [];
      else if (check) items = check(text);
      else {
        items = null;
        checking = loadCheck().then((loaded) => {
          check = loaded;
          if (raw === text) {
            items = loaded(text);
            notify();
          }
          return loaded(text);
        });
        // The schema could not load (offline before it was ever cached): the list stays unknown,
        // never empty, so nothing overwrites what is stored, and the next read tries again.
        checking.catch(() => {
          if (raw === text) raw = undefined;
        });
      }
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
