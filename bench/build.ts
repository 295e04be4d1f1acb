import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appFingerprint, compiledDir } from '../pipeline/fingerprint.mjs';
import { generateStories } from './generateStories.ts';
import { sampleTreeMemory } from './processMemory.ts';

/**
 * `npm run bench:build -- 1000 10000`: for each size, the same generated stories built by
 * `npm run build` as a publisher runs it (wall time of the whole command, peak memory of all its
 * processes together): full cold (no cache, no previous output), the next build with nothing
 * changed, incremental (edit a story in the middle of the archive, edit the newest story, add
 * one, delete one, change the configuration), full warm (`--full`, caches kept). With Hugo on the
 * machine, Hugo's build of the same stories and our full warm build alternate BENCH_HUGO_RUNS
 * times (3), so their ratio holds on a loaded machine. Stories come from ../shared/peers when it is there (the
 * same generator Hugo's side reads), else from bench/generateStories.ts.
 */
const counts = process.argv.slice(2).map(Number);
if (counts.length === 0) counts.push(1000);
if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('usage: npm run bench:build -- <stories>…');
const sharedPeers = path.resolve(process.env.DISPATCH_PEERS ?? '../shared/peers');
const hasPeers = existsSync(path.join(sharedPeers, 'gen-content.mjs'));
/**
 * gen-content.mjs reads its seed story from `../shared/seeds` beside its own folder, while the
 * seeds sit in `../seeds`: a copy of the peers in a layout where both paths hold.
 */
function peersCopy(): string {
  const layout = mkdtempSync(path.join(tmpdir(), 'dispatch-bench-peers-'));
  cpSync(sharedPeers, path.join(layout, 'peers'), { recursive: true });
  mkdirSync(path.join(layout, 'shared'), { recursive: true });
  symlinkSync(path.resolve(sharedPeers, '..', 'seeds'), path.join(layout, 'shared', 'seeds'));
  return path.join(layout, 'peers');
}
const peers = hasPeers ? peersCopy() : sharedPeers;
const hasHugo = spawnSync('hugo', ['version']).status === 0;
/** Turns of Hugo and our full warm build (BENCH_HUGO_RUNS, default 3); 0 skips Hugo. */
const HUGO_RUNS = Number(process.env.BENCH_HUGO_RUNS ?? 3);
const QUICK = process.env.BENCH_QUICK === '1';

interface Run {
  seconds: number;
  peakMb: number;
}

/**
 * Runs a command, measuring what the publisher waits for: the whole command, start-up included,
 * and the memory of all its processes at once.
 */
