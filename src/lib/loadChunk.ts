/**
 * What each of the app's dynamic imports goes through in the built bundle, in place of Vite's
 * preload helper (pipeline/chunkLoaderPlugin.ts): the stylesheets the chunk brings are linked,
 * once each, and waited for, so its components never show unstyled; then the chunk is imported.
 * The browser fetches a chunk's own imports itself, so nothing else is preloaded.
 */
const linked = new Map<string, Promise<void>>();

function linkStylesheet(href: string): Promise<void> {
  let ready = linked.get(href);
  if (!ready) {
    ready = new Promise((resolve) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      // A stylesheet that cannot come leaves the chunk's components unstyled, not missing.
      link.onload = link.onerror = () => resolve();
      document.head.append(link);
    });
    linked.set(href, ready);
  }
  return ready;
}

/** `files` are paths under the base path, as Vite lists a chunk's dependencies (`assets/…`). */
export function loadChunk<T>(load: () => Promise<T>, files: string[] = []): Promise<T> {
  const stylesheets = files.filter((file) => file.endsWith('.css'));
  return Promise.all(stylesheets.map((file) => linkStylesheet(import.meta.env.BASE_URL + file))).then(load);
}
