import { useSyncExternalStore } from 'react';
import { z } from 'zod';

/** A list kept in localStorage, checked against its schema on the way in, shared by every tab. */
export interface StoredList<T> {
  read(): T[];
  write(items: T[]): void;
  subscribe(listener: () => void): () => void;
}

export function storedList<T>(key: string, itemSchema: z.ZodType<T>): StoredList<T> {
  const schema = z.array(itemSchema);
  const listeners = new Set<() => void>();
  let raw: string | null = null;
  let items: T[] = [];
  const parse = (text: string | null): T[] => {
    if (text === null) return [];
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  };
  return {
    // The same array until the stored text changes: useSyncExternalStore compares snapshots by identity.
    read() {
      let text: string | null = null;
      try {
        text = localStorage.getItem(key);
      } catch {
        // Storage can be switched off; the list is then empty and stays so.
      }
      if (text !== raw) {
        raw = text;
        items = parse(text);
      }
      return items;
    },
    write(next) {
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        return;
      }
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
 * same thing, and the server has no localStorage. React re-renders with the list right after.
 */
export function useStoredList<T>(list: StoredList<T>): T[] | null {
  return useSyncExternalStore(list.subscribe, list.read, () => null);
}