async function timed(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const peak = sampleTreeMemory(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  const peakMb = peak();
  console.error(`  ${[command, ...args].join(' ')}: ${seconds.toFixed(2)} s`);
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  const stats = /BUILD_STATS (.*)/.exec(stdout);
  return {
    seconds,
    peakMb: peakMb ?? (stats ? (JSON.parse(stats[1]!) as { peakRssMb: number }).peakRssMb : 0),
  };
}

const median = (runs: Run[]): Run => {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const show = ({ seconds, peakMb }: Run) => `${seconds.toFixed(2)} s | ${Math.round(peakMb)} MB`;

const rows: string[] = [];
for (const count of counts) {
  // A folder of its own: two benchmarks on one machine never share one.
  const work = mkdtempSync(path.join(tmpdir(), `dispatch-bench-${count}-`));
  const content = path.join(work, 'content');
  const neutral = path.join(work, 'neutral');
  const outDir = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  if (hasPeers) {
    execFileSync(process.execPath, [path.join(peers, 'gen-content.mjs'), String(count), neutral]);
    execFileSync(
      process.execPath,
      [path.join(peers, 'dispatch/to-dispatch.mjs'), neutral, content, 'content/images/iraq-letter.jpg'],
      // One card per story, as real news needs: a cold build draws them all.
      { env: { ...process.env, TO_DISPATCH_UNIQUE_HEADLINES: '1' } },
    );
    // The sample site's settings: sections, editions, language.
    cpSync(path.join('content', 'site.json'), path.join(content, 'site.json'));
  } else generateStories(count, content);
  const env = { ...process.env, DISPATCH_CONTENT: content, DISPATCH_OUT_DIR: outDir, DISPATCH_CACHE_DIR: cache };
  const build = (...args: string[]) =>
    timed('npm', ['run', '--silent', 'build', ...(args.length > 0 ? ['--', ...args] : [])], env);

  // Cold: no cache of any kind, no previous output, not even the compiled build.
  Object.assign(process.env, { DISPATCH_CONTENT: content, DISPATCH_CACHE_DIR: cache });
  rmSync(compiledDir(appFingerprint()), { recursive: true, force: true });
  const cold = await build();
  // The first build after a full one brings the other output tree up to date (hard links): timed
  // on its own, so the edits below are the edits alone.
  const settle = await build();

  const storiesDir = path.join(content, 'stories');
  const files = readdirSync(storiesDir).sort();
  const middle = path.join(storiesDir, files[Math.floor(files.length / 2)]!);
  const story = JSON.parse(readFileSync(middle, 'utf8')) as { body: { type: string; text?: string }[] };
  const paragraph = story.body.find((block) => block.type === 'paragraph')!;
  paragraph.text = `${paragraph.text} (This paragraph was corrected.)`;
  writeFileSync(middle, JSON.stringify(story));
  const edit = await build();

  // A correction to the newest story, the usual case: it is in the newest search partition.
  const stories = files.map((file) => ({
    file,
    story: JSON.parse(readFileSync(path.join(storiesDir, file), 'utf8')) as {
      published: string;
      body: { type: string; text?: string }[];
    },
  }));
  const newestFile = stories.reduce((a, b) => (a.story.published > b.story.published ? a : b));
  const newest = newestFile.story;
  const lead = newest.body.find((block) => block.type === 'paragraph')!;
  lead.text = `${lead.text} (Updated with a correction.)`;
  writeFileSync(path.join(storiesDir, newestFile.file), JSON.stringify(newest));
  const editNewest = await build();
  const added = { ...newest, slug: 'bench-added-story', headline: 'A story added by the benchmark' };
  added.published = new Date(Date.parse(newest.published) + 60_000).toISOString().replace('.000Z', 'Z');
  writeFileSync(path.join(storiesDir, 'bench-added-story.json'), JSON.stringify(added));
  const add = await build();

  rmSync(path.join(storiesDir, files[Math.floor(files.length / 3)]!));
  const remove = await build();

  // BENCH_QUICK=1 stops here: the runs below rebuild everything, minutes each at 10,000 stories.
  const config = QUICK
    ? null
    : await timed('npm', ['run', '--silent', 'build'], { ...env, DISPATCH_SITE_DESCRIPTION: 'Benchmark edition' });
  const warm = QUICK ? null : await build('--full');

  const first = rows.length;
  rows.push(
    `| ${count} | full cold | ${show(cold)} |`,
    `| ${count} | build again, nothing changed (the other output tree brought up to date) | ${show(settle)} |`,
    `| ${count} | edit one story (in the middle of the archive) | ${show(edit)} |`,
    `| ${count} | edit the newest story | ${show(editNewest)} |`,
    `| ${count} | add one story | ${show(add)} |`,
    `| ${count} | delete one story | ${show(remove)} |`,
  );
  if (config && warm) {
    rows.push(
      `| ${count} | change the configuration | ${show(config)} |`,
      `| ${count} | full warm (\`--full\`) | ${show(warm)} |`,
    );
  }

  if (hasHugo && hasPeers && HUGO_RUNS > 0) {
    // Hugo and our full warm build in turns: a machine that slows down slows both.
    const hugoDir = path.join(work, 'hugo');
    cpSync(path.join(peers, 'hugo'), hugoDir, { recursive: true });
    const hugo: Run[] = [];
    const ours: Run[] = [];
    for (let i = 0; i < HUGO_RUNS; i++) {
      hugo.push(await timed('sh', ['./build.sh', neutral], process.env, hugoDir));
      if (!QUICK) ours.push(await build('--full'));
    }
    const h = median(hugo);
    rows.push(`| ${count} | Hugo ${hugoVersion()}, median of ${HUGO_RUNS} | ${show(h)} |`);
    if (ours.length > 0) {
      const o = median(ours);
      rows.push(
        `| ${count} | ours full warm, alternating with Hugo, median of ${HUGO_RUNS} | ${show(o)} (${(o.seconds / h.seconds).toFixed(2)}× Hugo) |`,
      );
    }
  }
  const size = execFileSync('du', ['-sLm', outDir], { encoding: 'utf8' }).split('\t')[0];
  rows.push(`| ${count} | size of dist/ | ${size} MB | |`);
  console.log(rows.slice(first).join('\n'));
  rmSync(work, { recursive: true, force: true });
}

function hugoVersion(): string {
  return /v(\d+\.\d+)/.exec(execFileSync('hugo', ['version'], { encoding: 'utf8' }))?.[1] ?? '';
}

console.log(`\n| stories | build | wall time | peak memory |\n|---|---|---|---|\n${rows.join('\n')}`);
