import { documentUrl } from '../site/paths';
import { searchIndexPath, searchPartitionsPath } from './searchPaths';

/** What the search page uses of the Pagefind client (pagefind.js, written by the build). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kicker?: string; date?: string; published?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data: () => Promise<ResultData> }[] } | null>;
}

const loaded = new Map<string, Promise<Pagefind | null>>();

/**
 * A language's search: Pagefind's client from its newest partition, with every other partition
 * merged into it (docs/incremental.md). Loaded the first time the reader searches, never before:
 * the library, its WebAssembly and the indexes' metadata; index chunks come as words need them.
 * Null when the language has no stories to search.
 */
export function loadSearch(language: string): Promise<Pagefind | null> {
  const code = new Intl.Locale(language).language;
  let search = loaded.get(code);
  if (!search) {
    search = (async () => {
      const response = await fetch(documentUrl(searchPartitionsPath));
      if (!response.ok) throw new Error(`search partitions: HTTP ${response.status}`);
      const partitions = ((await response.json()) as Record<string, string[]>)[code] ?? [];
      if (partitions.length === 0) return null;
      const [newest, ...older] = partitions.map((name) => documentUrl(searchIndexPath(code, name)));
      const pagefind = (await import(/* @vite-ignore */ `${newest}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      // All at once: each is a few small requests, and a search waits for the slowest only.
      await Promise.all(older.map((url) => pagefind.mergeIndex(url)));
      return pagefind;
    })();
    // A failed load (offline, say) is tried again next time.
    search.catch(() => loaded.delete(code));
    loaded.set(code, search);
  }
  return search;
}
