import type { Plugin } from 'vite';
import { formatProblem } from './check/problems.ts';
import { checkSiteConfig, siteFile } from './check/siteConfig.ts';
import { contentDir } from './contentFolder.ts';

/** Each module's import and what it exports, from the checked configuration. */
const MODULES = {
  '#site-settings': 'siteSettings',
  '#site-descriptions': 'siteDescriptions',
} as const;
type ModuleId = keyof typeof MODULES;
const resolved = (id: ModuleId) => `\0dispatch-${id.slice(1)}`;
const RESOLVED = new Map(Object.keys(MODULES).map((id) => [resolved(id as ModuleId), id as ModuleId]));

/**
 * `#site-settings` and `#site-descriptions` inside Vite's bundles (the app, the pre-render workers,
 * the dev server, Vitest): the checked settings, and apart from them the descriptions only heads
 * say (src/site/descriptions.ts), as plain JSON, so the browser is given what content/site.json
 * says and never the schema that checks it. An invalid configuration stops the bundle with every
 * problem listed; in development an edit to site.json reloads the page with the new settings.
 */
export function sitePlugin(): Plugin {
  return {
    name: 'dispatch-site-settings',
    enforce: 'pre',
    resolveId(id) {
      return id in MODULES ? resolved(id as ModuleId) : null;
    },
    load(id) {
      const module = RESOLVED.get(id);
      if (!module) return null;
      this.addWatchFile(siteFile(contentDir));
      const { settings, descriptions, problems } = checkSiteConfig(contentDir);
      if (!settings || !descriptions) {
        throw new Error(
          `The site configuration has errors:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
        );
      }
      if (module === '#site-descriptions') return `export const siteDescriptions = ${JSON.stringify(descriptions)};`;
      // The embeds' allow-list is for the build (validation, the CSP): the browser's bundle goes without it.
      const browser = this.environment?.config.consumer === 'client' && this.environment.config.command === 'build';
      return `export const siteSettings = ${JSON.stringify(browser ? { ...settings, embeds: undefined } : settings)};`;
    },
    configureServer(server) {
      const file = siteFile(contentDir);
      server.watcher.add(file);
      server.watcher.on('change', (changed) => {
        if (changed !== file) return;
        for (const environment of Object.values(server.environments)) {
          for (const id of RESOLVED.keys()) {
            const module = environment.moduleGraph.getModuleById(id);
            if (module) environment.moduleGraph.invalidateModule(module);
          }
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
