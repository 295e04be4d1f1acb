import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { site } from '../src/site/config.ts';

/** Hashed files never change under their name; everything else is checked again before reuse. */
export const cachePolicy = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=0, s-maxage=300, must-revalidate',
};

/**
 * The Content-Security-Policy the pre-rendered pages satisfy: scripts only from the site itself
 * (the embedded page data and JSON-LD are JSON, which the browser never executes).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** `_headers` for Netlify and Cloudflare Pages; docs/deploy.md gives the same for other hosts. */
export function writeHeaders(outDir: string): void {
  const base = site.basePath;
  const lines = [
    `${base}*`,
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    `  Cache-Control: ${cachePolicy.revalidate}`,
    `${base}assets/*`,
    `  Cache-Control: ${cachePolicy.immutable}`,
    '',
  ];
  writeFileSync(path.join(outDir, '_headers'), lines.join('\n'));
}
