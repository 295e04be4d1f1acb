import { readdirSync, readFileSync } from 'node:fs';

/** Each process's parent and resident memory (kB), from Linux's /proc; empty elsewhere. */
function processes(): Map<number, { parent: number; rssKb: number }> {
  const all = new Map<number, { parent: number; rssKb: number }>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return all;
  }
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      all.set(Number(pid), { parent, rssKb });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return all;
}

/**
 * Samples, every 100 ms, the resident memory of `root` and every process under it, summed: a build
 * is Node with its worker threads and the Pagefind service beside it, and what the machine must
 * have is all of them at once (GNU time's figure is the largest single process, and misses a
 * grandchild its parent never waited for). Returns a function that stops sampling and gives the
 * peak in MB, or null where /proc cannot be read.
 */
export function sampleTreeMemory(root: number): () => number | null {
  let peakKb = 0;
  let sampled = false;
  const sample = () => {
    const all = processes();
    let totalKb = 0;
    for (const [pid, { rssKb }] of all) {
      for (let at: number | undefined = pid; at !== undefined && at > 1; at = all.get(at)?.parent) {
        if (at === root) {
          totalKb += rssKb;
          break;
        }
      }
    }
    if (all.size > 0) sampled = true;
    peakKb = Math.max(peakKb, totalKb);
  };
  const timer = setInterval(sample, 100);
  return () => {
    clearInterval(timer);
    sample();
    return sampled ? peakKb / 1024 : null;
  };
}
