import { createHash } from 'node:crypto';
import path from 'node:path';
import { appBundles, compiledBundles } from './bundles.ts';
import { cacheDir } from './cacheDir.ts';
import { markUsed, removeOldVersions } from './cacheVersions.ts';
import { storySchemaChecks } from './check/readContent.ts';
import { StoryCache } from './check/storyCache.ts';
import { validateContent, validationReport } from './check/validateContent.ts';
import { contentDir, imagesDir } from './contentFolder.ts';
import { installCardFonts } from './cardFonts.ts';
import { appFingerprint, compiledDir } from './fingerprint.mjs';
import type { Job } from './output/job.ts';
import { OutputTree } from './output/outputTree.ts';
import { pageAssets } from './pageAssets.ts';
import { WorkerPool } from './prerender.ts';
import type { WorkerJob } from './prerenderWorker.ts';
import { imageSignatures, siteJobs } from './siteJobs.ts';
import { inShard, type Shard } from './shard.ts';

export interface BuildOptions {
  outDir: string;
  /** Rebuild every output and check every story again, reusing nothing but the content-addressed caches. */
  full?: boolean;
  /** Build only this shard's story pages and cards (`--shard i/N`). */
  shard?: Shard;
  /** Merge these shard folders: their story pages are taken as they are, everything else is built here. */
  shardDirs?: string[];
}

export interface BuildStats {
  stories: number;
  /** Jobs whose output was reused from the tree being updated, linked from the live one, or run. */
  kept: number;
  linked: number;
  run: number;
  removed: number;
  seconds: number;
  peakRssMb: number;
  storyChecks: number;
}

/** A build lists this many warnings at most; `npm run validate` lists them all. */
const WARNINGS_SHOWN = 20;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

/**
 * A build of the site (docs/incremental.md): checks the content (unchanged story files from the
 * cache), derives every output as a job with its key, runs only the jobs whose key changed, and
 * swaps the finished tree in. Returns null when the content has errors: then nothing was written.
 */
export async function buildSite(options: BuildOptions): Promise<BuildStats | null> {
  const started = performance.now();
  const { outDir, full = false, shard, shardDirs = [] } = options;
  const fingerprint = process.env.DISPATCH_FINGERPRINT ?? appFingerprint();
  const images = imageSignatures(imagesDir());
  // Checks depend on the app (the schema, the sections) and on the images stories point at.
  const cacheId = createHash('sha1')
    .update(JSON.stringify([contentDir, fingerprint, [...images]]))
    .digest('hex')
    .slice(0, 16);
  const storyCacheDir = cacheDir(path.join('dispatch-stories', cacheId));
  const versions = [storyCacheDir, compiledDir(fingerprint)];
  for (const dir of versions) markUsed(dir);
  if (full) StoryCache.clear(storyCacheDir);
  const cache = new StoryCache(storyCacheDir);

  // With the app compiled already, a worker loads its server bundle on the other core while this
  // one reads the content; it is stopped unused if nothing needs rendering.
  const ready = compiledBundles(fingerprint);
  let pool: WorkerPool | undefined;
  if (ready) {
    pool = new WorkerPool(ready.workerFile, { assets: pageAssets(ready).assets });
    // The workers draw the social cards; fontconfig takes its fonts from this thread's environment.
    installCardFonts();
    pool.warm();
  }

  // The same checks as `npm run validate`: errors stop the build, warnings are printed.
  const validation = validateContent(contentDir, cache);
  const { content } = validation;
  if (validation.problems.length > 0) {
    const report = validationReport(validation, WARNINGS_SHOWN);
    if (validation.errors > 0) console.error('The content has errors; nothing was built:');
    for (const line of report.slice(0, -1)) console.error(`  ${line}`);
    console.error(report.at(-1));
    if (validation.errors > 0) {
      await pool?.close();
      return null;
    }
  }
  cache.save();
  const stories = content.editions.reduce((sum, edition) => sum + edition.entries.length, 0);
  console.log(
    `content: ${stories} stories valid (${stories - cache.hits} checked, ${cache.hits} unchanged) in ${seconds(started)} s`,
  );

  let step = performance.now();
  const bundles = ready ?? (await appBundles(fingerprint));
  const { assets, hashes } = pageAssets(bundles);
  if (!pool) {
    installCardFonts();
    pool = new WorkerPool(bundles.workerFile, { assets });
  }
  const workers = pool;
  if (bundles.compiled) console.log(`bundles: compiled in ${seconds(step)} s`);

  step = performance.now();
  const tree = new OutputTree(outDir, fingerprint, { full, shardDirs });
  let jobs: Job[] = [
    ...siteJobs({
      content,
      clientDir: bundles.clientDir,
      serviceWorker: bundles.serviceWorker,
      assets,
      hashes,
      imagesDir: imagesDir(),
      images,
      keptDir: storyCacheDir,
    }),
  ];
  if (shard) jobs = jobs.filter((job) => job.perStory !== undefined && inShard(job.perStory, shard));
  const toRun = tree.plan(jobs);
  if (shardDirs.length > 0) {
    const missing = toRun.filter((job) => job.perStory !== undefined);
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} story outputs are in none of the shard folders (${missing[0]!.id}…): were all shards built from this content?`,
      );
    }
  }
  const inWorkers = toRun.filter((job) => job.task);
  const here = toRun.filter((job) => job.write && !job.after && !job.beside);
  const beside = toRun.filter((job) => job.write && job.beside);
  const after = toRun.filter((job) => job.write && job.after);
  console.log(
    `outputs: ${jobs.length} (${tree.stats.kept} unchanged, ${tree.stats.linked} linked, ${toRun.length} to make, ${tree.stats.removed} removed) in ${seconds(step)} s`,
  );

  step = performance.now();
  function* workerJobs(): Generator<WorkerJob> {
    for (const job of inWorkers) yield { id: job.id, task: job.task!() };
  }
  const byId = new Map(inWorkers.map((job) => [job.id, job]));
  const runHere = async (list: Job[]) => {
    for (const job of list) {
      const out = tree.writer();
      await job.write!(out);
      tree.done(job, out.paths);
    }
  };
  // The workers render while this thread writes the rest, and Pagefind indexes beside it: both
  // cores are busy from the start.
  try {
    await Promise.all([
      workers.run(workerJobs(), inWorkers.length, tree.target, (id, paths) => tree.done(byId.get(id)!, paths)),
      runHere(here),
      runHere(beside),
    ]);
  } finally {
    await workers.close();
  }
  await runHere(after);
  if (toRun.length > 0)
    console.log(`made ${toRun.length} outputs (${inWorkers.length} in workers) in ${seconds(step)} s`);
  tree.commit({ shard: shard !== undefined });
  for (const dir of versions) removeOldVersions(dir);

  const total = (performance.now() - started) / 1000;
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`built ${stories} stories into ${outDir} in ${total.toFixed(2)} s, peak RSS ${peakRssMb} MB`);
  return { stories, ...tree.stats, seconds: total, peakRssMb, storyChecks: storySchemaChecks() };
}
