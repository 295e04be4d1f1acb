/**
 * Size budgets, in compressed bytes (gzip, as most CDNs send by default), checked on every CI run
 * by tests/browser/budgets.spec.ts. Bytes, not timings, so the check is deterministic. Raising a
 * number is a decision: say why in the commit.
 */
export const budgets = {
  /**
   * JavaScript a story, front or section page runs on its main thread. The framework floor (React,
   * react-dom, React Router, TanStack Query) is about 109 KB (../shared/STACK.md) and our own code
   * about 17 KB: 126 KB. zod is not in it (see workerJsGzip). 135 KB leaves a little room, and
   * sits well below Next.js's 138 KB plus page code that the product brief quotes.
   */
  jsGzip: 135 * 1024,
  /**
   * The content worker (src/data/contentWorker.ts): zod, the story schema and the fetching code,
   * about 27 KB, loaded once the page is idle and run off the main thread.
   */
  workerJsGzip: 30 * 1024,
  /** The whole stylesheet, inlined into every page: small enough to cost no round trip. */
  cssGzip: 7 * 1024,
  /**
   * HTML up to the end of the story's first paragraph: inside the first TCP round trip (an initial
   * congestion window of 10 packets, about 14 KB), so the story's opening reads in one round trip.
   */
  htmlToFirstParagraphGzip: 14 * 1024,
  /** The 404 page is served for any address on any host: plain HTML, no script at all. */
  notFoundJsGzip: 0,
} as const;
