import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateStories } from './generateStories.ts';

/**
 * `npm run bench:build -- 10000`: generates N stories into a temporary content folder, builds them
 * (twice: cold, then warm with the caches filled) and prints stories per second and peak memory.
 */
const count = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(count) || count < 1) throw new Error('usage: npm run bench:build -- <number of stories>');

const work = path.join(tmpdir(), `dispatch-bench-${count}`);
mkdirSync(work, { recursive: true });
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
// Its own cache, emptied before the cold build: cold means no image variant or card drawn before.
const cache = path.join(work, 'cache');
rmSync(cache, { recursive: true, force: true });
let started = performance.now();
generateStories(count, content);
console.log(`generated ${count} stories in ${((performance.now() - started) / 1000).toFixed(1)} s into ${content}`);

interface BuildStats {
  stories: number;
  pages: number;
  seconds: number;
  peakRssMb: number;
}

function build(): BuildStats {
  started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'pipeline/build.ts'], {
    env: { ...process.env, DISPATCH_CONTENT: content, DISPATCH_OUT_DIR: outDir, DISPATCH_CACHE_DIR: cache },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const line = result.stdout.split('\n').find((text) => text.startsWith('BUILD_STATS '));
  const stats = JSON.parse(line!.slice('BUILD_STATS '.length)) as BuildStats;
  // Wall time includes starting Node and loading the build code, as a publisher would see it.
  return { ...stats, seconds: (performance.now() - started) / 1000 };
}

const rows = [
  ['cold', build()],
  ['warm', build()],
] as const;
console.log(`\n| ${count} stories | wall time | stories/s | pages | peak RSS |`);
console.log('|---|---|---|---|---|');
for (const [name, stats] of rows) {
  console.log(
    `| ${name} | ${stats.seconds.toFixed(1)} s | ${Math.round(stats.stories / stats.seconds)} | ${stats.pages} | ${stats.peakRssMb} MB |`,
  );
}
