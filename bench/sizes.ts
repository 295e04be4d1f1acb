import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes at the compression levels CDNs use by default (gzip 6, brotli 11 for static files). */
export function sizeOf(text: string | Buffer): Size {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 6 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
