import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { site } from '../src/site/config.ts';
import { fontScript } from '../src/site/scriptFonts.ts';
import { type Job, jobKey } from './output/job.ts';

/**
 * The faces behind src/site/scriptFonts.ts: Noto Sans and Noto Serif for Japanese and for
 * (simplified) Chinese, from the @fontsource packages, in the two weights the pages use (body and
 * bold; a headline's 620 takes the bold). Their faces swap in when they arrive: a page without them
 * may have no font for its script at all, and CJK glyphs are one em wide in any face, so the lines
 * keep their breaks.
 */
const SCRIPT_FONTS = {
  ja: ['noto-sans-jp', 'noto-serif-jp'],
  zh: ['noto-sans-sc', 'noto-serif-sc'],
} as const;
const WEIGHTS = [400, 700];

const require = createRequire(import.meta.url);
const packageDir = (family: string) => path.dirname(require.resolve(`@fontsource/${family}/package.json`));

/** A package's faces for one weight, pointed at their files in the site, WOFF2 only. */
function faces(family: string, weight: number): { css: string; files: string[] } {
  const files: string[] = [];
  const source = readFileSync(path.join(packageDir(family), `${weight}.css`), 'utf8');
  const css = source.replace(/src: url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\)[^;]*;/g, (_, file: string) => {
    files.push(file);
    return `src: url(${site.basePath}fonts/${family}/${file}) format('woff2');`;
  });
  if (files.length === 0) throw new Error(`@fontsource/${family}/${weight}.css declares no WOFF2 face`);
  return { css, files };
}

/**
 * One job per script the site's pages are in (`languages`: its editions' and stories'): its
 * stylesheet and the font files it names, linked from the packages.
 */
export function* scriptFontJobs(languages: Iterable<string>): Generator<Job> {
  const scripts = new Set([...languages].map(fontScript));
  for (const [script, families] of Object.entries(SCRIPT_FONTS)) {
    if (!scripts.has(script as keyof typeof SCRIPT_FONTS)) continue;
    const versions = families.map((family) => require(`@fontsource/${family}/package.json`).version as string);
    yield {
      id: `fonts:${script}`,
      key: jobKey(families, versions, WEIGHTS, site.basePath),
      write: (out) => {
        const sheets: string[] = [];
        for (const family of families) {
          for (const weight of WEIGHTS) {
            const { css, files } = faces(family, weight);
            sheets.push(css);
            for (const file of files) out.link(path.join(packageDir(family), 'files', file), `fonts/${family}/${file}`);
          }
        }
        out.file(`fonts/${script}.css`, sheets.join('\n'));
      },
    };
  }
}
