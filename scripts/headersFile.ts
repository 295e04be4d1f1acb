import { existsSync, readFileSync } from 'node:fs';

interface Rule {
  pattern: RegExp;
  headers: [string, string][];
}

/**
 * Reads a Netlify / Cloudflare Pages `_headers` file into a function giving the headers for a
 * path, so the local server sends exactly what those hosts would: every matching rule applies.
 */
export function readHeadersFile(file: string): (pathname: string) => [string, string][] {
  if (!existsSync(file)) return () => [];
  const rules: Rule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return (pathname) => rules.filter((rule) => rule.pattern.test(pathname)).flatMap((rule) => rule.headers);
}
