type LiveBlogModule = typeof import('./LiveBlog');

let loaded: LiveBlogModule | null = null;

/** The live story components, once loaded; null before. */
export const liveBlog = (): LiveBlogModule | null => loaded;

/** Only a live story's pages load this chunk: other pages' JavaScript carries none of it. */
export async function loadLiveBlog(): Promise<void> {
  loaded ??= await import('./LiveBlog');
}
