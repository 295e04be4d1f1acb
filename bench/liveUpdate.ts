import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `npm run bench:live -- 5`: how long a publisher waits from saving one update of a live story to
 * its files being in `dist/`. A copy of the sample content is built once (warm), then N times an
 * update file is written into the sample live story and `npm run build` runs as a publisher runs it:
 * the wall time of the whole command, start-up included, and how many outputs it made.
 */
const runs = Number(process.argv[2] ?? 5);
const SLUG = 'storm-oriel-corran-valley-live';
const work = mkdtempSync(path.join(tmpdir(), 'dispatch-bench-live-'));
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
cpSync('content', content, { recursive: true });
const env = { ...process.env, DISPATCH_CONTENT: content, DISPATCH_OUT_DIR: outDir };

function build(): { seconds: number; made: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['pipeline/start.mjs', 'build'], { env, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
  const stats = JSON.parse(
    result.stdout
      .split('\n')
      .find((line) => line.startsWith('BUILD_STATS '))!
      .slice(12),
  );
  return { seconds, made: stats.run };
}

try {
  build();
  const times: number[] = [];
  for (let n = 0; n < runs; n++) {
    const minute = String(n).padStart(2, '0');
    const id = `bench-${n}`;
    writeFileSync(
      path.join(content, 'stories', SLUG, 'updates', `20261129T09${minute}-${id}.json`),
      JSON.stringify({
        id,
        published: `2026-11-29T09:${minute}:00Z`,
        body: [{ type: 'paragraph', text: `Benchmark update ${n}: the water is falling in Lowford.` }],
      }),
    );
    const { seconds, made } = build();
    const poll = JSON.parse(readFileSync(path.join(outDir, 'data', 'live', `${SLUG}.json`), 'utf8'));
    if (poll.latest[0].id !== id) throw new Error(`the poll document does not name ${id}`);
    times.push(seconds);
    console.log(`update ${n + 1}: ${seconds.toFixed(2)} s from saving it to its files in dist/, ${made} outputs made`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s over ${runs} updates`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
