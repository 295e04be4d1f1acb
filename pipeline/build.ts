import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from './buildSite.ts';
import { parseShard } from './shard.ts';

/**
 * `npm run build [-- --full] [-- --shard i/N]`: checks the content and brings dist/ up to date,
 * rewriting only what the change touched, atomically (docs/incremental.md). `--full` builds
 * everything again; `--shard i/N` builds 1/N of the story pages into dist-shard-i-of-N/ for
 * `npm run merge` (docs/scale.md).
 */
const { values } = parseArgs({ options: { full: { type: 'boolean' }, shard: { type: 'string' } } });
const shard = values.shard === undefined ? undefined : parseShard(values.shard);
const defaultOut = shard ? `dist-shard-${shard.index}-of-${shard.count}` : 'dist';
const outDir = path.resolve(process.env.DISPATCH_OUT_DIR ?? defaultOut);
const stats = await buildSite({ outDir, full: values.full ?? false, ...(shard && { shard }) });
if (!stats) process.exit(1);
console.log(`BUILD_STATS ${JSON.stringify(stats)}`);
