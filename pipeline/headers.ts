import { themeScript } from '../src/app/themeScript.ts';
import { PLAYER_ORIGINS } from '../src/data/embedProviders.ts';
import { embedOrigins, site } from '../src/site/config.ts';
import { createHash } from 'node:crypto';

/** The CSP source that allows exactly one inline script or style, by its text. */
export const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashed files never change under their name; everything else is checked again before reuse. */
export const cachePolicy = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=0, must-revalidate',
};

/**
 * The Content-Security-Policy the pre-rendered pages satisfy: scripts only from the site itself
 * (the embedded page data and JSON-LD are JSON, which the browser never executes) plus two inline
 * scripts allowed by the hash of their exact text, the theme script and the app loader
 * (src/site/documentHtml.ts); styles only from the site plus the inlined stylesheet, by its hash;
 * frames only from the embed providers' players and the origins site.json allows.
 */
export interface InlineHashes {
  styles: string[];
  scripts: string[];
}

export function contentSecurityPolicy({ styles, scripts }: InlineHashes): string {
  return [
    "default-src 'self'",
    // Search runs Pagefind's WebAssembly (src/search/pagefindClient.ts): compiling it needs 'wasm-unsafe-eval',
    // which allows WebAssembly only, not eval() of JavaScript.
    ['script-src', "'self'", "'wasm-unsafe-eval'", cspHash(themeScript), ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self' https: data:",
    "media-src 'self' https:",
    // Embeds' players, framed only when a reader asks for one (src/story/Embed.tsx).
    ['frame-src', ...PLAYER_ORIGINS, ...embedOrigins().mastodon, ...embedOrigins().interactive].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(hashes: InlineHashes): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
}

/** `_headers` for Netlify and Cloudflare Pages; docs/deploy.md gives the same for other hosts. */
export function headersFile(hashes: InlineHashes): string {
  const base = site.basePath;
  const lines = [
    `${base}*`,
    ...Object.entries(securityHeaders(hashes)).map(([name, value]) => `  ${name}: ${value}`),
    // Only hashed assets get a rule: both hosts join the values of a header set by two matching
    // rules, and their default for everything else is already `max-age=0, must-revalidate`.
    `${base}assets/*`,
    `  Cache-Control: ${cachePolicy.immutable}`,
    '',
  ];
  return lines.join('\n');
}
