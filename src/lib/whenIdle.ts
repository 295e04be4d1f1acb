/**
 * Runs `task` once the browser has nothing more urgent to do (at the latest after `timeout` ms),
 * so work that can wait never competes with the first paint or hydration. Returns a cancel function.
 */
export function whenIdle(task: () => void, timeout = 2_000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  // Safari has no requestIdleCallback yet.
  const id = window.setTimeout(task, 200);
  return () => window.clearTimeout(id);
}
