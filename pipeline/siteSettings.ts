import { checkSiteConfig } from './check/siteConfig.ts';
import { formatProblem } from './check/problems.ts';
import { contentDir } from './contentFolder.ts';
import type { SiteDescriptions, SiteSettings } from '../src/site/settings.ts';

/**
 * The site's settings and descriptions for code that runs in Node outside Vite (the build,
 * validate, scripts, tests in Playwright): `#site-settings` and `#site-descriptions` resolve here
 * (package.json "imports"). Inside Vite's bundles the same imports are the checked values as JSON
 * (pipeline/sitePlugin.ts), so zod never ships.
 */
function load(): { settings: SiteSettings; descriptions: SiteDescriptions } {
  const { settings, descriptions, problems } = checkSiteConfig(contentDir);
  if (settings && descriptions) return { settings, descriptions };
  console.error('The site configuration has errors; nothing was built:');
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

export const { settings: siteSettings, descriptions: siteDescriptions } = load();
