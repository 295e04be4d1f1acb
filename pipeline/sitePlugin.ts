import type { Plugin } from 'vite';
import { formatProblem } from './check/problems.ts';
import { checkSiteConfig, siteFile } from './check/siteConfig.ts';
import { contentDir } from './contentFolder.ts';

const ID = '#site-settings';
const RESOLVED = '\0dispatch-site-settings';

/**
 * `#site-settings` inside Vite's bundles (the app, the pre-render workers, the dev server, Vitest):
 * the checked settings as plain JSON, so the browser is given what content/site.json says and never
 * the schema that checks it. An invalid configuration stops the bundle with every problem listed;
 * in development an edit to site.json reloads the page with the new settings.
 */
export function sitePlugin(): Plugin {
  return {
    name: 'dispatch-site-settings',
    enforce: 'pre',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(siteFile(contentDir));
      const { settings, problems } = checkSiteConfig(contentDir);
      if (!settings) {
        throw new Error(
          `The site configuration has errors:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
        );
      }
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
          const module = environment.moduleGraph.getModuleById(RESOLVED);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
