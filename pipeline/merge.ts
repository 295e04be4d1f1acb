import path from 'node:path';
import { buildSite } from './buildSite.ts';

/**
 * `npm run merge -- <shard folders…>`: combines the folders of `npm run build -- --shard i/N`
 * into dist/, writing what spans shards (lists, feeds, sitemaps, the service worker, headers).
 * The result equals a single-machine build of the same content, byte for byte.
 */
const shardDirs = process.argv.slice(2).map((dir) => path.resolve(dir));
if (shardDirs.length === 0) {
  console.error('usage: npm run merge -- <shard folder> <shard folder>…');
  process.exit(2);
}
const outDir = path.resolve(process.env.DISPATCH_OUT_DIR ?? 'dist');
const stats = await buildSite({ outDir, shardDirs });
if (!stats) process.exit(1);
console.log(`BUILD_STATS ${JSON.stringify(stats)}`);
