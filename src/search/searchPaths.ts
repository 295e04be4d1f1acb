/**
 * Where the search indexes live, relative to the base path: beside src/site/paths.ts, in a module of
 * their own so that only the search page's chunk and the build carry them, not every page's script.
 */

/** A search index partition (pipeline/searchIndex.ts): `pagefind/en/2026-11-02-3fa81c0e/`. */
export const searchIndexPath = (language: string, partition: string): string => `pagefind/${language}/${partition}/`;

/** Which partitions each language's search has, newest first: what the search page merges. */
export const searchPartitionsPath = 'pagefind/partitions.json';

/**
 * How long the search page waits after a keystroke before searching (the benchmark types with
 * it): the index chunks a word needs are preloaded at each keystroke, so the wait costs little.
 */
export const SEARCH_DEBOUNCE_MS = 120;
