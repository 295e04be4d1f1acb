import { createHash } from 'node:crypto';

/** Shard `index` of `count`, counted from 1 as `--shard 2/3` says it. */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard takes i/N with 1 ≤ i ≤ N, such as --shard 2/3 (got "${text}")`);
  }
  return { index, count };
}

/** Which shard builds a story: by a hash of its slug, so it never moves as others come and go. */
export function shardOf(slug: string, count: number): number {
  return (createHash('sha1').update(slug).digest().readUInt32BE(0) % count) + 1;
}

export const inShard = (slug: string, shard: Shard): boolean => shardOf(slug, shard.count) === shard.index;
