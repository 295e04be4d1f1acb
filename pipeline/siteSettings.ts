import { checkSiteConfig } from './check/siteConfig.ts';
import { formatProblem } from './check/problems.ts';
import { contentDir } from './contentFolder.ts';
import type { SiteSettings } from '../src/site/settings.ts';

/**
 * The site's settings for code that runs in Node outside Vite (the build, validate, scripts, tests
 * in Playwright): `#site-settings` resolves here (package.json "imports"). Inside Vite's bundles the
 * same import is the checked settings as JSON (pipeline/sitePlugin.ts), so zod never ships.
 */
function load(): SiteSettings {
  const { settings, problems } = checkSiteConfig(contentDir);
  if (settings) return settings;
  console.error('The site configuration has errors; nothing was built:');
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

export const siteSettings: SiteSettings = load();
